// SPDX-License-Identifier: MIT
#pragma once

#include "moderation/BlacklistActions.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ballsdex::studio {

struct StudioContext;

/// Asks for the required reason of a blacklist change and applies it. On failure it stays open
/// with the reason kept and the explanation shown, so the moderator can try again (e.g. once the
/// database is back); on success it emits applied() and closes.
class BlacklistDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlacklistDialog)

public:
    BlacklistDialog(StudioContext &context, BlacklistChange change, domain::BlacklistTarget target,
                    domain::Snowflake discordId, const QString &currentReason = {},
                    QWidget *parent = nullptr);

    [[nodiscard]] BlacklistChange change() const { return m_change; }
    [[nodiscard]] domain::BlacklistTarget target() const { return m_target; }
    [[nodiscard]] domain::Snowflake discordId() const { return m_discordId; }

Q_SIGNALS:
    void applied(const QString &message);

private:
    void confirm();
    void finish(const BlacklistOutcome &outcome);
    void updateButton();

    BlacklistActions m_actions;
    BlacklistChange m_change;
    domain::BlacklistTarget m_target;
    domain::Snowflake m_discordId;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_confirm = nullptr;
    bool m_busy = false;
};

} // namespace ballsdex::studio
