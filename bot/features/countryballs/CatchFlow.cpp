// SPDX-License-Identifier: MIT
#include "CatchFlow.h"

#include "SpawnService.h"
#include "domain/Instance.h"
#include "domain/Player.h"
#include "game/CatchRolls.h"
#include "game/RandomSource.h"
#include "interactions/CustomId.h"
#include "interactions/InteractionContext.h"
#include "interactions/InteractionRouter.h"
#include "storage/Database.h"
#include "storage/InstanceRepository.h"
#include "storage/PlayerRepository.h"
#include "storage/Transaction.h"
#include "util/Logging.h"

#include <QCoroFuture>
#include <QElapsedTimer>

namespace ballsdex::features::countryballs {

namespace {

using interactions::InteractionContext;
using interactions::Message;
using interactions::Visibility;

constexpr int MaxEchoedGuess = 500;

/// What one catch transaction wrote.
struct CatchRecord
{
    domain::BallInstance instance;
    bool isNew = false;
    domain::MentionPolicy mention = domain::MentionPolicy::Allow;
};

/// The values the transaction needs, rolled on the event-loop thread beforehand (the body may
/// run more than once and off-thread, so it draws nothing itself).
struct CatchDraft
{
    domain::Snowflake discordId = 0;
    domain::Snowflake guildId = 0;
    domain::RowId ballId = 0;
    std::optional<domain::RowId> specialId;
    int attackBonus = 0;
    int healthBonus = 0;
    QDateTime spawnedAt;
    QDateTime caughtAt;
};

CatchRecord writeCatch(storage::Transaction &tx, const CatchDraft &draft)
{
    const domain::Player player = storage::PlayerRepository::getOrCreate(tx, draft.discordId);
    const auto owned = tx.exec1("SELECT count(*) FROM ballinstance WHERE player_id = $1 "
                                "AND ball_id = $2 AND NOT deleted",
                                player.id, draft.ballId)[0]
                           .as<std::int64_t>();
    domain::BallInstance instance;
    instance.ballId = draft.ballId;
    instance.playerId = player.id;
    instance.specialId = draft.specialId;
    instance.serverId = draft.guildId;
    instance.spawnedTime = draft.spawnedAt;
    instance.catchDate = draft.caughtAt;
    instance.attackBonus = draft.attackBonus;
    instance.healthBonus = draft.healthBonus;
    CatchRecord record;
    record.instance = storage::InstanceRepository::create(tx, instance);
    record.isNew = owned == 0;
    record.mention = player.mentionPolicy;
    return record;
}

QString signedPercent(int value)
{
    return (value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value)
        + QStringLiteral("%");
}

QString mention(domain::Snowflake userId)
{
    return QStringLiteral("<@%1>").arg(userId);
}

Message mentioning(QString text, domain::Snowflake userId)
{
    Message message(std::move(text));
    QList<domain::Snowflake> users;
    users.append(userId);
    message.allowedMentions(interactions::AllowedMentions::onlyUsers(users));
    return message;
}

} // namespace

CatchFlow::CatchFlow(CountryballsWorld &world, SpawnService &spawns, storage::Database &database,
                     game::RandomSource &random)
    : m_world(world)
    , m_spawns(spawns)
    , m_database(database)
    , m_random(random)
{
}

bool CatchFlow::registerInto(interactions::InteractionRouter &router)
{
    const bool button
        = router.addComponentHandler(SpawnService::CatchButtonPrefix,
                                     [this](InteractionContext &ctx, interactions::CustomId id) {
                                         return onButton(ctx, std::move(id));
                                     });
    const bool modal = router.addModalHandler(
        ModalPrefix, [this](InteractionContext &ctx, interactions::CustomId id) {
            return onModal(ctx, std::move(id));
        });
    return button && modal;
}

QCoro::Task<void> CatchFlow::onButton(InteractionContext &ctx, interactions::CustomId customId)
{
    const interactions::Interaction &interaction = ctx.interaction();
    const bool guildBlacklisted
        = interaction.guildId && m_world.isGuildBlacklisted(*interaction.guildId);
    if (m_world.isUserBlacklisted(ctx.userId()) || guildBlacklisted) {
        co_await ctx.reply(Message(m_spawns.settings().blacklistMessage), Visibility::Ephemeral);
        co_return;
    }
    const std::shared_ptr<LiveSpawn> spawn = m_spawns.find(customId.arg(0));
    if (!spawn) {
        co_await ctx.reply(Message(ExpiredMessage), Visibility::Ephemeral);
        co_return;
    }
    if (spawn->caught) {
        co_await ctx.reply(Message(CaughtAlreadyMessage), Visibility::Ephemeral);
        co_return;
    }
    m_spawns.restartTimeout(spawn->id);
    const CountryballsSettings &settings = m_spawns.settings();
    interactions::Modal modal;
    modal.customId
        = interactions::CustomId::encode(ModalPrefix, QStringList(spawn->id)).value_or(ModalPrefix);
    modal.title = QStringLiteral("Catch this %1!").arg(settings.collectible);
    interactions::TextInput input;
    input.customId = NameField;
    input.label = QStringLiteral("Name of this %1").arg(settings.collectible);
    input.placeholder = QStringLiteral("Your guess");
    input.required = true;
    modal.inputs.append(input);
    co_await ctx.showModal(std::move(modal));
}

QCoro::Task<void> CatchFlow::onModal(InteractionContext &ctx, interactions::CustomId customId)
{
    const std::shared_ptr<LiveSpawn> spawn = m_spawns.find(customId.arg(0));
    if (!spawn) {
        co_await ctx.reply(Message(ExpiredMessage), Visibility::Ephemeral);
        co_return;
    }
    const CountryballsSettings &settings = m_spawns.settings();
    const domain::Snowflake userId = ctx.userId();
    const QString userMention = mention(userId);
    if (spawn->claimed) {
        const QString slow
            = m_spawns.fill(m_spawns.pick(settings.slowMessages), spawn->ball, userMention);
        co_await ctx.reply(mentioning(slow, userId), Visibility::Ephemeral);
        co_return;
    }
    const QString guess = ctx.interaction().fieldValue(NameField);
    if (!domain::guessMatches(spawn->ball, guess)) {
        QString echoed = guess.trimmed();
        if (echoed.size() > MaxEchoedGuess)
            echoed = echoed.left(MaxEchoedGuess) + QStringLiteral("...");
        QString wrong
            = m_spawns.fill(m_spawns.pick(settings.wrongMessages), spawn->ball, userMention);
        wrong.replace(QLatin1String("{wrong}"), echoed);
        co_await ctx.reply(mentioning(wrong, userId), Visibility::Public);
        co_return;
    }

    // The claim: checked above and set here with no suspension in between.
    spawn->claimed = true;

    CatchDraft draft;
    draft.discordId = userId;
    draft.guildId = spawn->guildId;
    draft.ballId = spawn->ball.id;
    draft.spawnedAt = spawn->spawnedAt;
    draft.caughtAt = QDateTime::currentDateTimeUtc();
    const QList<domain::Special> specials = m_world.specials();
    const domain::Special *special
        = game::CatchRolls::rollSpecial(specials, draft.caughtAt, m_random);
    std::optional<QString> catchPhrase;
    if (special) {
        draft.specialId = special->id;
        catchPhrase = special->catchPhrase;
    }
    draft.attackBonus = game::CatchRolls::rollBonus(settings.maxAttackBonus, m_random);
    draft.healthBonus = game::CatchRolls::rollBonus(settings.maxHealthBonus, m_random);
    const QString caughtMessage
        = m_spawns.fill(m_spawns.pick(settings.caughtMessages), spawn->ball, userMention);

    auto work = [draft](storage::Transaction &tx) {
        return writeCatch(tx, draft);
    };
    QElapsedTimer writeTimer;
    writeTimer.start();
    auto writing = m_database.transact(std::move(work));
    const Result<CatchRecord, storage::StorageError> written = co_await writing;
    if (!written) {
        spawn->claimed = false;
        qCWarning(lcBot).noquote()
            << "Catch of" << spawn->ball.country << "by" << userId << "in guild" << spawn->guildId
            << "not saved:" << written.error().toString();
        co_await ctx.reply(Message(DatabaseUnavailableMessage), Visibility::Ephemeral);
        co_return;
    }
    m_spawns.markCaught(spawn);
    Q_EMIT m_spawns.caught(spawn->ball.country, special ? special->name : QString(), spawn->guildId,
                           writeTimer.nsecsElapsed() / 1000);

    QString text
        = caughtText(caughtMessage, written->instance.id, draft.attackBonus, draft.healthBonus);
    if (catchPhrase && !catchPhrase->isEmpty())
        text += QStringLiteral("*") + *catchPhrase + QStringLiteral("*\n");
    if (written->isNew) {
        text += QStringLiteral("This is a **new %1** that has been added to your completion!")
                    .arg(settings.collectible);
    }
    Message reply(text);
    if (written->mention == domain::MentionPolicy::Allow) {
        QList<domain::Snowflake> users;
        users.append(userId);
        reply.allowedMentions(interactions::AllowedMentions::onlyUsers(users));
    }
    qCDebug(lcBot).noquote() << "User" << userId << "caught" << spawn->ball.country << "as"
                             << domain::displayId(written->instance.id) << "in guild"
                             << spawn->guildId;
    co_await ctx.reply(std::move(reply), Visibility::Public);
}

QString CatchFlow::caughtText(const QString &caughtMessage, std::int64_t instanceId, int attack,
                              int health) const
{
    return caughtMessage + QStringLiteral(" `(") + domain::displayId(instanceId)
        + QStringLiteral(", ") + signedPercent(attack) + QStringLiteral("/") + signedPercent(health)
        + QStringLiteral(")`\n\n");
}

} // namespace ballsdex::features::countryballs
