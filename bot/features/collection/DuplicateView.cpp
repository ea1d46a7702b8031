// SPDX-License-Identifier: MIT
#include "features/collection/DuplicateView.h"

#include "features/collection/CollectionFormat.h"
#include "features/common/StorageReplies.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {
namespace {

using interactions::Message;
using interactions::Visibility;

int pagesFor(qsizetype entries)
{
    const auto pages
        = (entries + DuplicateView::OptionsPerPage - 1) / DuplicateView::OptionsPerPage;
    return std::max(1, static_cast<int>(pages));
}

} // namespace

DuplicateView::DuplicateView(CollectionHandle services, domain::RowId playerId,
                             storage::DuplicateGrouping grouping, QList<DuplicateEntry> entries,
                             domain::Snowflake invoker)
    : m_services(std::move(services))
    , m_playerId(playerId)
    , m_grouping(grouping)
    , m_entries(std::move(entries))
    , m_model(pagesFor(m_entries.size()), true)
{
    setAllowedUsers({invoker});
}

QJsonArray DuplicateView::components() const
{
    interactions::StringSelect select;
    select.customId = customId(PickAction);
    select.placeholder = QStringLiteral("Select an entry to see how many you have");
    for (const DuplicateEntry &entry :
         m_entries.mid(qsizetype(m_model.current()) * OptionsPerPage, OptionsPerPage)) {
        interactions::SelectOption option;
        option.label = entry.name;
        option.value = QString::number(entry.id);
        option.description = QStringLiteral("Count: %1").arg(collection::thousands(entry.count));
        option.emoji = entry.emoji;
        select.options.append(std::move(option));
    }
    QList<interactions::Button> buttons;
    for (const interactions::PagerButton &spec : m_model.buttons()) {
        interactions::Button button
            = interactions::Button::make(spec.style, customId(spec.action), spec.label);
        button.disabled = spec.disabled;
        buttons.append(button);
    }
    QJsonArray rows {interactions::ActionRow::select(select).toJson()};
    if (!buttons.isEmpty())
        rows.append(interactions::ActionRow::buttons(buttons).toJson());
    return rows;
}

QCoro::Task<void> DuplicateView::onComponent(interactions::InteractionContext &context,
                                             QString action, QStringList)
{
    if (action == PickAction) {
        co_await recount(context);
        co_return;
    }
    if (action == interactions::PaginatorModel::Quit) {
        markFinished();
        stop();
        co_await context.updateMessage(
            Message().components(interactions::disabledComponents(components())));
        co_return;
    }
    m_model.apply(action);
    co_await context.updateMessage(Message().components(components()));
}

QCoro::Task<void> DuplicateView::recount(interactions::InteractionContext &context)
{
    const QStringList &values = context.interaction().values;
    bool ok = false;
    const domain::RowId id = values.isEmpty() ? 0 : values.first().toLongLong(&ok);
    const auto entry = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [id](const DuplicateEntry &e) { return e.id == id; });
    if (!ok || entry == m_entries.cend()) {
        co_await context.reply(Message(QStringLiteral("This entry is no longer available.")),
                               Visibility::Ephemeral);
        co_return;
    }
    const QString name = entry->name;
    storage::CollectionStats stats(m_services->database);
    auto future = stats.count(m_playerId, m_grouping, id);
    const auto count = co_await future;
    if (!count) {
        co_await apologise(context, count.error());
        co_return;
    }
    const CollectionWording &wording = m_services->wording;
    const QString noun = *count == 1 ? wording.collectibleName : wording.collectiblesName;
    co_await context.reply(
        Message(
            QStringLiteral("You have %1 %2 %3.").arg(collection::thousands(*count), name, noun)),
        Visibility::Ephemeral);
}

} // namespace ballsdex::bot::features
