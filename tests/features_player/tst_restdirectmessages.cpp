// SPDX-License-Identifier: MIT
// RestDirectMessages against the fake Discord REST API on 127.0.0.1.
#include "discord/DiscordApi.h"
#include "fakediscord/rest/FakeDiscordRest.h"
#include "features/player/RestDirectMessages.h"

#include <QCoroTask>
#include <QRegularExpression>
#include <QTest>

using namespace ballsdex;
using bot::features::DirectMessageResult;
using bot::features::RestDirectMessages;

namespace {

const QString UserId = QStringLiteral("1400000000000000001");

interactions::Message withZip(const QByteArray &data)
{
    interactions::Message message(QStringLiteral("Here is your player data:"));
    message.file(interactions::FileUpload {
        QStringLiteral("player_data.zip"), data, QStringLiteral("application/zip"), {}});
    return message;
}

} // namespace

class TestRestDirectMessages final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fakediscord::FakeDiscordRest> m_fake;
    std::unique_ptr<discord::RestClient> m_client;
    std::unique_ptr<discord::DiscordApi> m_api;

    DirectMessageResult send(const QString &user, interactions::Message message)
    {
        RestDirectMessages dms(*m_api);
        return QCoro::waitFor(dms.send(user.toLongLong(), std::move(message)));
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<fakediscord::FakeDiscordRest>();
        QVERIFY(m_fake->listen());
        m_fake->addUser(QJsonObject {{QStringLiteral("id"), UserId},
                                     {QStringLiteral("username"), QStringLiteral("player")}});
        discord::RestClient::Options options;
        options.baseUrl = m_fake->baseUrl();
        m_client = std::make_unique<discord::RestClient>(m_fake->botToken(), options);
        m_api = std::make_unique<discord::DiscordApi>(*m_client);
    }

    void cleanup()
    {
        m_api.reset();
        m_client.reset();
        m_fake.reset();
    }

    void sendsTheFileInTheDmChannel()
    {
        const QByteArray zip("PK\x05\x06" + QByteArray(18, '\0'));
        QCOMPARE(send(UserId, withZip(zip)), DirectMessageResult::Sent);
        const QList<fakediscord::HttpRequest> dms
            = m_fake->requestsFor(QStringLiteral("POST /users/@me/channels"));
        QCOMPARE(dms.size(), 1);
        const QList<fakediscord::HttpRequest> posts
            = m_fake->requestsFor(QStringLiteral("POST /channels/{channel_id}/messages"));
        QCOMPARE(posts.size(), 1);
        const QList<QJsonObject> messages
            = m_fake->channelMessages(posts.first().params.value(QStringLiteral("channel_id")));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().value(QLatin1String("content")).toString(),
                 QStringLiteral("Here is your player data:"));
        const QJsonObject attachment
            = messages.first().value(QLatin1String("attachments")).toArray().first().toObject();
        QCOMPARE(attachment.value(QLatin1String("filename")).toString(),
                 QStringLiteral("player_data.zip"));
        QCOMPARE(m_fake->attachmentData(attachment.value(QLatin1String("url")).toString()), zip);
    }

    void oversizedUploadIsReported()
    {
        m_fake->setUploadLimits(25LL * 1024 * 1024, 1024);
        QCOMPARE(send(UserId, withZip(QByteArray(4096, 'x'))), DirectMessageResult::TooLarge);
    }

    void unknownUserFails()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("DM channel")));
        QCOMPARE(send(QStringLiteral("1400000000000000099"), withZip("x")),
                 DirectMessageResult::Failed);
        QVERIFY(
            m_fake->requestsFor(QStringLiteral("POST /channels/{channel_id}/messages")).isEmpty());
    }

    void discordErrorsAreClassified_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<DirectMessageResult>("result");
        QTest::newRow("dms closed") << 403 << 50007 << DirectMessageResult::Closed;
        QTest::newRow("entity too large") << 400 << 40005 << DirectMessageResult::TooLarge;
        QTest::newRow("413 without code") << 413 << 0 << DirectMessageResult::TooLarge;
        QTest::newRow("missing permissions") << 403 << 50013 << DirectMessageResult::Failed;
        QTest::newRow("server error") << 500 << 0 << DirectMessageResult::Failed;
    }

    void discordErrorsAreClassified()
    {
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(DirectMessageResult, result);
        discord::RestError error = discord::RestError::make(discord::RestError::Kind::Http, {});
        error.httpStatus = status;
        error.discordCode = code;
        QCOMPARE(RestDirectMessages::classify(error), result);
    }
};

QTEST_GUILESS_MAIN(TestRestDirectMessages)
#include "tst_restdirectmessages.moc"
