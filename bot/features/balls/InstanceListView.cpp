// SPDX-License-Identifier: MIT
#include "features/balls/InstanceListView.h"

#include "interactions/ViewRegistry.h"

namespace ballsdex::bot::features {

using interactions::InteractionContext;
using interactions::Message;

InstanceListView::InstanceListView(std::unique_ptr<InstancePages> pages,
                                   interactions::Snowflake invoker, OptionFormatter formatter,
                                   PickHandler onPick, QString placeholder)
    : m_pages(std::move(pages))
    , m_model(m_pages->pageCount())
    , m_formatter(std::move(formatter))
    , m_onPick(std::move(onPick))
    , m_placeholder(std::move(placeholder))
{
    setAllowedUsers({invoker});
}

QCoro::Task<interactions::TransportResult>
InstanceListView::start(interactions::ViewRegistry &views, InteractionContext &context,
                        std::shared_ptr<InstanceListView> view)
{
    Message first = co_await view->m_pages->page(view->m_model.current());
    co_return co_await views.send(context, view, std::move(first));
}

QJsonArray InstanceListView::components() const
{
    QJsonArray rows;
    if (!m_pages->shown().isEmpty()) {
        interactions::StringSelect select;
        select.customId = customId(PickAction);
        select.placeholder = m_placeholder;
        for (const domain::BallInstance &instance : m_pages->shown())
            select.options.append(m_formatter(instance));
        rows.append(interactions::ActionRow::select(select).toJson());
    }
    QList<interactions::Button> buttonRows[2];
    for (const interactions::PagerButton &spec : m_model.buttons()) {
        interactions::Button button
            = interactions::Button::make(spec.style, customId(spec.action), spec.label);
        button.disabled = spec.disabled;
        buttonRows[spec.row].append(button);
    }
    for (const QList<interactions::Button> &row : buttonRows) {
        if (!row.isEmpty())
            rows.append(interactions::ActionRow::buttons(row).toJson());
    }
    return rows;
}

interactions::Modal InstanceListView::jumpModal() const
{
    interactions::TextInput input;
    input.customId = JumpField;
    input.label = QStringLiteral("Page");
    input.placeholder = QStringLiteral("1-%1").arg(m_model.pageCount());
    input.minLength = 1;
    input.maxLength = m_model.jumpMaxLength();
    return interactions::Modal {
        customId(QStringLiteral("jumpform")), QStringLiteral("Go to page"), {input}};
}

QCoro::Task<void> InstanceListView::showCurrent(InteractionContext &context)
{
    Message page = co_await m_pages->page(m_model.current());
    page.components(components());
    co_await context.updateMessage(std::move(page));
}

QCoro::Task<void> InstanceListView::onComponent(InteractionContext &context, QString action,
                                                QStringList)
{
    using interactions::PaginatorModel;
    if (action == PickAction) {
        const QStringList &values = context.interaction().values;
        const std::optional<domain::RowId> id
            = values.isEmpty() ? std::nullopt : domain::parseDisplayId(values.first());
        if (!id) {
            co_await context.deferUpdate();
            co_return;
        }
        co_await m_onPick(context, *id);
        co_return;
    }
    if (action == PaginatorModel::Jump) {
        co_await context.showModal(jumpModal());
        co_return;
    }
    if (action == PaginatorModel::Quit) {
        markFinished();
        stop();
        co_await context.updateMessage(
            Message().components(interactions::disabledComponents(components())));
        co_return;
    }
    m_model.apply(action);
    co_await showCurrent(context);
}

QCoro::Task<void> InstanceListView::onModal(InteractionContext &context, QString action,
                                            QStringList)
{
    if (action != QLatin1String("jumpform")) {
        co_await context.deferUpdate();
        co_return;
    }
    const auto page = m_model.parseJump(context.interaction().fieldValue(JumpField));
    if (!page) {
        co_await context.reply(Message(page.error()), interactions::Visibility::Ephemeral);
        co_return;
    }
    m_model.goTo(*page);
    co_await showCurrent(context);
}

} // namespace ballsdex::bot::features
