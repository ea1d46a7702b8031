// SPDX-License-Identifier: MIT
#include "features/config/ConfigCommands.h"

#include "features/common/StorageReplies.h"
#include "interactions/InteractionContext.h"
#include "services/GuildSpawnChannels.h"
#include "storage/GuildConfigRepository.h"
#include "util/Logging.h"

#include <QCoroFuture>

#include <memory>

namespace ballsdex::bot::features {
namespace {

using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::Message;
using interactions::OptionSpec;
using interactions::Visibility;
namespace permission = interactions::permission;

constexpr quint32 activationGreen = 0x00D936;
constexpr int guildText = 0;
constexpr int guildAnnouncement = 5;

struct Shared
{
    ConfigWording wording;
    storage::Database &database;
    services::GuildSpawnChannels &spawnChannels;
};

QString channelMention(domain::Snowflake id)
{
    return QStringLiteral("<#%1>").arg(id);
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

QCoro::Task<void> setChannel(std::shared_ptr<const Shared> shared, InteractionContext &context)
{
    const domain::Snowflake guildId = context.interaction().guildId.value_or(0);
    const std::optional<domain::Snowflake> channelId
        = context.options().id(QStringLiteral("channel"));
    if (!channelId) {
        co_await context.reply(Message(QStringLiteral("Please choose a text channel.")),
                               Visibility::Ephemeral);
        co_return;
    }
    storage::GuildConfigRepository repository(shared->database);
    auto channelFuture = repository.setSpawnChannel(guildId, channelId);
    const auto withChannel = co_await channelFuture;
    if (!withChannel) {
        co_await apologise(context, withChannel.error());
        co_return;
    }
    auto enableFuture = repository.setEnabled(guildId, true);
    const auto enabled = co_await enableFuture;
    if (!enabled) {
        co_await apologise(context, enabled.error());
        co_return;
    }
    shared->spawnChannels.apply(*enabled);

    const ConfigWording &wording = shared->wording;
    interactions::Embed embed;
    embed.title(QStringLiteral("%1 activation").arg(wording.botName))
        .color(activationGreen)
        .description(
            QStringLiteral("By using %1 in this server you accept its [Terms of Service](%2) "
                           "and [Privacy policy](%3). No farming, no selling %4 for money or "
                           "goods, no abusing the bot: violations lead to a blacklist.")
                .arg(wording.botName, wording.termsOfService, wording.privacyPolicy,
                     wording.collectiblesName));
    Message message(QStringLiteral("The new spawn channel was successfully set to %1.\n"
                                   "%2 will start spawning as users talk unless the bot is "
                                   "disabled.")
                        .arg(channelMention(*channelId), capitalised(wording.collectiblesName)));
    message.embed(std::move(embed));
    co_await context.reply(std::move(message));
}

QCoro::Task<void> toggle(std::shared_ptr<const Shared> shared, InteractionContext &context)
{
    const domain::Snowflake guildId = context.interaction().guildId.value_or(0);
    storage::GuildConfigRepository repository(shared->database);
    auto currentFuture = repository.getOrCreate(guildId);
    const auto current = co_await currentFuture;
    if (!current) {
        co_await apologise(context, current.error());
        co_return;
    }
    const bool enable = !current->enabled;
    auto updateFuture = repository.setEnabled(guildId, enable);
    const auto updated = co_await updateFuture;
    if (!updated) {
        co_await apologise(context, updated.error());
        co_return;
    }
    shared->spawnChannels.apply(*updated);

    const ConfigWording &wording = shared->wording;
    QString text;
    if (!enable) {
        text = QStringLiteral("%1 is now disabled in this server. Commands will still be "
                              "available, but the spawn of new %2 is suspended.\n"
                              "To re-enable the spawn, use the same command.")
                   .arg(wording.botName, wording.collectiblesName);
    } else if (updated->spawnChannel) {
        text = QStringLiteral("%1 is now enabled in this server, %2 will start spawning soon in "
                              "%3.")
                   .arg(wording.botName, wording.collectiblesName,
                        channelMention(*updated->spawnChannel));
    } else {
        text = QStringLiteral("%1 is now enabled in this server, however there is no spawning "
                              "channel set. Please configure one with `/config channel`.")
                   .arg(wording.botName);
    }
    co_await context.reply(Message(text));
}

QCoro::Task<void> status(std::shared_ptr<const Shared> shared, InteractionContext &context)
{
    const domain::Snowflake guildId = context.interaction().guildId.value_or(0);
    storage::GuildConfigRepository repository(shared->database);
    auto future = repository.find(guildId);
    const auto found = co_await future;
    if (!found) {
        co_await apologise(context, found.error());
        co_return;
    }
    const ConfigWording &wording = shared->wording;
    QString text;
    if (!*found || !(*found)->spawnChannel) {
        text = QStringLiteral("No spawn channel is configured in this server. Use "
                              "`/config channel` to choose where %1 spawn.")
                   .arg(wording.collectiblesName);
    } else {
        const domain::GuildConfig &config = **found;
        const QString state = config.enabled ? QStringLiteral("enabled")
                                             : QStringLiteral("disabled (use `/config disable` "
                                                              "to re-enable it)");
        text = QStringLiteral("Spawn channel: %1\nSpawning of %2: %3")
                   .arg(channelMention(*config.spawnChannel), wording.collectiblesName, state);
    }
    co_await context.reply(Message(text), Visibility::Ephemeral);
}

} // namespace

ConfigCommands::ConfigCommands(ConfigWording wording, storage::Database &database,
                               services::GuildSpawnChannels &spawnChannels)
    : m_wording(std::move(wording))
    , m_database(database)
    , m_spawnChannels(spawnChannels)
{
}

QString ConfigCommands::databaseUnavailableMessage()
{
    return features::databaseUnavailableMessage();
}

Result<void, interactions::CommandSpecError>
ConfigCommands::registerInto(interactions::CommandTree &tree) const
{
    auto shared = std::make_shared<const Shared>(Shared {m_wording, m_database, m_spawnChannels});
    const quint64 manageGuild = permission::ManageGuild;

    CommandSpec channel = CommandSpec::subcommand(
        QStringLiteral("channel"),
        QStringLiteral("Set the channel where %1 will spawn").arg(m_wording.collectiblesName));
    channel
        .option(OptionSpec::channel(QStringLiteral("channel"), QStringLiteral("The spawn channel"))
                    .required()
                    .channelTypes({guildText, guildAnnouncement}))
        .requireUserPermissions(manageGuild)
        .requireBotPermissions(permission::SendMessages | permission::AttachFiles
                               | permission::EmbedLinks)
        .handler([shared](InteractionContext &context) { return setChannel(shared, context); });

    CommandSpec disable = CommandSpec::subcommand(
        QStringLiteral("disable"),
        QStringLiteral("Disable or enable %1 spawning").arg(m_wording.collectiblesName));
    disable.requireUserPermissions(manageGuild).handler([shared](InteractionContext &context) {
        return toggle(shared, context);
    });

    CommandSpec statusCommand = CommandSpec::subcommand(
        QStringLiteral("status"), QStringLiteral("Show the spawn configuration of this server"));
    statusCommand.requireUserPermissions(manageGuild)
        .ephemeral()
        .handler([shared](InteractionContext &context) { return status(shared, context); });

    CommandSpec config = CommandSpec::command(
        QStringLiteral("config"), QStringLiteral("Configure %1").arg(m_wording.botName));
    config.guildOnly()
        .defaultMemberPermissions(manageGuild)
        .add(std::move(channel))
        .add(std::move(disable))
        .add(std::move(statusCommand));
    return tree.add(std::move(config));
}

} // namespace ballsdex::bot::features
