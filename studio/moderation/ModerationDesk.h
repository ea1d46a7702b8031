// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "domain/Policies.h"
#include "moderation/BlacklistActions.h"
#include "storage/ModerationQueries.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ballsdex::studio {

struct StudioContext;
class BlacklistHistoryView;
class PagedTableModel;

/// The moderation desk: look up a user or a guild by Discord id, see its summary, instances,
/// trades and blacklist history (each table loads lazily, page by page), blacklist, unblacklist
/// or edit the ban reason, and search the whole blacklist history.
class ModerationDesk final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationDesk)

public:
    explicit ModerationDesk(StudioContext &context, QWidget *parent = nullptr);

    /// Looks up `discordId` as a user or a guild, as if typed and confirmed.
    void lookUp(domain::BlacklistTarget kind, const QString &discordId);

    [[nodiscard]] PagedTableModel *instanceModel() const { return m_instances; }
    [[nodiscard]] PagedTableModel *tradeModel() const { return m_trades; }
    [[nodiscard]] PagedTableModel *historyModel() const { return m_history; }
    [[nodiscard]] BlacklistHistoryView *historyView() const { return m_historyView; }

Q_SIGNALS:
    /// A lookup ended: found = a summary is shown (even for a user who never played).
    void lookupFinished(bool found);
    /// A blacklist change was written; message is what the desk shows.
    void blacklistApplied(const QString &message);

private:
    void startLookup();
    void showPlayer(const storage::PlayerSummary &summary);
    void showGuild(const storage::GuildSummary &summary);
    void showNotice();
    void showFailure(const QString &message);
    void openDialog(BlacklistChange change);
    void updateActions();
    QWidget *buildLookupPage();

    StudioContext &m_context;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_blacklist = nullptr;
    QPushButton *m_unblacklist = nullptr;
    QPushButton *m_editReason = nullptr;
    QTabWidget *m_subjectTabs = nullptr;
    QTableView *m_instanceTable = nullptr;
    QTableView *m_tradeTable = nullptr;
    QTableView *m_historyTable = nullptr;
    PagedTableModel *m_instances = nullptr;
    PagedTableModel *m_trades = nullptr;
    PagedTableModel *m_history = nullptr;
    BlacklistHistoryView *m_historyView = nullptr;

    // The subject on screen.
    domain::BlacklistTarget m_target = domain::BlacklistTarget::User;
    std::optional<domain::Snowflake> m_subject;
    std::optional<domain::BlacklistEntry> m_ban;
    QString m_notice; ///< the outcome of the last change, shown after the refresh
    quint64 m_lookups = 0; ///< a later lookup supersedes an earlier one still in flight
};

} // namespace ballsdex::studio
