// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"
#include "domain/Policies.h"

#include <QFuture>
#include <QString>

namespace ballsdex::studio {

struct StudioContext;

enum class BlacklistChange { Blacklist, Unblacklist, EditReason };

struct BlacklistOutcome
{
    bool done = false;
    /// Translated: what happened, or why nothing did.
    QString message;
};

/// Studio's blacklist writes. Checks the role again and the reason before touching the database;
/// each change is one transaction with its blacklisthistory and audit_log rows (moderator = the
/// Studio user), which the bot picks up through the blacklist NOTIFY trigger.
class BlacklistActions final
{
public:
    explicit BlacklistActions(StudioContext &context)
        : m_context(context)
    {
    }

    /// The future never carries an exception; a refusal is an outcome with done = false.
    [[nodiscard]] QFuture<BlacklistOutcome> apply(BlacklistChange change,
                                                  domain::BlacklistTarget target,
                                                  domain::Snowflake discordId,
                                                  const QString &reason);

private:
    StudioContext &m_context;
};

} // namespace ballsdex::studio
