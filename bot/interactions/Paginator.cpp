// SPDX-License-Identifier: MIT
#include "Paginator.h"

#include "ViewRegistry.h"

namespace ballsdex::interactions {

Paginator::Paginator(std::unique_ptr<PageSource> source, Snowflake invoker,
                     PaginatorOptions options)
    : View(options.timeout)
    , m_source(std::move(source))
    , m_model(m_source->pageCount(), options.compact)
{
    QSet<Snowflake> allowed {invoker};
    if (options.alsoAllowed) {
        allowed.insert(*options.alsoAllowed);
    }
    setAllowedUsers(std::move(allowed));
}

QCoro::Task<TransportResult> Paginator::start(ViewRegistry &views, InteractionContext &context,
                                              std::shared_ptr<Paginator> paginator,
                                              Visibility visibility)
{
    Message first = co_await paginator->m_source->page(paginator->m_model.current());
    co_return co_await views.send(context, paginator, std::move(first), visibility);
}

QJsonArray Paginator::components() const
{
    QList<Button> rows[2];
    for (const PagerButton &spec : m_model.buttons()) {
        Button button = Button::make(spec.style, customId(spec.action), spec.label);
        button.disabled = spec.disabled;
        rows[spec.row].append(button);
    }
    QJsonArray json;
    for (const QList<Button> &row : rows) {
        if (!row.isEmpty()) {
            json.append(ActionRow::buttons(row).toJson());
        }
    }
    return json;
}

Modal Paginator::jumpModal() const
{
    TextInput input;
    input.customId = JumpFieldId;
    input.label = QStringLiteral("Page");
    input.placeholder = QStringLiteral("1-%1").arg(m_model.pageCount());
    input.minLength = 1;
    input.maxLength = m_model.jumpMaxLength();
    return Modal {customId(QStringLiteral("jumpform")), QStringLiteral("Go to page"), {input}};
}

QCoro::Task<void> Paginator::showCurrent(InteractionContext &context)
{
    Message page = co_await m_source->page(m_model.current());
    page.components(components());
    co_await context.updateMessage(std::move(page));
}

QCoro::Task<void> Paginator::onComponent(InteractionContext &context, QString action, QStringList)
{
    if (action == PaginatorModel::Jump) {
        co_await context.showModal(jumpModal());
        co_return;
    }
    if (action == PaginatorModel::Quit) {
        markFinished();
        stop();
        co_await context.updateMessage(Message().components(disabledComponents(components())));
        co_return;
    }
    m_model.apply(action);
    co_await showCurrent(context);
}

QCoro::Task<void> Paginator::onModal(InteractionContext &context, QString action, QStringList)
{
    if (action != QLatin1String("jumpform")) {
        co_await context.deferUpdate();
        co_return;
    }
    const auto page = m_model.parseJump(context.interaction().fieldValue(JumpFieldId));
    if (!page) {
        co_await context.reply(Message(page.error()), Visibility::Ephemeral);
        co_return;
    }
    m_model.goTo(*page);
    co_await showCurrent(context);
}

} // namespace ballsdex::interactions
