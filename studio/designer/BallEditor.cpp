// SPDX-License-Identifier: MIT
#include "designer/BallEditor.h"

#include "designer/BallEditCommand.h"
#include "designer/BallForm.h"
#include "render/ImageSource.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ballsdex::studio {

namespace {

constexpr QSize defaultPreviewSize(357, 500);

template<typename List>
auto findById(const List &list, domain::RowId id) -> std::optional<typename List::value_type>
{
    for (const auto &item : list) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

} // namespace

BallEditor::BallEditor(StudioContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_undo(new QUndoStack(this))
    , m_renderer(
          new PreviewRenderer(std::make_shared<render::CardRenderer>(
                                  std::make_shared<render::MediaDirectory>(context.mediaRoot)),
                              this))
    , m_previewLabel(new QLabel(this))
    , m_special(new QComboBox(this))
    , m_healthBonus(new QSpinBox(this))
    , m_attackBonus(new QSpinBox(this))
    , m_problems(new QLabel(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
{
    m_form = new BallForm(MediaLibrary(context.mediaRoot), this);
    m_form->setObjectName(QStringLiteral("ballForm"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);

    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setMinimumSize(defaultPreviewSize);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_special->setObjectName(QStringLiteral("previewSpecialCombo"));
    for (QSpinBox *bonus : {m_healthBonus, m_attackBonus}) {
        bonus->setRange(-100, 1000);
        bonus->setSuffix(QStringLiteral(" %"));
        connect(bonus, &QSpinBox::valueChanged, this, &BallEditor::requestPreview);
    }
    m_healthBonus->setObjectName(QStringLiteral("previewHealthBonusSpin"));
    m_attackBonus->setObjectName(QStringLiteral("previewAttackBonusSpin"));
    connect(m_special, &QComboBox::currentIndexChanged, this, &BallEditor::requestPreview);
    auto *sample = new QFormLayout;
    sample->addRow(tr("Special"), m_special);
    sample->addRow(tr("Health bonus"), m_healthBonus);
    sample->addRow(tr("Attack bonus"), m_attackBonus);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_previewLabel, 1);
    previewColumn->addLayout(sample);

    auto *undo = new QPushButton(tr("Undo"), this);
    undo->setObjectName(QStringLiteral("undoButton"));
    auto *redo = new QPushButton(tr("Redo"), this);
    redo->setObjectName(QStringLiteral("redoButton"));
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    QAction *undoAction = m_undo->createUndoAction(this);
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_undo->createRedoAction(this);
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcut(QKeySequence::Redo);
    addActions({undoAction, redoAction});

    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(m_save, &QPushButton::clicked, this, &BallEditor::save);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(undo);
    buttons->addWidget(redo);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 2);
    columns->addLayout(previewColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_problems);
    layout->addLayout(columns, 1);

    connect(m_form, &BallForm::edited, this, &BallEditor::userEdited);
    connect(m_form, &BallForm::imageProblem, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(m_renderer, &PreviewRenderer::rendered, this, &BallEditor::previewRendered);

    if (!mayEditCatalogue(context.identity.role)) {
        m_form->setEditable(false);
        showMessage(tr("Your role (%1) may view the catalogue but not change it.")
                        .arg(roleDisplayName(context.identity.role)),
                    false);
    }
    newBall();
}

BallInput BallEditor::currentInput() const
{
    BallInput input = m_form->input();
    input.id = m_id;
    return input;
}

void BallEditor::setCatalogue(const storage::CatalogueSnapshot &catalogue)
{
    m_catalogue = catalogue;
    m_form->setCatalogue(catalogue);
    const QVariant special = m_special->currentData();
    const QSignalBlocker blocker(m_special);
    m_special->clear();
    m_special->addItem(tr("No special"), QVariant());
    for (const domain::Special &item : catalogue.specials)
        m_special->addItem(item.name, QVariant::fromValue<qint64>(item.id));
    m_special->setCurrentIndex(std::max(0, m_special->findData(special)));
    m_shown = currentInput();
    refresh();
}

void BallEditor::newBall()
{
    BallInput input;
    input.rarity = QStringLiteral("1");
    input.health = QStringLiteral("0");
    input.attack = QStringLiteral("0");
    input.quicksellValue = QStringLiteral("0");
    if (!m_catalogue.regimes.isEmpty())
        input.regimeId = m_catalogue.regimes.first().id;
    reset(input);
}

void BallEditor::editBall(const domain::Ball &ball)
{
    reset(BallInput::fromBall(ball));
}

void BallEditor::reset(const BallInput &input)
{
    m_id = input.id;
    m_form->setInput(input);
    m_undo->clear();
    m_savedInput = currentInput();
    m_shown = m_savedInput;
    m_message->clear();
    refresh();
}

void BallEditor::userEdited(const QString &field)
{
    const BallInput now = currentInput();
    if (now == m_shown)
        return;
    const bool typing = field.endsWith(QLatin1String("Edit"));
    m_undo->push(new BallEditCommand(m_shown, now, field, typing,
                                     [this](const BallInput &input) { applyInput(input); }));
    m_shown = now;
    refresh();
}

void BallEditor::applyInput(const BallInput &input)
{
    BallInput withId = input;
    withId.id = m_id;
    m_form->setInput(withId);
    m_shown = currentInput();
    refresh();
}

void BallEditor::refresh()
{
    const BallCheck check = checkBall(currentInput(), m_catalogue);
    m_form->showProblems(check.problems);
    QStringList messages;
    for (const FieldProblem &problem : check.problems)
        messages.append(problem.message);
    m_problems->setText(messages.join(u'\n'));
    m_problems->setVisible(!messages.isEmpty());
    m_save->setEnabled(mayEditCatalogue(m_context.identity.role) && check.isValid() && !m_saving);

    const bool unsaved = hasUnsavedChanges();
    if (unsaved != m_wasUnsaved) {
        m_wasUnsaved = unsaved;
        Q_EMIT unsavedChangesChanged(unsaved);
    }
    m_renderer->request(previewCard(check.ball), previewPixelSize());
}

void BallEditor::requestPreview()
{
    m_renderer->request(previewCard(checkBall(currentInput(), m_catalogue).ball),
                        previewPixelSize());
}

QSize BallEditor::previewPixelSize() const
{
    // Device pixels, so the preview stays sharp on high-DPI screens.
    const QSize logical = m_previewLabel->size().expandedTo(defaultPreviewSize);
    return logical * m_previewLabel->devicePixelRatioF();
}

render::CardData BallEditor::previewCard(const domain::Ball &ball) const
{
    render::CardData card;
    card.ball = ball;
    card.regime = findById(m_catalogue.regimes, ball.regimeId).value_or(domain::Regime {});
    if (ball.economyId)
        card.economy = findById(m_catalogue.economies, *ball.economyId);
    const QVariant special = m_special->currentData();
    if (special.isValid())
        card.special = findById(m_catalogue.specials, special.toLongLong());
    card.healthBonus = m_healthBonus->value();
    card.attackBonus = m_attackBonus->value();
    return card;
}

void BallEditor::previewRendered(const PreviewImage &image)
{
    m_preview = image.card;
    QPixmap pixmap = QPixmap::fromImage(image.scaled);
    pixmap.setDevicePixelRatio(m_previewLabel->devicePixelRatioF());
    m_previewLabel->setPixmap(pixmap);
    Q_EMIT previewUpdated();
}

void BallEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

void BallEditor::save()
{
    if (!mayEditCatalogue(m_context.identity.role)) {
        showMessage(tr("Not saved: your role (%1) may not edit the catalogue. Ask an artist or an "
                       "admin.")
                        .arg(roleDisplayName(m_context.identity.role)),
                    true);
        return;
    }
    if (m_saving)
        return;
    const BallInput submitted = currentInput();
    const BallCheck check = checkBall(submitted, m_catalogue);
    if (!check.isValid()) {
        showMessage(tr("Not saved: fix the problems listed below first."), true);
        return;
    }
    m_saving = true;
    refresh();
    showMessage(tr("Saving %1…").arg(check.ball.country), false);
    storage::CatalogueRepository repository(m_context.database);
    auto future = check.ball.id == 0 ? repository.createBall(check.ball, m_context.actor())
                                     : repository.updateBall(check.ball, m_context.actor());
    using Watcher = QFutureWatcher<Result<domain::Ball, storage::StorageError>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, submitted] {
        watcher->deleteLater();
        saveFinished(watcher->result(), submitted);
    });
    watcher->setFuture(future);
}

void BallEditor::saveFinished(const Result<domain::Ball, storage::StorageError> &result,
                              BallInput submitted)
{
    m_saving = false;
    if (!result) {
        const BallCheck check = checkBall(submitted, m_catalogue);
        showMessage(saveFailureMessage(result.error(), check.ball), true);
        refresh();
        return;
    }
    m_id = result->id;
    submitted.id = m_id;
    m_savedInput = submitted;
    m_shown = currentInput();
    if (m_shown == m_savedInput)
        m_undo->setClean();
    showMessage(tr("Saved %1.").arg(result->country), false);
    refresh();
    Q_EMIT saved(*result);
}

} // namespace ballsdex::studio
