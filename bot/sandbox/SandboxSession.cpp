// SPDX-License-Identifier: MIT
// Start-up, readiness, the line queue, /wait and shutdown.
#include "SandboxSession.h"

#include "TerminalInput.h"
#include "fakediscord/gateway/FakeGateway.h"
#include "fakediscord/rest/FakeDiscordRest.h"

#include <QDir>
#include <QFileInfo>

namespace ballsdex::sandbox {

namespace {

const QString FakeToken = QStringLiteral("MTAwMDAwMDAwMDAwMDAwMDAx.sandbox.offline-fake-token");
constexpr int QuietMs = 300; ///< /wait: the bot has made no request for this long
constexpr int CommandGraceMs = 5000; ///< connected but no command sync after this: ready anyway
constexpr int PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);

} // namespace

SandboxSession::SandboxSession(SandboxOptions options, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_world(SandboxWorld::seeded())
    , m_rest(std::make_unique<fakediscord::FakeDiscordRest>())
    , m_gateway(std::make_unique<fakediscord::FakeGateway>())
{
    m_clock.start();
    m_user = m_world.users.first();
    m_channel = m_world.channels.first();
    m_waitTimer.setInterval(50);
    connect(&m_waitTimer, &QTimer::timeout, this, &SandboxSession::checkWait);
    m_readyTimer.setSingleShot(true);
    connect(&m_readyTimer, &QTimer::timeout, this, [this] {
        error(QStringLiteral("the bot did not connect within %1 s.")
                  .arg(m_options.readyTimeoutSeconds));
        const QStringList lines = m_bot.lastLines();
        if (!lines.isEmpty())
            print(QStringLiteral("Last lines of the bot's log:\n  ")
                  + lines.join(QStringLiteral("\n  ")));
        m_quitting = true;
        m_bot.stop(3000);
    });
    m_graceTimer.setSingleShot(true);
    m_graceTimer.setInterval(CommandGraceMs);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        if (!m_ready) {
            note(
                QStringLiteral("the bot has not registered slash commands since it started (it may "
                               "have skipped the sync: its commands looked unchanged)."));
            becomeReady();
        }
    });
    connect(&m_bot, &BotProcess::stopped, this, &SandboxSession::onBotStopped);
    connect(&m_bot, &BotProcess::lineLogged, this, [this](const QString &line) {
        if (m_options.verbose)
            print(styled("2", QStringLiteral("  bot| ") + line));
    });
}

SandboxSession::~SandboxSession() = default;

bool SandboxSession::start(const QProcessEnvironment &environment, const QString &applicationDir)
{
    m_scripted = m_options.scripted.value_or(!TerminalInput::isTerminal(0));
    m_colour = m_options.colour && !m_scripted && TerminalInput::isTerminal(1);
    if (!m_options.startAs.isEmpty()) {
        const SandboxUser *user = m_world.findUser(m_options.startAs);
        if (!user) {
            error(QStringLiteral("--as: no user \"%1\"").arg(m_options.startAs));
            return false;
        }
        m_user = *user;
    }
    if (!m_options.startIn.isEmpty()) {
        const SandboxChannel *channel = m_world.findChannel(m_options.startIn);
        if (!channel) {
            error(QStringLiteral("--in: no channel \"%1\"").arg(m_options.startIn));
            return false;
        }
        m_channel = *channel;
    }

    const QString bot = BotProcess::locate(m_options.botPath, applicationDir);
    if (bot.isEmpty()) {
        error(m_options.botPath.isEmpty()
                  ? QStringLiteral("cannot find ballsdex-bot next to the sandbox or on PATH; "
                                   "pass --bot PATH")
                  : QStringLiteral("--bot %1 is not an executable file").arg(m_options.botPath));
        return false;
    }
    m_filesDirectory = QFileInfo(m_options.filesDirectory).absoluteFilePath();
    if (!QDir().mkpath(m_filesDirectory)) {
        error(QStringLiteral("cannot create the files folder %1").arg(m_filesDirectory));
        return false;
    }
    const QString logPath = QFileInfo(m_options.logPath).absoluteFilePath();
    if (QString why; !m_bot.openLog(logPath, &why)) {
        error(QStringLiteral("cannot write the bot's log %1: %2").arg(logPath, why));
        return false;
    }

    setUpFakes();
    if (!m_rest->listen() || !m_gateway->listen()) {
        error(QStringLiteral("the fake Discord cannot listen on 127.0.0.1"));
        return false;
    }
    QJsonObject gatewayBot {{QStringLiteral("url"), m_gateway->url().toString()},
                            {QStringLiteral("shards"), 1},
                            {QStringLiteral("session_start_limit"),
                             QJsonObject {{QStringLiteral("total"), 1000},
                                          {QStringLiteral("remaining"), 1000},
                                          {QStringLiteral("reset_after"), 86'400'000},
                                          {QStringLiteral("max_concurrency"), 1}}}};
    m_rest->setGatewayBot(gatewayBot);

    QProcessEnvironment env = environment;
    env.insert(QStringLiteral("BALLSDEXBOT_TOKEN"), FakeToken);
    env.remove(QStringLiteral("BALLSDEXBOT_TOKEN_FILE"));
    env.insert(QStringLiteral("BALLSDEXBOT_DISCORD_API_URL"), m_rest->baseUrl().toString());
    env.insert(QStringLiteral("BALLSDEXBOT_DISCORD_GATEWAY_URL"), m_gateway->url().toString());
    env.insert(QStringLiteral("BALLSDEXBOT_SHARD_COUNT"), QStringLiteral("1"));
    env.insert(QStringLiteral("BALLSDEXBOT_SHARD_IDS"), QStringLiteral("[0]"));
    env.insert(QStringLiteral("BALLSDEXBOT_SYNC_COMMANDS_ON_START"), QStringLiteral("true"));
    // Spawns within a few messages instead of the original's ten-minute cycles, so a person
    // trying the game sees one quickly; the caller's environment can still override these.
    const auto setDefault = [&env](const QString &name, const QString &value) {
        if (!env.contains(name))
            env.insert(name, value);
    };
    setDefault(QStringLiteral("BALLSDEXBOT_SPAWN_CHANCE_RANGE"), QStringLiteral("[1, 2]"));
    setDefault(QStringLiteral("BALLSDEXBOT_SPAWN_MIN_CYCLE_SECONDS"), QStringLiteral("0"));
    setDefault(QStringLiteral("BALLSDEXBOT_SPAWN_MESSAGE_COOLDOWN_SECONDS"), QStringLiteral("0"));
    QStringList arguments;
    if (!m_options.configPath.isEmpty())
        arguments << QStringLiteral("--config") << m_options.configPath;
    arguments += m_options.botArguments;

    note(QStringLiteral("fake Discord: REST %1, gateway %2")
             .arg(m_rest->baseUrl().toString(), m_gateway->url().toString()));
    note(QStringLiteral("starting %1 (log: %2)").arg(bot, logPath));
    note(QStringLiteral("files the bot sends are saved in %1").arg(m_filesDirectory));
    m_bot.start(bot, arguments, env);
    m_readyTimer.start(m_options.readyTimeoutSeconds * 1000);
    return true;
}

void SandboxSession::setUpFakes()
{
    m_rest->setBotToken(FakeToken);
    m_rest->setApplication(QJsonObject {{QStringLiteral("id"), m_world.applicationId},
                                        {QStringLiteral("name"), m_world.botName},
                                        {QStringLiteral("description"), QString()},
                                        {QStringLiteral("bot_public"), true},
                                        {QStringLiteral("bot_require_code_grant"), false},
                                        {QStringLiteral("flags"), 0},
                                        {QStringLiteral("bot"), m_world.botUserJson()}});
    m_rest->addGuild(m_world.guildJson());
    for (const SandboxChannel &channel : std::as_const(m_world.channels))
        m_rest->addChannel(channel.id, m_world.guildId, 0);
    for (const SandboxUser &user : std::as_const(m_world.users)) {
        m_rest->addUser(m_world.userJson(user));
        m_rest->addGuildMember(m_world.guildId, m_world.memberJson(user, true));
    }
    m_gateway->setToken(FakeToken);
    m_gateway->setPrivilegedIntentsAllowed(PrivilegedIntents);
    m_gateway->setHeartbeatIntervalMs(41'250);
    m_gateway->setGuilds({m_world.guildId.toLongLong()});
    m_gateway->setAutoReady(false);
    m_gateway->setAutoGuildCreate(false);
    connect(m_gateway.get(), &fakediscord::FakeGateway::clientConnected, this, [this](int index) {
        if (m_options.verbose)
            note(QStringLiteral("gateway: the bot opened connection %1 (%2)")
                     .arg(index)
                     .arg(m_gateway->connection(index).query));
    });
    connect(m_gateway.get(), &fakediscord::FakeGateway::payloadReceived, this,
            [this](int index, int op) {
                if (m_options.verbose && op != 1)
                    note(QStringLiteral("gateway: op %1 from the bot on connection %2")
                             .arg(op)
                             .arg(index));
            });
    connect(m_gateway.get(), &fakediscord::FakeGateway::sessionIdentified, this,
            [this](int, int shard, const QString &) { onIdentified(shard); });
    connect(m_gateway.get(), &fakediscord::FakeGateway::sessionResumed, this,
            [this](int, int shard, int replayed) {
                note(QStringLiteral(
                         "the bot resumed its gateway session (shard %1, %2 events replayed)")
                         .arg(shard)
                         .arg(replayed));
            });
    connect(m_gateway.get(), &fakediscord::FakeGateway::clientDisconnected, this,
            [this](int, int code) {
                if (!m_quitting)
                    note(QStringLiteral("the bot's gateway connection closed (code %1)").arg(code));
            });
    connect(m_rest.get(), &fakediscord::FakeDiscordRest::requestRecorded, this,
            &SandboxSession::onRequest);
    connect(m_rest.get(), &fakediscord::FakeDiscordRest::messageCreated, this,
            &SandboxSession::onMessageCreated);
}

void SandboxSession::onIdentified(int shard)
{
    m_gateway->sendReady(shard);
    m_gateway->sendGuildDispatch(QStringLiteral("GUILD_CREATE"), [this] {
        QJsonObject d = m_world.guildCreatePayload();
        d.insert(QStringLiteral("guild_id"), m_world.guildId); // routing only
        return d;
    }());
    note(QStringLiteral("the bot connected to the fake gateway (IDENTIFY, shard %1/1); sent READY "
                        "and GUILD_CREATE for \"%2\"")
             .arg(shard)
             .arg(m_world.guildName));
    m_identified = true;
    checkReady();
}

void SandboxSession::checkReady()
{
    if (m_ready || !m_identified)
        return;
    if (m_commandsSynced)
        becomeReady();
    else if (!m_graceTimer.isActive())
        m_graceTimer.start();
}

void SandboxSession::becomeReady()
{
    if (m_ready)
        return;
    m_ready = true;
    m_readyTimer.stop();
    m_graceTimer.stop();
    note(QStringLiteral("ready. You are %1 in #%2 of \"%3\". Type `help` for the commands.")
             .arg(m_user.name, m_channel.name, m_world.guildName));
    processQueue();
    prompt();
}

void SandboxSession::onBotStopped()
{
    if (m_quitting && m_bot.stopRequested()) {
        note(QStringLiteral("the bot %1.").arg(m_bot.exitDescription()));
        finish(m_ready ? SandboxExitOk : SandboxExitBotFailed);
        return;
    }
    error(QStringLiteral("the bot %1%2.")
              .arg(m_bot.exitDescription(),
                   m_identified ? QString() : QStringLiteral(" before it connected to Discord")));
    const QStringList lines = m_bot.lastLines();
    if (!lines.isEmpty() && !m_options.verbose)
        print(QStringLiteral("Last lines of the bot's log:\n  ")
              + lines.join(QStringLiteral("\n  ")));
    finish(SandboxExitBotFailed);
}

void SandboxSession::quit()
{
    if (m_quitting)
        return;
    if (!m_waiting && !pendingDescriptions().isEmpty()) {
        // Let the bot finish answering what was already sent, as /wait would.
        m_quitAfterWait = true;
        startWait(m_options.waitTimeoutSeconds * 1000);
        return;
    }
    m_quitting = true;
    m_waitTimer.stop();
    note(QStringLiteral("stopping the bot..."));
    m_bot.stop();
}

void SandboxSession::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_waitTimer.stop();
    m_readyTimer.stop();
    m_graceTimer.stop();
    m_out.flush();
    Q_EMIT finished(exitCode);
}

void SandboxSession::enqueue(const QString &line)
{
    m_promptShown = false; // the person's Enter ended the prompt line
    m_queue.append(line);
    if (!m_ready && m_queue.size() == 1 && !m_scripted)
        note(QStringLiteral(
            "(the bot is still starting; your input will run once it is connected)"));
    processQueue();
}

void SandboxSession::endOfInput()
{
    m_inputEnded = true;
    processQueue();
}

void SandboxSession::processQueue()
{
    if (!m_ready || m_quitting)
        return;
    bool ran = false;
    while (!m_waiting && !m_quitting && !m_queue.isEmpty()) {
        const QString line = m_queue.takeFirst();
        if (m_scripted && !isBlankOrComment(line))
            print(QStringLiteral("> ") + line);
        execute(line);
        ran = true;
    }
    if (!m_waiting && !m_quitting && m_queue.isEmpty() && m_inputEnded)
        quit();
    else if (ran && !m_waiting)
        prompt();
}

void SandboxSession::startWait(int timeoutMs, const QString &text)
{
    m_waitForText = text;
    m_waiting = true;
    m_waitDeadlineMs = m_clock.elapsed() + timeoutMs;
    m_waitTimer.start();
}

QStringList SandboxSession::pendingDescriptions() const
{
    QStringList pending;
    for (const SentInteraction &sent : m_interactions) {
        if (!sent.completed)
            pending.append(sent.label);
    }
    return pending;
}

void SandboxSession::checkWait()
{
    if (!m_waiting)
        return;
    const qint64 now = m_clock.elapsed();
    const bool quiet = now - m_lastBotActivityMs >= QuietMs && now - m_lastActionMs >= QuietMs;
    const QStringList pending = pendingDescriptions();
    if (!m_waitForText.isEmpty()) {
        if (m_shownSinceAction.contains(m_waitForText)) {
            m_waiting = false;
        } else if (now >= m_waitDeadlineMs) {
            m_waiting = false;
            error(QStringLiteral("/wait-for timed out: no bot message with \"%1\"")
                      .arg(m_waitForText));
        }
    } else if (pending.isEmpty() && quiet) {
        m_waiting = false;
    } else if (now >= m_waitDeadlineMs) {
        m_waiting = false;
        if (!pending.isEmpty()) {
            error(QStringLiteral("/wait timed out: the bot has not finished answering %1")
                      .arg(pending.join(QStringLiteral(", "))));
            for (SentInteraction &sent : m_interactions)
                sent.completed = true;
        } else {
            note(QStringLiteral("/wait timed out: the bot is still busy"));
        }
    }
    if (!m_waiting) {
        m_waitForText.clear();
        m_waitTimer.stop();
        if (m_quitAfterWait)
            quit();
        else
            processQueue();
    }
}

void SandboxSession::actionSent()
{
    m_lastActionMs = m_clock.elapsed();
    m_shownSinceAction.clear();
}

void SandboxSession::prompt()
{
    if (m_scripted || m_quitting || !m_queue.isEmpty())
        return;
    if (m_promptShown)
        return;
    m_out << styled("1", QStringLiteral("%1 in #%2> ").arg(m_user.name, m_channel.name));
    m_out.flush();
    m_promptShown = true;
}

void SandboxSession::note(const QString &text)
{
    print(styled("33", QStringLiteral("[sandbox] ") + text));
}

void SandboxSession::error(const QString &text)
{
    print(styled("31", QStringLiteral("[sandbox] error: ") + text));
}

void SandboxSession::print(const QString &text)
{
    if (m_promptShown) {
        m_out << '\n';
        m_promptShown = false;
    }
    m_out << text << '\n';
    m_out.flush();
    // Output that arrives while the person is at the prompt gets a fresh prompt after it.
    if (m_ready && !m_scripted && !m_repromptQueued) {
        m_repromptQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_repromptQueued = false;
            if (!m_waiting && m_queue.isEmpty())
                prompt();
        });
    }
}

QString SandboxSession::styled(const char *code, const QString &text) const
{
    if (!m_colour)
        return text;
    return QStringLiteral("\x1b[") + QLatin1String(code) + u'm' + text + QStringLiteral("\x1b[0m");
}

} // namespace ballsdex::sandbox
