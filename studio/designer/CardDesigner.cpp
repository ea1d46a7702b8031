// SPDX-License-Identifier: MIT
#include "designer/CardDesigner.h"

#include "designer/BallEditor.h"
#include "designer/BallList.h"
#include "designer/BallValidation.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QSplitter>

namespace ballsdex::studio {

CardDesigner::CardDesigner(StudioContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new BallList(this))
    , m_editor(new BallEditor(context, this))
{
    m_list->setObjectName(QStringLiteral("ballList"));
    m_editor->setObjectName(QStringLiteral("ballEditor"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 1000}); // room for two-word country names
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_confirmDiscard = [this] {
        return QMessageBox::question(
                   this, tr("Unsaved changes"),
                   tr("The ball you are editing has unsaved changes. Discard them?"),
                   QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard;
    };
    connect(m_list, &BallList::openBallRequested, this, &CardDesigner::openBall);
    connect(m_list, &BallList::newBallRequested, this, &CardDesigner::startNewBall);
    connect(m_editor, &BallEditor::unsavedChangesChanged, this,
            &CardDesigner::unsavedChangesChanged);
    connect(m_editor, &BallEditor::saved, this, [this](const domain::Ball &ball) {
        reload();
        m_list->selectBall(ball.id);
    });
    reload();
}

bool CardDesigner::hasUnsavedChanges() const
{
    return m_editor->hasUnsavedChanges();
}

void CardDesigner::reload()
{
    using Watcher = QFutureWatcher<Result<storage::CatalogueSnapshot, storage::StorageError>>;
    auto *watcher = new Watcher(this);
    const quint64 generation = ++m_reloads;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_reloads)
            return; // a newer reload is on its way; this snapshot may be older than it
        const auto result = watcher->result();
        if (!result) {
            Q_EMIT loadFailed(tr("The catalogue cannot be loaded: %1").arg(result.error().message));
            return;
        }
        m_catalogue = *result;
        m_list->setBalls(m_catalogue.balls);
        m_editor->setCatalogue(m_catalogue);
        Q_EMIT catalogueLoaded();
    });
    watcher->setFuture(storage::CatalogueRepository(m_context.database).loadAll());
}

bool CardDesigner::mayDiscard()
{
    // The save in flight binds its result to the ball on screen: switching now would attach that
    // result (the saved id) to the next ball.
    if (m_editor->isSaving())
        return false;
    return !m_editor->hasUnsavedChanges() || (m_confirmDiscard && m_confirmDiscard());
}

void CardDesigner::openBall(domain::RowId id)
{
    if (id == m_editor->ballId() || !mayDiscard())
        return;
    for (const domain::Ball &ball : m_catalogue.balls) {
        if (ball.id == id) {
            m_editor->editBall(ball);
            return;
        }
    }
}

void CardDesigner::startNewBall()
{
    if (mayDiscard())
        m_editor->newBall();
}

} // namespace ballsdex::studio
