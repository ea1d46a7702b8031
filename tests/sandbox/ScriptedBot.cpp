// SPDX-License-Identifier: MIT
// A tiny stand-in for ballsdex-bot, so the sandbox terminal can be tested end to end without a
// database: it reads the same environment, identifies on the gateway, registers /ping and
// /give, and answers in fixed ways: "spawn" → a message with an embed, a file and two buttons;
// /ping → an ephemeral reply; the Catch button → a modal; the modal → a deferred answer, then an
// edit of the reply and of the spawn message. Anything unexpected exits with status 3.
#include <QCoreApplication>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QWebSocket>

#include <csignal>
#include <functional>
#include <unistd.h>

namespace {

class ScriptedBot final : public QObject
{
public:
    ScriptedBot()
    {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        m_token = env.value(QStringLiteral("BALLSDEXBOT_TOKEN"));
        m_api = env.value(QStringLiteral("BALLSDEXBOT_DISCORD_API_URL"));
        if (env.value(QStringLiteral("SCRIPTED_BOT_FAIL")) == QLatin1String("1")) {
            QTextStream(stderr) << "scripted bot: failing on purpose\n";
            ::_exit(4);
        }
        connect(&m_socket, &QWebSocket::textMessageReceived, this, &ScriptedBot::onText);
        m_socket.open(QUrl(env.value(QStringLiteral("BALLSDEXBOT_DISCORD_GATEWAY_URL"))
                           + QStringLiteral("/?v=10&encoding=json")));
        QTextStream(stderr) << "scripted bot: connecting\n";
    }

private:
    QNetworkRequest request(const QString &path)
    {
        QNetworkRequest request(QUrl(m_api + path));
        request.setRawHeader("Authorization", "Bot " + m_token.toUtf8());
        request.setRawHeader("User-Agent", "DiscordBot (https://example.invalid, 1.0)");
        return request;
    }

    /// Sends a JSON request; `then` runs once it is answered (to keep dependent requests ordered).
    void send(const QByteArray &method, const QString &path, const QJsonValue &body,
              std::function<void()> then = {})
    {
        QNetworkRequest r = request(path);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson()
                                                : QJsonDocument(body.toObject()).toJson();
        QNetworkReply *reply = m_http.sendCustomRequest(r, method, bytes);
        connect(reply, &QNetworkReply::finished, this, [reply, then = std::move(then)] {
            reply->deleteLater();
            if (then)
                then();
        });
    }

    void onText(const QString &text)
    {
        const QJsonObject payload = QJsonDocument::fromJson(text.toUtf8()).object();
        const int op = payload.value(QLatin1String("op")).toInt();
        const QString event = payload.value(QLatin1String("t")).toString();
        const QJsonObject d = payload.value(QLatin1String("d")).toObject();
        if (op == 10) {
            const QJsonObject identify {
                {QStringLiteral("token"), m_token},
                {QStringLiteral("intents"), (1 << 0) | (1 << 9) | (1 << 15)},
                {QStringLiteral("properties"),
                 QJsonObject {{QStringLiteral("os"), QStringLiteral("linux")},
                              {QStringLiteral("browser"), QStringLiteral("scripted")},
                              {QStringLiteral("device"), QStringLiteral("scripted")}}}};
            m_socket.sendTextMessage(
                QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("op"), 2},
                                                             {QStringLiteral("d"), identify}})
                                      .toJson(QJsonDocument::Compact)));
        } else if (event == QLatin1String("READY")) {
            m_applicationId = d.value(QLatin1String("application"))
                                  .toObject()
                                  .value(QLatin1String("id"))
                                  .toString();
            registerCommands();
        } else if (event == QLatin1String("MESSAGE_CREATE")) {
            QTextStream(stderr) << "scripted bot: message "
                                << d.value(QLatin1String("content")).toString() << '\n';
            if (d.value(QLatin1String("content")).toString() == QLatin1String("spawn"))
                spawn(d.value(QLatin1String("channel_id")).toString());
        } else if (event == QLatin1String("INTERACTION_CREATE")) {
            onInteraction(d);
        }
    }

    void registerCommands()
    {
        const QJsonArray commands {
            QJsonObject {{QStringLiteral("name"), QStringLiteral("ping")},
                         {QStringLiteral("description"), QStringLiteral("Is the bot alive?")},
                         {QStringLiteral("options"),
                          QJsonArray {QJsonObject {
                              {QStringLiteral("type"), 3},
                              {QStringLiteral("name"), QStringLiteral("text")},
                              {QStringLiteral("description"), QStringLiteral("echoed back")}}}}},
            QJsonObject {
                {QStringLiteral("name"), QStringLiteral("give")},
                {QStringLiteral("description"), QStringLiteral("Give coins")},
                {QStringLiteral("options"),
                 QJsonArray {
                     QJsonObject {{QStringLiteral("type"), 6},
                                  {QStringLiteral("name"), QStringLiteral("user")},
                                  {QStringLiteral("description"), QStringLiteral("who")},
                                  {QStringLiteral("required"), true}},
                     QJsonObject {{QStringLiteral("type"), 4},
                                  {QStringLiteral("name"), QStringLiteral("amount")},
                                  {QStringLiteral("description"), QStringLiteral("how many")},
                                  {QStringLiteral("required"), true},
                                  {QStringLiteral("min_value"), 1}}}}}};
        send("PUT", QStringLiteral("/applications/%1/commands").arg(m_applicationId), commands);
    }

    void spawn(const QString &channelId)
    {
        const QJsonObject payload {
            {QStringLiteral("content"), QStringLiteral("A wild countryball appeared!")},
            {QStringLiteral("embeds"),
             QJsonArray {QJsonObject {
                 {QStringLiteral("title"), QStringLiteral("Wild ball")},
                 {QStringLiteral("description"), QStringLiteral("Be quick")},
                 {QStringLiteral("fields"),
                  QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Rarity")},
                                           {QStringLiteral("value"), QStringLiteral("common")}}}},
                 {QStringLiteral("image"),
                  QJsonObject {{QStringLiteral("url"), QStringLiteral("attachment://ball.png")}}},
                 {QStringLiteral("footer"),
                  QJsonObject {
                      {QStringLiteral("text"), QStringLiteral("spawned in the sandbox")}}}}}},
            {QStringLiteral("components"), spawnButtons(false)},
            {QStringLiteral("attachments"),
             QJsonArray {QJsonObject {{QStringLiteral("id"), 0},
                                      {QStringLiteral("filename"), QStringLiteral("ball.png")}}}}};
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart json;
        json.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArrayLiteral("form-data; name=\"payload_json\""));
        json.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        json.setBody(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArrayLiteral("form-data; name=\"files[0]\"; filename=\"ball.png\""));
        file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("image/png"));
        file.setBody(QByteArrayLiteral("\x89PNG\r\n\x1a\nscripted-bot-image"));
        multipart->append(json);
        multipart->append(file);
        QNetworkReply *reply = m_http.post(
            request(QStringLiteral("/channels/%1/messages").arg(channelId)), multipart);
        multipart->setParent(reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, channelId] {
            reply->deleteLater();
            m_spawnChannel = channelId;
            m_spawnMessage = QJsonDocument::fromJson(reply->readAll())
                                 .object()
                                 .value(QLatin1String("id"))
                                 .toString();
        });
    }

    static QJsonArray spawnButtons(bool disabled)
    {
        return QJsonArray {QJsonObject {
            {QStringLiteral("type"), 1},
            {QStringLiteral("components"),
             QJsonArray {QJsonObject {{QStringLiteral("type"), 2},
                                      {QStringLiteral("style"), 1},
                                      {QStringLiteral("custom_id"), QStringLiteral("catch")},
                                      {QStringLiteral("label"), QStringLiteral("Catch me!")},
                                      {QStringLiteral("disabled"), disabled}},
                         QJsonObject {{QStringLiteral("type"), 2},
                                      {QStringLiteral("style"), 2},
                                      {QStringLiteral("custom_id"), QStringLiteral("nope")},
                                      {QStringLiteral("label"), QStringLiteral("Nope")},
                                      {QStringLiteral("disabled"), true}}}}}};
    }

    void onInteraction(const QJsonObject &d)
    {
        const QString callback = QStringLiteral("/interactions/%1/%2/callback")
                                     .arg(d.value(QLatin1String("id")).toString(),
                                          d.value(QLatin1String("token")).toString());
        const QString webhook
            = QStringLiteral("/webhooks/%1/%2")
                  .arg(m_applicationId, d.value(QLatin1String("token")).toString());
        const QJsonObject data = d.value(QLatin1String("data")).toObject();
        const QString userId = d.value(QLatin1String("member"))
                                   .toObject()
                                   .value(QLatin1String("user"))
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toString();
        switch (d.value(QLatin1String("type")).toInt()) {
        case 2: {
            const QJsonArray options = data.value(QLatin1String("options")).toArray();
            QString content;
            if (data.value(QLatin1String("name")).toString() == QLatin1String("ping")) {
                content = QStringLiteral("Pong!");
                for (const QJsonValue &option : options)
                    content += u' ' + option.toObject().value(QLatin1String("value")).toString();
            } else {
                content
                    = QStringLiteral("<@%1> gave <@%2> %3 coins")
                          .arg(userId,
                               options.at(0).toObject().value(QLatin1String("value")).toString())
                          .arg(options.at(1).toObject().value(QLatin1String("value")).toInteger());
            }
            send("POST", callback,
                 QJsonObject {{QStringLiteral("type"), 4},
                              {QStringLiteral("data"),
                               QJsonObject {{QStringLiteral("content"), content},
                                            {QStringLiteral("flags"), 64}}}});
            break;
        }
        case 3: {
            const QJsonObject input {{QStringLiteral("type"), 4},
                                     {QStringLiteral("custom_id"), QStringLiteral("name")},
                                     {QStringLiteral("style"), 1},
                                     {QStringLiteral("required"), true}};
            send("POST", callback,
                 QJsonObject {
                     {QStringLiteral("type"), 9},
                     {QStringLiteral("data"),
                      QJsonObject {
                          {QStringLiteral("custom_id"), QStringLiteral("catch_modal")},
                          {QStringLiteral("title"), QStringLiteral("Catch this countryball!")},
                          {QStringLiteral("components"),
                           QJsonArray {
                               QJsonObject {{QStringLiteral("type"), 18},
                                            {QStringLiteral("label"), QStringLiteral("Name")},
                                            {QStringLiteral("component"), input}}}}}}});
            break;
        }
        case 5: {
            const QString name = data.value(QLatin1String("components"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QLatin1String("component"))
                                     .toObject()
                                     .value(QLatin1String("value"))
                                     .toString();
            const QJsonObject answer {{QStringLiteral("content"),
                                       QStringLiteral("<@%1> caught **%2**!").arg(userId, name)}};
            send("POST", callback, QJsonObject {{QStringLiteral("type"), 5}}, [=, this] {
                send("PATCH", webhook + QStringLiteral("/messages/@original"), answer, [this] {
                    send("PATCH",
                         QStringLiteral("/channels/%1/messages/%2")
                             .arg(m_spawnChannel, m_spawnMessage),
                         QJsonObject {{QStringLiteral("components"), spawnButtons(true)}});
                });
            });
            break;
        }
        default:
            ::_exit(3);
        }
    }

    QWebSocket m_socket;
    QNetworkAccessManager m_http;
    QString m_token;
    QString m_api;
    QString m_applicationId;
    QString m_spawnChannel;
    QString m_spawnMessage;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::signal(SIGTERM, [](int) { ::_exit(0); });
    ScriptedBot bot;
    return app.exec();
}
