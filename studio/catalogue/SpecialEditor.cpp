// SPDX-License-Identifier: MIT
#include "SpecialEditor.h"

#include "catalogue/EmojiText.h"
#include "catalogue/ImageField.h"
#include "catalogue/WhenReady.h"
#include "storage/CatalogueRepository.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

#include <cmath>

namespace ballsdex::studio {
namespace {

constexpr int nameLength = 64;
constexpr int catchPhraseLength = 128;
constexpr int emojiLength = 20;
constexpr int creditsLength = 64;

std::optional<QString> optionalText(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional(trimmed);
}

QString formatRarity(double rarity)
{
    return QLocale::c().toString(rarity, 'g', 12);
}

} // namespace

SpecialEditor::SpecialEditor(StudioContext &context, QWidget *parent)
    : EditorPage(context, parent)
{
    setObjectName(QStringLiteral("specialEditor"));
    const auto lineEdit = [this](const QString &name, int length) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setMaxLength(length);
        connect(edit, &QLineEdit::textEdited, this, &SpecialEditor::markEdited);
        return edit;
    };
    const auto checkBox = [this](const QString &text, const QString &name) {
        auto *check = new QCheckBox(text, this);
        check->setObjectName(name);
        connect(check, &QCheckBox::toggled, this, &SpecialEditor::markEdited);
        return check;
    };
    m_name = lineEdit(QStringLiteral("nameEdit"), nameLength);
    m_catchPhrase = new QPlainTextEdit(this);
    m_catchPhrase->setObjectName(QStringLiteral("catchPhraseEdit"));
    m_catchPhrase->setMaximumHeight(80);
    connect(m_catchPhrase, &QPlainTextEdit::textChanged, this, &SpecialEditor::markEdited);
    m_rarity = lineEdit(QStringLiteral("rarityEdit"), 32);
    m_rarity->setPlaceholderText(tr("0 to 1, e.g. 0.001 or 1/2048"));
    m_emoji = lineEdit(QStringLiteral("emojiEdit"), 64);
    m_emoji->setPlaceholderText(tr("\u2728 or a custom emoji id"));
    m_background = new ImageField(context.mediaRoot, ImageRequirements::specialBackground(),
                                  QStringLiteral("special"), true, this);
    m_background->setObjectName(QStringLiteral("backgroundField"));
    connect(m_background, &ImageField::edited, this, &SpecialEditor::markEdited);
    connect(m_background, &ImageField::failed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_background->setNameHint(QStringLiteral("special ") + name);
    });
    m_credits = lineEdit(QStringLiteral("creditsEdit"), creditsLength);

    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Catch phrase"), m_catchPhrase);
    form()->addRow(tr("Rarity"), m_rarity);
    form()->addRow(tr("Emoji"), m_emoji);
    form()->addRow(tr("Background"), m_background);
    form()->addRow(tr("Background credits"), m_credits);
    m_start = addDateRow(tr("Start (UTC)"), QStringLiteral("start"), m_startCheck);
    m_end = addDateRow(tr("End (UTC)"), QStringLiteral("end"), m_endCheck);
    m_tradeable = checkBox(tr("Tradeable"), QStringLiteral("tradeableCheck"));
    m_hidden = checkBox(tr("Hidden from players (still rolls)"), QStringLiteral("hiddenCheck"));
    form()->addRow(QString(), m_tradeable);
    form()->addRow(QString(), m_hidden);
    for (QCheckBox *check : {m_startCheck, m_endCheck})
        connect(check, &QCheckBox::toggled, this, &SpecialEditor::markEdited);
}

QDateTimeEdit *SpecialEditor::addDateRow(const QString &label, const QString &name,
                                         QCheckBox *&check)
{
    check = new QCheckBox(this);
    check->setObjectName(name + QStringLiteral("Check"));
    check->setToolTip(tr("Unchecked: no bound"));
    auto *edit = new QDateTimeEdit(this);
    edit->setObjectName(name + QStringLiteral("Edit"));
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, &SpecialEditor::markEdited);
    auto *row = new QHBoxLayout;
    row->addWidget(check);
    row->addWidget(edit, 1);
    form()->addRow(label, row);
    return edit;
}

std::optional<double> SpecialEditor::parseRarity(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QLocale c = QLocale::c();
    bool ok = false;
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        const double value = c.toDouble(trimmed, &ok);
        return ok && std::isfinite(value) ? std::optional(value) : std::nullopt;
    }
    bool denominatorOk = false;
    const double numerator = c.toDouble(trimmed.left(slash).trimmed(), &ok);
    const double denominator = c.toDouble(trimmed.mid(slash + 1).trimmed(), &denominatorOk);
    if (!ok || !denominatorOk || denominator == 0.0)
        return std::nullopt;
    const double value = numerator / denominator;
    return std::isfinite(value) ? std::optional(value) : std::nullopt;
}

void SpecialEditor::fetchList()
{
    whenReady(this, storage::CatalogueRepository(context().database).loadAll(),
              [this](const Result<storage::CatalogueSnapshot, storage::StorageError> &loaded) {
                  if (!loaded) {
                      reportFailure(loaded.error());
                      return;
                  }
                  m_specials.clear();
                  QList<Entry> entries;
                  for (const domain::Special &special : loaded->specials) {
                      m_specials.insert(special.id, special);
                      const QString label
                          = special.emoji.value_or(QString()) + QLatin1Char(' ') + special.name;
                      entries.append({special.id, label.trimmed(),
                                      special.name + QLatin1Char(' ')
                                          + special.catchPhrase.value_or(QString())});
                  }
                  setEntries(entries);
              });
}

void SpecialEditor::showEntry(std::optional<domain::RowId> id)
{
    domain::Special special = id ? m_specials.value(*id) : domain::Special {};
    m_name->setText(special.name);
    m_catchPhrase->setPlainText(special.catchPhrase.value_or(QString()));
    m_rarity->setText(id ? formatRarity(special.rarity) : QString());
    m_emoji->setText(special.emoji.value_or(QString()));
    m_background->setPath(special.background.value_or(QString()));
    m_credits->setText(special.credits.value_or(QString()));
    const QDateTime today(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
    m_startCheck->setChecked(special.startDate.has_value());
    m_start->setDateTime(special.startDate.value_or(today));
    m_endCheck->setChecked(special.endDate.has_value());
    m_end->setDateTime(special.endDate.value_or(today.addDays(7)));
    m_tradeable->setChecked(special.tradeable);
    m_hidden->setChecked(special.hidden);
}

std::optional<QString> SpecialEditor::validate()
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The name must not be empty.");
    const std::optional<double> rarity = parseRarity(m_rarity->text());
    if (!rarity)
        return tr("The rarity must be a number between 0 and 1 (for example 0.001 or 1/2048).");
    if (*rarity < 0.0 || *rarity > 1.0)
        return tr("The rarity must be between 0 and 1: it is the chance per catch.");
    if (m_catchPhrase->toPlainText().trimmed().size() > catchPhraseLength)
        return tr("The catch phrase is too long (at most %1 characters).").arg(catchPhraseLength);
    const Result<QString, QString> emoji = normaliseEmoji(m_emoji->text(), emojiLength);
    if (!emoji)
        return emoji.error();
    if (m_startCheck->isChecked() && m_endCheck->isChecked()
        && m_end->dateTime() < m_start->dateTime())
        return tr("The end date must not be before the start date.");
    return std::nullopt;
}

QString SpecialEditor::typedName() const
{
    return m_name->text();
}

domain::Special SpecialEditor::formValue(domain::RowId id) const
{
    domain::Special special;
    special.id = id;
    special.name = m_name->text().trimmed();
    special.catchPhrase = optionalText(m_catchPhrase->toPlainText());
    special.rarity = parseRarity(m_rarity->text()).value_or(0.0);
    special.emoji = optionalText(normaliseEmoji(m_emoji->text(), emojiLength).value_or(QString()));
    special.background = optionalText(m_background->path());
    special.credits = optionalText(m_credits->text());
    if (m_startCheck->isChecked())
        special.startDate = m_start->dateTime().toUTC();
    if (m_endCheck->isChecked())
        special.endDate = m_end->dateTime().toUTC();
    special.tradeable = m_tradeable->isChecked();
    special.hidden = m_hidden->isChecked();
    return special;
}

void SpecialEditor::save(std::optional<domain::RowId> id)
{
    const domain::Special special = formValue(id.value_or(0));
    storage::CatalogueRepository repository(context().database);
    auto future = id ? repository.updateSpecial(special, context().actor())
                     : repository.createSpecial(special, context().actor());
    whenReady(this, future, [this](const Result<domain::Special, storage::StorageError> &stored) {
        if (!stored) {
            reportFailure(stored.error());
            return;
        }
        m_specials.insert(stored->id, *stored);
        saveSucceeded(stored->id);
    });
}

void SpecialEditor::fetchUsage(domain::RowId id)
{
    whenReady(this, storage::CatalogueRepository(context().database).specialUsage(id),
              [this, id](const Result<storage::CatalogueUsage, storage::StorageError> &usage) {
                  if (!usage) {
                      reportFailure(usage.error());
                      return;
                  }
                  if (usage->forcedPacks > 0) {
                      const QString message
                          = tr("%n pack(s) force this special; change their special mode "
                               "before deleting it.",
                               nullptr, static_cast<int>(usage->forcedPacks));
                      showMessage(message, true);
                      Q_EMIT failed(message);
                      return;
                  }
                  confirmRemove(id,
                                tr("%n instance(s) carry this special and will lose it.", nullptr,
                                   static_cast<int>(usage->instances)));
              });
}

void SpecialEditor::remove(domain::RowId id)
{
    whenReady(this,
              storage::CatalogueRepository(context().database).deleteSpecial(id, context().actor()),
              [this, id](const Result<void, storage::StorageError> &done) {
                  if (!done) {
                      reportFailure(done.error());
                      return;
                  }
                  m_specials.remove(id);
                  removeSucceeded(id);
              });
}

} // namespace ballsdex::studio
