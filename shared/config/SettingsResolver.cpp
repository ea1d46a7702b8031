// SPDX-License-Identifier: MIT
#include "LoadContext.h"

#include <QFile>
#include <QRegularExpression>

namespace ballsdex::config {

namespace {

QString originName(const SourceLocation &origin, const QString &keyPath)
{
    if (origin.isEnvironment())
        return origin.source.mid(QStringLiteral("environment variable ").size());
    return keyPath;
}

void resolveToken(Settings &settings, LoadContext &context)
{
    DiscordSettings &discord = settings.discord;
    const bool tokenFromEnvironment = context.origins.contains(QStringLiteral("discord-token"))
        && context.originOr(QStringLiteral("discord-token")).isEnvironment();
    discord.token = discord.token.trimmed();
    if (discord.hasToken())
        discord.tokenSource = originName(context.originOr(QStringLiteral("discord-token")),
                                         QStringLiteral("discord-token"));

    if (!discord.tokenFile.isEmpty() && !tokenFromEnvironment) {
        const SourceLocation where = context.originOr(QStringLiteral("discord-token-file"));
        QFile file(discord.tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            context.error(QStringLiteral("discord-token-file"), where,
                          QStringLiteral("cannot read the token file %1 (%2); fix the path or its "
                                         "permissions, or set BALLSDEXBOT_TOKEN instead")
                              .arg(discord.tokenFile, file.errorString()));
            return;
        }
        const QString token = QString::fromUtf8(file.readAll()).trimmed();
        if (token.isEmpty()) {
            context.error(QStringLiteral("discord-token-file"), where,
                          QStringLiteral("the token file %1 is empty; paste the bot token into it")
                              .arg(discord.tokenFile));
            return;
        }
        if (discord.hasToken())
            context.warning(QStringLiteral("discord-token"),
                            context.originOr(QStringLiteral("discord-token")),
                            QStringLiteral("both discord-token and discord-token-file are set; the "
                                           "file wins, remove discord-token"));
        discord.token = token;
        discord.tokenSource = originName(where, QStringLiteral("discord-token-file"));
    }

    const SourceLocation where = discord.tokenSource == QLatin1String("discord-token-file")
            || discord.tokenSource.endsWith(QLatin1String("TOKEN_FILE"))
        ? context.originOr(QStringLiteral("discord-token-file"))
        : context.originOr(QStringLiteral("discord-token"));
    if (!discord.hasToken()) {
        if (context.options.requireToken)
            context.error(QStringLiteral("discord-token"), {context.sourceName, 0, 0},
                          QStringLiteral("no bot token is configured; set the BALLSDEXBOT_TOKEN "
                                         "environment variable, or discord-token-file / "
                                         "BALLSDEXBOT_TOKEN_FILE, or discord-token (Developer "
                                         "Portal → your application → Bot → Reset Token)"));
        return;
    }
    if (discord.token.startsWith(QLatin1String("Bot "), Qt::CaseInsensitive)) {
        context.error(QStringLiteral("discord-token"), where,
                      QStringLiteral("the token starts with `Bot `; remove that prefix and keep "
                                     "only the token"));
    } else if (discord.token.contains(QRegularExpression(QStringLiteral("\\s")))) {
        context.error(QStringLiteral("discord-token"), where,
                      QStringLiteral("the token contains spaces or line breaks; copy it again "
                                     "from the Developer Portal"));
    } else if (discord.token.count(u'.') != 2) {
        context.warning(QStringLiteral("discord-token"), where,
                        QStringLiteral("this does not look like a Discord bot token (three parts "
                                       "separated by dots); copy it again from the Developer "
                                       "Portal → Bot → Reset Token"));
    }
}

void resolveShards(const Settings &settings, LoadContext &context)
{
    const auto &ids = settings.discord.shardIds;
    if (!ids)
        return;
    const QString key = QStringLiteral("shard-ids");
    const auto count = settings.discord.shardCount;
    if (!count) {
        context.error(key, context.originOr(key),
                      QStringLiteral("shard-ids needs a fixed shard-count; set shard-count to the "
                                     "total number of shards of the bot"));
        return;
    }
    for (const int id : *ids) {
        if (id >= *count)
            context.error(key, context.originOr(key),
                          QStringLiteral("shard %1 is outside shard-count %2 (valid shards are 0 "
                                         "to %3); fix shard-ids or raise shard-count")
                              .arg(id)
                              .arg(*count)
                              .arg(*count - 1));
    }
}

void resolveWording(Settings &settings, LoadContext &context)
{
    settings.collectibleName = settings.collectibleName.trimmed().toLower();
    if (!context.origins.contains(QStringLiteral("plural-collectible-name"))
        || settings.pluralCollectibleName.trimmed().isEmpty())
        settings.pluralCollectibleName = settings.collectibleName + u's';
    settings.pluralCollectibleName = settings.pluralCollectibleName.trimmed().toLower();

    const QString cog = QStringLiteral("players-group-cog-name");
    settings.playersGroupCogName = settings.playersGroupCogName.trimmed().toLower();
    static const QRegularExpression commandName(QStringLiteral("^[-_\\p{L}\\p{N}]{1,32}$"));
    if (!commandName.match(settings.playersGroupCogName).hasMatch())
        context.error(cog, context.originOr(cog),
                      QStringLiteral("`%1` cannot be a slash command name; use 1 to 32 letters, "
                                     "digits, - or _ without spaces, e.g. `balls`")
                          .arg(settings.playersGroupCogName));

    const QString label = QStringLiteral("catch.catch_button_label");
    if (settings.catchSettings.buttonLabel.size() > 80)
        context.error(label, context.originOr(label),
                      QStringLiteral("the label has %1 characters, Discord allows 80; shorten it")
                          .arg(settings.catchSettings.buttonLabel.size()));

    settings.prometheus.host = settings.prometheus.host.trimmed();
}

} // namespace

void resolveSettings(Settings &settings, LoadContext &context)
{
    resolveToken(settings, context);
    resolveShards(settings, context);
    resolveWording(settings, context);
    if (settings.database.hasUrl())
        settings.database.urlSource = originName(context.originOr(QStringLiteral("database-url")),
                                                 QStringLiteral("database-url"));
}

} // namespace ballsdex::config
