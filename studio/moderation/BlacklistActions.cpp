// SPDX-License-Identifier: MIT
#include "moderation/BlacklistActions.h"

#include "moderation/ModerationText.h"
#include "session/StudioContext.h"
#include "storage/BlacklistRepository.h"

#include <QCoreApplication>

namespace ballsdex::studio {
namespace {

using domain::BlacklistTarget;
using storage::StorageError;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BlacklistActions)
};

QString subject(BlacklistTarget target, domain::Snowflake id)
{
    return target == BlacklistTarget::Guild ? Text::tr("Guild %1").arg(id)
                                            : Text::tr("User %1").arg(id);
}

BlacklistOutcome refused(StorageError::Kind expected, const QString &explanation,
                         const StorageError &error)
{
    return {false, error.kind == expected ? explanation : moderationText::storageMessage(error)};
}

} // namespace

QFuture<BlacklistOutcome> BlacklistActions::apply(BlacklistChange change, BlacklistTarget target,
                                                  domain::Snowflake discordId,
                                                  const QString &reason)
{
    if (!mayModerate(m_context.identity.role)) {
        return QtFuture::makeReadyFuture(
            BlacklistOutcome {false,
                              Text::tr("Your role (%1) may not moderate; nothing was changed.")
                                  .arg(roleDisplayName(m_context.identity.role))});
    }
    if (reason.trimmed().isEmpty())
        return QtFuture::makeReadyFuture(
            BlacklistOutcome {false, Text::tr("A reason is required; nothing was changed.")});

    const QString stored = moderationText::reasonWithSignature(reason, m_context.identity);
    const storage::AuditActor actor = m_context.actor();
    const QString who = subject(target, discordId);
    switch (change) {
    case BlacklistChange::Blacklist:
        return storage::BlacklistRepository(m_context.database)
            .add(target, discordId, stored, actor)
            .then([who](const Result<domain::BlacklistEntry, StorageError> &result) {
                if (result)
                    return BlacklistOutcome {true, Text::tr("%1 is now blacklisted.").arg(who)};
                return refused(StorageError::Kind::Conflict,
                               Text::tr("%1 is already blacklisted; nothing was changed.").arg(who),
                               result.error());
            });
    case BlacklistChange::Unblacklist:
        return storage::BlacklistRepository(m_context.database)
            .remove(target, discordId, stored, actor)
            .then([who](const Result<void, StorageError> &result) {
                if (result)
                    return BlacklistOutcome {true,
                                             Text::tr("%1 is no longer blacklisted.").arg(who)};
                return refused(StorageError::Kind::NotFound,
                               Text::tr("%1 is not blacklisted; nothing was changed.").arg(who),
                               result.error());
            });
    case BlacklistChange::EditReason:
        break;
    }
    return storage::BlacklistRepository(m_context.database)
        .editReason(target, discordId, stored, actor)
        .then([who](const Result<domain::BlacklistEntry, StorageError> &result) {
            if (result)
                return BlacklistOutcome {true,
                                         Text::tr("The reason of %1's ban was changed.").arg(who)};
            return refused(StorageError::Kind::NotFound,
                           Text::tr("%1 is not blacklisted; nothing was changed.").arg(who),
                           result.error());
        });
}

} // namespace ballsdex::studio
