// SPDX-License-Identifier: MIT
#pragma once

#include "BotProcess.h"
#include "MessageText.h"
#include "SandboxOptions.h"
#include "SandboxWorld.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <optional>

namespace ballsdex::fakediscord {
class FakeDiscordRest;
class FakeGateway;
struct HttpRequest;
} // namespace ballsdex::fakediscord

namespace ballsdex::sandbox {

/// Empty lines and `# comments` of a script or the terminal do nothing.
[[nodiscard]] bool isBlankOrComment(const QString &line);

/// One offline session: the fake Discord (REST + gateway) seeded with the sandbox world, the real
/// bot as a child process, and the terminal commands a person (or a script) types. Lines are
/// queued and run in order; /wait and the start-up (until the bot is connected) hold the queue.
class SandboxSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxSession)

public:
    SandboxSession(SandboxOptions options, QTextStream &out, QObject *parent = nullptr);
    ~SandboxSession() override;

    /// Starts the fakes and the bot. False (after printing why) when that is impossible;
    /// finished() is not emitted then.
    bool start(const QProcessEnvironment &environment, const QString &applicationDir);
    void enqueue(const QString &line);
    /// No more lines will come: quit once the queue has run.
    void endOfInput();

    [[nodiscard]] const SandboxWorld &world() const { return m_world; }
    [[nodiscard]] bool isReady() const { return m_ready; }

Q_SIGNALS:
    /// The session is over (the bot has stopped); the process should exit with `exitCode`.
    void finished(int exitCode);

private:
    struct SentInteraction
    {
        QString id;
        QString token;
        int type = 2;
        QString userId;
        QString channelId;
        QString sourceMessageId;
        QString label; ///< "/ping", "click [1] Catch me!", "modal \"Catch\""
        int callbackType = 0;
        bool completed = false;
        QSet<QString> shownFollowups;
    };
    struct ModalState
    {
        ModalForm form;
        QString channelId;
        QString sourceMessageId; ///< set when the modal came from a component
    };

    // start-up and lifecycle (SandboxSession.cpp)
    void setUpFakes();
    void onIdentified(int shard);
    void checkReady();
    void becomeReady();
    void onBotStopped();
    void quit();
    void finish(int exitCode);
    void processQueue();
    void startWait(int timeoutMs, const QString &text = {});
    void checkWait();
    void actionSent();
    [[nodiscard]] QStringList pendingDescriptions() const;
    void prompt();

    // terminal commands (SandboxCommands.cpp)
    void execute(const QString &line);
    void sendMessage(const QString &text);
    void runSlash(const QStringList &words);
    void click(const QStringList &words);
    void select(const QStringList &words);
    void fill(const QString &key, const QString &value);
    void submitModal();
    void switchUser(const QString &name);
    void switchChannel(const QString &name);
    void showHelp();
    void dispatchInteraction(int type, const QJsonObject &data, const QString &channelId,
                             const QJsonObject &sourceMessage, const QString &label);
    [[nodiscard]] QJsonArray registeredCommands() const;
    [[nodiscard]] std::optional<QJsonObject> focusMessage() const;

    // the bot's output (BotOutput.cpp)
    void onRequest(const fakediscord::HttpRequest &request);
    void onMessageCreated(const QJsonObject &message);
    void onCallback(const QString &interactionId);
    void onWebhook(const fakediscord::HttpRequest &request);
    void onCommandsSynced(const QString &guildId);
    void showMessage(const QString &what, const QJsonObject &message);
    QHash<QString, QString> saveAttachments(const QJsonObject &message);
    SentInteraction *interactionByToken(const QString &token);

    // output
    void note(const QString &text); ///< a sandbox message
    void error(const QString &text);
    void print(const QString &text);
    [[nodiscard]] QString styled(const char *code, const QString &text) const;

    SandboxOptions m_options;
    QTextStream &m_out;
    SandboxWorld m_world;
    std::unique_ptr<fakediscord::FakeDiscordRest> m_rest;
    std::unique_ptr<fakediscord::FakeGateway> m_gateway;
    BotProcess m_bot;
    QString m_filesDirectory;

    SandboxUser m_user;
    SandboxChannel m_channel;
    QHash<QString, SentInteraction> m_interactions;
    QHash<QString, QString> m_interactionIdByToken;
    QHash<QString, QString> m_savedAttachments; ///< attachment id → local path
    QString m_focusMessageId; ///< the last bot message with buttons or selects
    std::optional<ModalState> m_modal;

    QStringList m_queue;
    bool m_inputEnded = false;
    bool m_identified = false;
    bool m_commandsSynced = false;
    bool m_ready = false;
    bool m_quitting = false;
    bool m_quitAfterWait = false;
    bool m_promptShown = false;
    bool m_repromptQueued = false;
    bool m_finished = false;
    bool m_waiting = false;
    bool m_scripted = false;
    bool m_colour = false;
    qint64 m_waitDeadlineMs = 0;
    QString m_waitForText; ///< /wait-for: the text a bot message must contain
    QString m_shownSinceAction; ///< bot messages shown since the last message or interaction
    QElapsedTimer m_clock;
    qint64 m_lastBotActivityMs = 0;
    qint64 m_lastActionMs = 0;
    QTimer m_waitTimer;
    QTimer m_readyTimer;
    QTimer m_graceTimer;
};

} // namespace ballsdex::sandbox
