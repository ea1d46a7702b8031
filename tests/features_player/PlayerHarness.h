// SPDX-License-Identifier: MIT
#pragma once

#include "FakeTime.h"
#include "Payloads.h"
#include "RecordingTransport.h"
#include "features/player/DirectMessages.h"
#include "features/player/PlayerCommands.h"
#include "interactions/InteractionRouter.h"
#include "interactions/ViewRegistry.h"
#include "services/BlacklistCache.h"
#include "storage/Database.h"

#include <QTest>

#include <memory>

namespace ballsdex::testing {

/// Records what the export would have sent by DM and answers with `next`.
class FakeDirectMessages final : public bot::features::DirectMessages
{
public:
    struct Sent
    {
        domain::Snowflake userId = 0;
        interactions::Message message;
    };

    bot::features::DirectMessageResult next = bot::features::DirectMessageResult::Sent;
    QList<Sent> sent;

    QCoro::Task<bot::features::DirectMessageResult> send(domain::Snowflake userId,
                                                         interactions::Message message) override
    {
        sent.append(Sent {userId, std::move(message)});
        co_return next;
    }
};

/// `/player` on the real router, view registry and a given database, with fake time and a
/// recording transport.
class PlayerHarness final
{
public:
    static constexpr domain::Snowflake ThirdUserId = 1400000000000000003LL;
    static constexpr domain::Snowflake BotUserId = 1400000000000000009LL;

    explicit PlayerHarness(storage::Database &database,
                           qint64 uploadLimit = bot::features::PlayerServices::DefaultUploadLimit)
        : blacklist(database)
        , scheduler(clock)
        , router(tree, transport, scheduler, clock)
        , views(router, transport, scheduler, clock)
        , commands(
              bot::features::PlayerWording {QStringLiteral("TestDex"), QStringLiteral("testballs")},
              database, blacklist, views, directMessages, uploadLimit)
    {
        const auto added = commands.registerInto(tree);
        if (!added)
            qFatal("registerInto: %s", qPrintable(added.error().toString()));
    }

    ~PlayerHarness()
    {
        // Let prompts time out so every handler coroutine ends before the router goes.
        scheduler.advance(3'600'000);
        if (!QTest::qWaitFor([this] { return router.inFlight() == 0; }, 10000))
            qWarning("a /player handler was still running when the harness went");
    }

    /// `/player <path…>` with the leaf options; waits for an answer past any defer.
    interactions::testing::RecordedCall run(const QStringList &path, QJsonArray options = {},
                                            domain::Snowflake user
                                            = interactions::testing::InvokerId)
    {
        using namespace interactions::testing;
        clock.advance(61'000); // past the export cooldown
        QJsonArray nestedOptions = options;
        for (qsizetype i = path.size() - 1; i >= 0; --i) {
            const auto type = i == path.size() - 1 ? interactions::OptionType::SubCommand
                                                   : interactions::OptionType::SubCommandGroup;
            nestedOptions = QJsonArray {nested(path.at(i), type, nestedOptions)};
        }
        QJsonObject payload
            = commandPayload(clock.now(), QStringLiteral("player"), nestedOptions, user,
                             interactions::InteractionType::ApplicationCommand, ++m_sequence);
        QJsonObject data = payload.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("resolved"), QJsonObject {{QStringLiteral("users"), m_users}});
        payload.insert(QStringLiteral("data"), data);
        return dispatch(payload);
    }

    /// `/player <path…> user:<id>`.
    interactions::testing::RecordedCall runOnUser(const QStringList &path, domain::Snowflake target,
                                                  domain::Snowflake user
                                                  = interactions::testing::InvokerId)
    {
        using namespace interactions::testing;
        return run(path,
                   QJsonArray {option(QStringLiteral("user"), interactions::OptionType::User,
                                      QString::number(target))},
                   user);
    }

    /// Clicks a component; waits for the answer to the click.
    interactions::testing::RecordedCall click(const QString &customId, domain::Snowflake user)
    {
        using namespace interactions::testing;
        clock.advance(1000);
        return dispatch(componentPayload(clock.now(), customId, user, {}, ++m_sequence));
    }

    /// Waits until the transport holds `count` calls and returns the last.
    interactions::testing::RecordedCall waitForCalls(qsizetype count)
    {
        if (!QTest::qWaitFor([&] { return transport.calls.size() >= count; }, 20000))
            return {};
        return transport.calls.last();
    }

    /// Users resolvable in command payloads (the invoker's own entry comes from the envelope).
    void addUser(domain::Snowflake id, const QString &name, bool isBot = false)
    {
        QJsonObject user = interactions::testing::userJson(id, name);
        if (isBot)
            user.insert(QStringLiteral("bot"), true);
        m_users.insert(QString::number(id), user);
    }

    static QString customIdEndingWith(const QJsonObject &data, const QString &action)
    {
        for (const QJsonValue &row : data.value(QLatin1String("components")).toArray()) {
            for (const QJsonValue &button :
                 row.toObject().value(QLatin1String("components")).toArray()) {
                const QString id = button.toObject().value(QLatin1String("custom_id")).toString();
                if (id.endsWith(QLatin1Char(':') + action))
                    return id;
            }
        }
        return {};
    }

    static QJsonObject firstEmbed(const interactions::testing::RecordedCall &call)
    {
        return call.data.value(QLatin1String("embeds")).toArray().first().toObject();
    }

    interactions::CommandTree tree;
    interactions::testing::RecordingTransport transport;
    interactions::testing::FakeClock clock;
    bot::services::BlacklistCache blacklist;
    interactions::testing::FakeScheduler scheduler;
    interactions::InteractionRouter router;
    interactions::ViewRegistry views;
    FakeDirectMessages directMessages;
    bot::features::PlayerCommands commands;

private:
    interactions::testing::RecordedCall dispatch(const QJsonObject &payload)
    {
        using interactions::testing::RecordedCall;
        const qsizetype before = transport.calls.size();
        router.handle(payload);
        // The first answer after `before`: later calls (followups) may already be recorded.
        const auto firstAnswer = [&]() -> const RecordedCall * {
            for (qsizetype i = before; i < transport.calls.size(); ++i) {
                const RecordedCall &call = transport.calls.at(i);
                if (!(call.kind == RecordedCall::Kind::Callback && call.type == 5))
                    return &call;
            }
            return nullptr;
        };
        if (!QTest::qWaitFor([&] { return firstAnswer() != nullptr; }, 20000))
            return {};
        return *firstAnswer();
    }

    QJsonObject m_users;
    int m_sequence = 0;
};

} // namespace ballsdex::testing
