// SPDX-License-Identifier: MIT
#include "features/system/SystemCommands.h"

#include "interactions/InteractionContext.h"

namespace ballsdex::bot::features {

Result<void, interactions::CommandSpecError>
SystemCommands::registerInto(interactions::CommandTree &tree) const
{
    auto latency = gatewayLatencyMs;
    const QString name = botName;
    return tree.add(
        interactions::CommandSpec::command(QStringLiteral("ping"),
                                           QStringLiteral("Check that %1 is online").arg(name))
            .ephemeral()
            .handler([latency, name](interactions::InteractionContext &context) -> QCoro::Task<void> {
                const qint64 ms = latency ? latency() : -1;
                const QString text = ms >= 0
                    ? QStringLiteral("Pong! %1 is online (gateway latency %2 ms).").arg(name).arg(ms)
                    : QStringLiteral("Pong! %1 is online.").arg(name);
                co_await context.reply(interactions::Message().content(text),
                                       interactions::Visibility::Ephemeral);
            }));
}

} // namespace ballsdex::bot::features
