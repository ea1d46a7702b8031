// SPDX-License-Identifier: MIT
#include "features/info/InfoCommands.h"

#include "interactions/CommandSync.h"
#include "interactions/Embed.h"
#include "interactions/InteractionContext.h"

#include <memory>

namespace ballsdex::bot::features {
namespace {

constexpr quint32 Blurple = 0x5865F2;
constexpr int FieldLimit = 1024;

QString estimateText(const std::optional<std::int64_t> &value)
{
    return value ? QString::number(*value) : QStringLiteral("unknown");
}

/// Every invokable path of a command, depth first ("balls list", "balls info", ...).
void collectPaths(const interactions::CommandSpec &spec, const QString &prefix,
                  QList<std::pair<QString, QString>> &out)
{
    const QString path = prefix.isEmpty() ? spec.name() : prefix + QLatin1Char(' ') + spec.name();
    if (spec.children().empty()) {
        out.append({path, spec.description()});
        return;
    }
    for (const interactions::CommandSpec &child : spec.children())
        collectPaths(child, path, out);
}

QCoro::Task<void> replyAbout(std::shared_ptr<const InfoCommands> info,
                             interactions::InteractionContext &context)
{
    AboutFacts facts;
    if (info->facts)
        facts = co_await info->facts();
    const qint64 uptime = info->startedAt.secsTo(QDateTime::currentDateTimeUtc());
    QString text = info->description + QStringLiteral("\n\n");
    text += QStringLiteral("Running version **%1**\nUptime: **%2**\n\n")
                .arg(info->version, formatUptime(uptime));
    text += QStringLiteral(
                "**%1** %2 to collect\n**%3** players that caught **%4** %2\n**%5** servers "
                "playing\n\n")
                .arg(facts.enabledCollectibles)
                .arg(info->collectiblesName, estimateText(facts.players),
                     estimateText(facts.instances))
                .arg(facts.guilds);
    text += QStringLiteral("[Discord server](%1) | [Source code](%2) | [Terms of Service](%3) | "
                           "[Privacy policy](%4)")
                .arg(info->discordInvite, info->githubLink, info->termsOfService,
                     info->privacyPolicy);
    interactions::Embed embed;
    embed.title(QStringLiteral("%1 Discord bot").arg(info->botName))
        .description(text)
        .color(Blurple);
    co_await context.reply(interactions::Message().embed(embed));
}

QCoro::Task<void> replyHelp(std::shared_ptr<const InfoCommands> info,
                            const interactions::CommandTree *tree,
                            interactions::InteractionContext &context)
{
    QList<std::pair<QString, QString>> paths;
    for (const interactions::CommandSpec &command : tree->commands()) {
        if (command.commandScope() == interactions::CommandScope::Global)
            collectPaths(command, QString(), paths);
    }
    interactions::Embed embed;
    embed.title(QStringLiteral("%1 commands").arg(info->botName)).color(Blurple);
    QString field;
    int fieldNumber = 1;
    const auto flush = [&] {
        if (field.isEmpty())
            return;
        embed.field(fieldNumber == 1 ? QStringLiteral("Commands")
                                     : QStringLiteral("Commands (%1)").arg(fieldNumber),
                    field);
        ++fieldNumber;
        field.clear();
    };
    for (const auto &[path, description] : paths) {
        const QString mention = info->sync ? info->sync->mention(path) : QLatin1Char('/') + path;
        const QString line = QStringLiteral("%1: %2\n").arg(mention, description);
        if (field.size() + line.size() > FieldLimit)
            flush();
        field += line;
    }
    flush();
    co_await context.reply(interactions::Message().embed(embed),
                           interactions::Visibility::Ephemeral);
}

} // namespace

QString formatUptime(std::int64_t seconds)
{
    seconds = std::max<std::int64_t>(seconds, 0);
    const std::int64_t days = seconds / 86400;
    const std::int64_t rest = seconds % 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg(rest / 3600)
                              .arg((rest % 3600) / 60, 2, 10, QLatin1Char('0'))
                              .arg(rest % 60, 2, 10, QLatin1Char('0'));
    if (days == 0)
        return clock;
    return QStringLiteral("%1 day%2, %3")
        .arg(days)
        .arg(days == 1 ? QLatin1String("") : QLatin1String("s"))
        .arg(clock);
}

Result<void, interactions::CommandSpecError>
InfoCommands::registerInto(interactions::CommandTree &tree) const
{
    auto info = std::make_shared<const InfoCommands>(*this);
    const interactions::CommandTree *treePointer = &tree;
    auto about
        = interactions::CommandSpec::command(
              QStringLiteral("about"), QStringLiteral("Get information about %1").arg(botName))
              .handler([info](interactions::InteractionContext &context) {
                  return replyAbout(info, context);
              });
    if (auto added = tree.add(std::move(about)); !added)
        return added;
    return tree.add(interactions::CommandSpec::command(QStringLiteral("help"),
                                                       QStringLiteral("Show the list of commands"))
                        .handler([info, treePointer](interactions::InteractionContext &context) {
                            return replyHelp(info, treePointer, context);
                        }));
}

} // namespace ballsdex::bot::features
