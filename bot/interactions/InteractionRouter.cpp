// SPDX-License-Identifier: MIT
#include "InteractionRouter.h"

#include "InteractionParser.h"
#include "InteractionsLogging.h"

#include <exception>

namespace ballsdex::interactions {

InteractionRouter::InteractionRouter(const CommandTree &tree, InteractionTransport &transport,
                                     Scheduler &scheduler, const util::Clock &clock,
                                     RouterOptions options, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_transport(transport)
    , m_scheduler(scheduler)
    , m_clock(clock)
    , m_options(options)
    , m_cooldowns(clock)
{
}

InteractionRouter::~InteractionRouter()
{
    for (const Scheduler::TimerId id : std::as_const(m_pendingTimers)) {
        m_scheduler.cancel(id);
    }
}

void InteractionRouter::setGate(InteractionGate gate)
{
    m_gate = std::move(gate);
}

bool InteractionRouter::addComponentHandler(const QString &prefix, ComponentHandler handler)
{
    if (prefix.isEmpty() || m_componentHandlers.contains(prefix)) {
        return false;
    }
    m_componentHandlers.insert(prefix, std::move(handler));
    return true;
}

bool InteractionRouter::addModalHandler(const QString &prefix, ComponentHandler handler)
{
    if (prefix.isEmpty() || m_modalHandlers.contains(prefix)) {
        return false;
    }
    m_modalHandlers.insert(prefix, std::move(handler));
    return true;
}

void InteractionRouter::handle(const QJsonObject &payload)
{
    // Fire and forget: the coroutine frame frees itself when it completes.
    track(payload);
}

QCoro::Task<void> InteractionRouter::track(QJsonObject payload)
{
    ++m_inFlight;
    co_await dispatch(std::move(payload));
    if (--m_inFlight == 0)
        Q_EMIT drained();
}

QCoro::Task<void> InteractionRouter::dispatch(QJsonObject payload)
{
    auto parsed = parseInteraction(payload);
    if (!parsed) {
        qCWarning(lcInteractions).noquote()
            << "unusable interaction dropped:" << parsed.error().detail;
        Q_EMIT interactionDropped(parsed.error().detail);
        co_return;
    }
    if (parsed->type == InteractionType::Ping) {
        co_return;
    }
    if (m_options.dropOlderThan.count() > 0) {
        const qint64 age = parsed->createdAt().msecsTo(m_clock.now());
        if (age >= m_options.dropOlderThan.count()) {
            qCWarning(lcInteractions)
                << "interaction" << parsed->id << "arrived" << age << "ms after creation; dropped";
            Q_EMIT interactionDropped(QStringLiteral("too old"));
            co_return;
        }
    }
    auto context = std::make_shared<InteractionContext>(std::move(*parsed), m_transport);
    QString unexpected;
    try {
        co_await route(context);
    } catch (const std::exception &error) {
        unexpected = QString::fromUtf8(error.what());
    } catch (...) {
        unexpected = QStringLiteral("unknown exception");
    }
    if (!unexpected.isEmpty()) {
        qCCritical(lcInteractions).noquote()
            << "framework failure on" << context->describe() << ":" << unexpected;
    }
}

QCoro::Task<void> InteractionRouter::route(std::shared_ptr<InteractionContext> context)
{
    const Interaction &interaction = context->interaction();
    const GateDecision decision = m_gate ? m_gate(interaction) : GateDecision::allow();
    if (decision.action == GateDecision::Action::Drop) {
        Q_EMIT interactionDropped(QStringLiteral("gate"));
        co_return;
    }
    if (decision.action == GateDecision::Action::Refuse) {
        if (interaction.type == InteractionType::Autocomplete) {
            co_await context->autocomplete({});
        } else {
            co_await context->reply(Message(decision.message), Visibility::Ephemeral);
        }
        co_return;
    }
    if (interaction.dataError) {
        qCWarning(lcInteractions).noquote() << "unreadable data in" << context->describe() << ":"
                                            << interaction.dataError->toString();
        if (interaction.type == InteractionType::Autocomplete) {
            co_await context->autocomplete({});
        } else {
            co_await context->reply(Message(BadArgumentsMessage), Visibility::Ephemeral);
        }
        co_return;
    }
    switch (interaction.type) {
    case InteractionType::ApplicationCommand:
        co_await runCommand(context);
        break;
    case InteractionType::Autocomplete:
        co_await runAutocomplete(context);
        break;
    case InteractionType::MessageComponent:
    case InteractionType::ModalSubmit:
        co_await runComponent(context);
        break;
    case InteractionType::Ping:
        break;
    }
}

std::optional<QString> InteractionRouter::checkArguments(const CommandSpec &leaf,
                                                         const ParsedOptions &options) const
{
    for (const OptionValue &value : options.options) {
        const OptionSpec *spec = leaf.findOption(value.name);
        if (!spec) {
            return QStringLiteral("unknown option '%1'").arg(value.name);
        }
        if (!spec->accepts(value)) {
            return QStringLiteral("option '%1' does not fit its declaration").arg(value.name);
        }
    }
    for (const OptionSpec &spec : leaf.options()) {
        if (spec.isRequired() && !options.has(spec.name())) {
            return QStringLiteral("required option '%1' is missing").arg(spec.name());
        }
    }
    return std::nullopt;
}

QCoro::Task<void> InteractionRouter::runCommand(std::shared_ptr<InteractionContext> context)
{
    const Interaction &interaction = context->interaction();
    const CommandSpec *leaf = m_tree.leaf(interaction.options.path);
    if (!leaf) {
        qCWarning(lcInteractions).noquote() << "unknown" << context->describe();
        co_await context->reply(Message(UnknownCommandMessage), Visibility::Ephemeral);
        co_return;
    }
    if (const auto problem = checkArguments(*leaf, interaction.options)) {
        qCWarning(lcInteractions).noquote()
            << "bad arguments in" << context->describe() << ":" << *problem;
        co_await context->reply(Message(BadArgumentsMessage), Visibility::Ephemeral);
        co_return;
    }
    if (const auto refusal = permissionRefusal(*leaf, interaction)) {
        co_await context->reply(Message(*refusal), Visibility::Ephemeral);
        co_return;
    }
    context->setCommand(leaf);
    context->setDeferVisibility(leaf->visibility());
    if (const auto window = leaf->cooldownWindow()) {
        if (const auto retryAt
            = m_cooldowns.tryUse(interaction.commandPath(), context->userId(), *window)) {
            co_await context->reply(Message(CooldownTracker::message(*retryAt)),
                                    Visibility::Ephemeral);
            co_return;
        }
    }
    if (leaf->defersImmediately()) {
        co_await context->defer(leaf->visibility());
    }
    co_await runHandler(context, leaf->commandHandler());
}

std::optional<QString> InteractionRouter::permissionRefusal(const CommandSpec &leaf,
                                                            const Interaction &interaction)
{
    const auto listed = [](quint64 bits) {
        return permission::names(bits).join(QStringLiteral(", "));
    };
    // Without app_permissions (older payloads) nothing is known; Discord will answer with a 403.
    if (leaf.botPermissions() != 0 && interaction.appPermissions) {
        if (const quint64 lacking
            = permission::missing(leaf.botPermissions(), *interaction.appPermissions)) {
            return QStringLiteral("The bot is missing the permissions: `%1`. Give the bot those "
                                  "permissions in this channel and try again.")
                .arg(listed(lacking));
        }
    }
    if (leaf.userPermissions() != 0) {
        const quint64 lacking = permission::missing(leaf.userPermissions(),
                                                    interaction.memberPermissions.value_or(0));
        if (lacking != 0)
            return QStringLiteral("You are missing the following permissions: `%1`.")
                .arg(listed(lacking));
    }
    return std::nullopt;
}

QCoro::Task<void> InteractionRouter::runAutocomplete(std::shared_ptr<InteractionContext> context)
{
    const Interaction &interaction = context->interaction();
    const CommandSpec *leaf = m_tree.leaf(interaction.options.path);
    const QString focused = interaction.options.focused.value_or(QString());
    const OptionSpec *option = leaf ? leaf->findOption(focused) : nullptr;
    if (!option || !option->hasAutocomplete()) {
        qCWarning(lcInteractions).noquote()
            << "no autocomplete for option" << focused << "in" << context->describe();
        co_await context->autocomplete({});
        co_return;
    }
    context->setCommand(leaf);
    QString text;
    if (const OptionValue *value = interaction.options.find(focused)) {
        if (std::holds_alternative<QString>(value->value)) {
            text = std::get<QString>(value->value);
        } else if (std::holds_alternative<qint64>(value->value)) {
            text = QString::number(std::get<qint64>(value->value));
        } else if (std::holds_alternative<double>(value->value)) {
            text = QString::number(std::get<double>(value->value));
        }
    }
    QList<Choice> choices;
    QString failure;
    try {
        choices = co_await option->autocompleteHandler()(*context, text);
    } catch (const std::exception &error) {
        failure = QString::fromUtf8(error.what());
    } catch (...) {
        failure = QStringLiteral("unknown exception");
    }
    if (!failure.isEmpty()) {
        const QString errorId = co_await context->fail(failure);
        Q_EMIT handlerFailed(errorId);
        co_return;
    }
    co_await context->autocomplete(std::move(choices));
}

QCoro::Task<void> InteractionRouter::runComponent(std::shared_ptr<InteractionContext> context)
{
    const Interaction &interaction = context->interaction();
    const auto customId = CustomId::decode(interaction.customId);
    const auto &handlers
        = interaction.type == InteractionType::ModalSubmit ? m_modalHandlers : m_componentHandlers;
    const auto it = customId ? handlers.constFind(customId->prefix) : handlers.constEnd();
    if (it == handlers.constEnd()) {
        qCWarning(lcInteractions).noquote() << "no handler for" << context->describe();
        co_await context->reply(Message(ExpiredComponentMessage), Visibility::Ephemeral);
        co_return;
    }
    context->setDeferVisibility(Visibility::Ephemeral);
    ComponentHandler handler = *it;
    CustomId id = *customId;
    // A named std::function: GCC 12 destroys the captures of a lambda converted inside a
    // co_await expression twice.
    Invoke invoke = [handler, id](InteractionContext &ctx) {
        return handler(ctx, id);
    };
    co_await runHandler(context, std::move(invoke));
}

QCoro::Task<void> InteractionRouter::runHandler(std::shared_ptr<InteractionContext> context,
                                                Invoke invoke)
{
    const qint64 elapsed = context->interaction().createdAt().msecsTo(m_clock.now());
    const qint64 budget = m_options.deferAfter.count()
        - std::clamp<qint64>(m_options.dropOlderThan.count() > 0 ? elapsed : 0, 0,
                             m_options.deferAfter.count());
    std::weak_ptr<InteractionContext> weak = context;
    const Scheduler::TimerId timer
        = m_scheduler.schedule(std::chrono::milliseconds(budget), [this, weak] {
              if (auto alive = weak.lock()) {
                  if (alive->state() == ResponseState::None) {
                      qCDebug(lcInteractions).noquote()
                          << "deadline: deferring" << alive->describe();
                      autoDefer(alive);
                  }
              }
          });
    m_pendingTimers.append(timer);

    QString failure;
    try {
        co_await invoke(*context);
    } catch (const std::exception &error) {
        failure = QString::fromUtf8(error.what());
    } catch (...) {
        failure = QStringLiteral("unknown exception");
    }
    m_scheduler.cancel(timer);
    m_pendingTimers.removeOne(timer);
    if (!failure.isEmpty()) {
        const QString errorId = co_await context->fail(failure);
        Q_EMIT handlerFailed(errorId);
        co_return;
    }
    co_await context->finish();
}

QCoro::Task<void> InteractionRouter::autoDefer(std::shared_ptr<InteractionContext> context)
{
    co_await context->ensureAcknowledged();
}

} // namespace ballsdex::interactions
