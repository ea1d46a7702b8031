// SPDX-License-Identifier: MIT
#include "moderation/ModerationDesk.h"

#include "moderation/BlacklistDialog.h"
#include "moderation/BlacklistHistoryView.h"
#include "moderation/ModerationRows.h"
#include "moderation/ModerationText.h"
#include "moderation/PagedTableModel.h"
#include "session/StudioContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ballsdex::studio {
namespace {

using domain::BlacklistTarget;
using storage::StorageError;

QTableView *makeTable(const QString &name, PagedTableModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    // Columns fit the first page once; measuring every later page would grow with the scroll.
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table,
                     [table](const QModelIndex &, int first, int) {
                         if (first == 0)
                             table->resizeColumnsToContents();
                     });
    return table;
}

} // namespace

ModerationDesk::ModerationDesk(StudioContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("moderationDesk"));
    m_instances = new PagedTableModel(
        moderationRows::instanceHeaders(storage::InstanceScope::Kind::Player), 150, this);
    m_trades = new PagedTableModel(moderationRows::tradeHeaders(), 150, this);
    m_history = new PagedTableModel(moderationRows::historyHeaders(), 150, this);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("deskTabs"));
    tabs->addTab(buildLookupPage(), tr("Users and guilds"));
    m_historyView = new BlacklistHistoryView(context.database, tabs);
    tabs->addTab(m_historyView, tr("Blacklist history"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);

    for (PagedTableModel *model : {m_instances, m_trades, m_history}) {
        connect(model, &PagedTableModel::loadFailed, this, [this](const StorageError &error) {
            m_message->setText(moderationText::storageMessage(error));
        });
    }
    if (!mayModerate(context.identity.role))
        m_message->setText(tr("Your role (%1) may look things up but not blacklist.")
                               .arg(roleDisplayName(context.identity.role)));
    updateActions();
    m_historyView->refresh();
}

QWidget *ModerationDesk::buildLookupPage()
{
    auto *page = new QWidget(this);
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("lookupKind"));
    m_kind->addItem(tr("User"));
    m_kind->addItem(tr("Guild"));
    m_input = new QLineEdit(page);
    m_input->setObjectName(QStringLiteral("lookupInput"));
    m_input->setPlaceholderText(tr("Discord id (17 to 20 digits)"));
    m_find = new QPushButton(tr("Find"), page);
    m_find->setObjectName(QStringLiteral("lookupButton"));
    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("lookupMessage"));
    m_message->setWordWrap(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_blacklist = new QPushButton(tr("Blacklist…"), page);
    m_blacklist->setObjectName(QStringLiteral("blacklistButton"));
    m_unblacklist = new QPushButton(tr("Unblacklist…"), page);
    m_unblacklist->setObjectName(QStringLiteral("unblacklistButton"));
    m_editReason = new QPushButton(tr("Edit reason…"), page);
    m_editReason->setObjectName(QStringLiteral("editReasonButton"));

    m_subjectTabs = new QTabWidget(page);
    m_subjectTabs->setObjectName(QStringLiteral("subjectTabs"));
    m_instanceTable = makeTable(QStringLiteral("instanceTable"), m_instances, m_subjectTabs);
    m_tradeTable = makeTable(QStringLiteral("tradeTable"), m_trades, m_subjectTabs);
    m_historyTable = makeTable(QStringLiteral("subjectHistoryTable"), m_history, m_subjectTabs);
    m_subjectTabs->addTab(m_instanceTable, tr("Instances"));
    m_subjectTabs->addTab(m_tradeTable, tr("Trades"));
    m_subjectTabs->addTab(m_historyTable, tr("Blacklist history"));

    auto *search = new QHBoxLayout;
    search->addWidget(m_kind);
    search->addWidget(m_input, 1);
    search->addWidget(m_find);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_blacklist);
    actions->addWidget(m_unblacklist);
    actions->addWidget(m_editReason);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(search);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addWidget(m_subjectTabs, 1);

    connect(m_input, &QLineEdit::returnPressed, this, &ModerationDesk::startLookup);
    connect(m_find, &QPushButton::clicked, this, &ModerationDesk::startLookup);
    connect(m_blacklist, &QPushButton::clicked, this,
            [this] { openDialog(BlacklistChange::Blacklist); });
    connect(m_unblacklist, &QPushButton::clicked, this,
            [this] { openDialog(BlacklistChange::Unblacklist); });
    connect(m_editReason, &QPushButton::clicked, this,
            [this] { openDialog(BlacklistChange::EditReason); });
    return page;
}

void ModerationDesk::lookUp(BlacklistTarget kind, const QString &discordId)
{
    m_kind->setCurrentIndex(kind == BlacklistTarget::Guild ? 1 : 0);
    m_input->setText(discordId);
    startLookup();
}

void ModerationDesk::startLookup()
{
    const auto id = moderationText::parseDiscordId(m_input->text());
    const quint64 lookup = ++m_lookups;
    if (!id) {
        m_message->setText(id.error());
        Q_EMIT lookupFinished(false);
        return;
    }
    m_message->setText(tr("Looking up %1…").arg(*id));
    storage::ModerationQueries queries(m_context.database);
    if (m_kind->currentIndex() == 1) {
        queries.findGuild(*id).then(
            this, [this, lookup](const Result<storage::GuildSummary, StorageError> &result) {
                if (lookup != m_lookups)
                    return;
                if (result)
                    showGuild(*result);
                else
                    showFailure(moderationText::storageMessage(result.error()));
            });
    } else {
        queries.findPlayer(*id).then(
            this, [this, lookup](const Result<storage::PlayerSummary, StorageError> &result) {
                if (lookup != m_lookups)
                    return;
                if (result)
                    showPlayer(*result);
                else
                    showFailure(moderationText::storageMessage(result.error()));
            });
    }
}

void ModerationDesk::showPlayer(const storage::PlayerSummary &summary)
{
    m_target = BlacklistTarget::User;
    m_subject = summary.discordId;
    m_ban = summary.ban;
    m_summary->setText(moderationText::playerSummary(summary));
    m_message->setText(summary.player ? QString()
                                      : tr("No player has this Discord id; it can still be "
                                           "blacklisted."));
    showNotice();
    m_subjectTabs->setTabText(0, tr("Instances"));
    m_subjectTabs->setTabVisible(1, true);
    if (summary.player) {
        const storage::InstanceScope scope {storage::InstanceScope::Kind::Player,
                                            summary.player->id};
        m_instances->setLoader(moderationRows::instanceLoader(m_context.database, scope),
                               moderationRows::instanceHeaders(scope.kind));
        m_trades->setLoader(moderationRows::tradeLoader(m_context.database, summary.player->id));
    } else {
        m_instances->setLoader({});
        m_trades->setLoader({});
    }
    m_history->setLoader(moderationRows::historyLoader(
        m_context.database, {.target = BlacklistTarget::User, .discordId = summary.discordId}));
    for (PagedTableModel *model : {m_instances, m_trades, m_history})
        model->fetchMore();
    updateActions();
    Q_EMIT lookupFinished(true);
}

void ModerationDesk::showGuild(const storage::GuildSummary &summary)
{
    m_target = BlacklistTarget::Guild;
    m_subject = summary.guildId;
    m_ban = summary.ban;
    m_summary->setText(moderationText::guildSummary(summary));
    m_message->setText(summary.config ? QString()
                                      : tr("The bot has no configuration for this guild; it can "
                                           "still be blacklisted."));
    showNotice();
    m_subjectTabs->setTabText(0, tr("Catches in this server"));
    m_subjectTabs->setTabVisible(1, false);
    const storage::InstanceScope scope {storage::InstanceScope::Kind::Guild, summary.guildId};
    m_instances->setLoader(moderationRows::instanceLoader(m_context.database, scope),
                           moderationRows::instanceHeaders(scope.kind));
    m_trades->setLoader({});
    m_history->setLoader(moderationRows::historyLoader(
        m_context.database, {.target = BlacklistTarget::Guild, .discordId = summary.guildId}));
    m_instances->fetchMore();
    m_history->fetchMore();
    updateActions();
    Q_EMIT lookupFinished(true);
}

void ModerationDesk::showNotice()
{
    if (!m_notice.isEmpty())
        m_message->setText(m_notice);
    m_notice.clear();
}

void ModerationDesk::showFailure(const QString &message)
{
    m_notice.clear();
    m_message->setText(message);
    Q_EMIT lookupFinished(false);
}

void ModerationDesk::updateActions()
{
    const bool allowed = mayModerate(m_context.identity.role) && m_subject.has_value();
    m_blacklist->setEnabled(allowed && !m_ban);
    m_unblacklist->setEnabled(allowed && m_ban);
    m_editReason->setEnabled(allowed && m_ban);
}

void ModerationDesk::openDialog(BlacklistChange change)
{
    if (!m_subject)
        return;
    // The moderator types a fresh reason; an edit starts from the stored one.
    const QString current = change == BlacklistChange::EditReason && m_ban
        ? moderationText::withoutSignature(m_ban->reason.value_or(QString()))
        : QString();
    auto *dialog = new BlacklistDialog(m_context, change, m_target, *m_subject, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BlacklistDialog::applied, this, [this](const QString &message) {
        m_notice = message;
        startLookup();
        m_historyView->refresh();
        Q_EMIT blacklistApplied(message);
    });
    dialog->open();
}

} // namespace ballsdex::studio
