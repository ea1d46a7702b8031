// SPDX-License-Identifier: MIT
#include "features/common/CatalogueOptions.h"

#include "interactions/TextLimits.h"
#include "services/CatalogueCache.h"

namespace ballsdex::bot::features {
namespace {

using interactions::Choice;
using interactions::InteractionContext;
using interactions::Message;
using interactions::Visibility;

Choice choice(const QString &name, domain::RowId id)
{
    return Choice {
        interactions::truncated(name, interactions::limits::ChoiceName), QString::number(id), {}};
}

QCoro::Task<QList<Choice>> ballChoices(const services::CatalogueCache *catalogue, QString text)
{
    const QString needle = text.trimmed();
    QList<Choice> choices;
    for (const domain::Ball &ball : catalogue->snapshot()->enabledBalls) {
        if (!ball.country.contains(needle, Qt::CaseInsensitive))
            continue;
        choices.append(choice(ball.country, ball.id));
        if (choices.size() == interactions::limits::Choices)
            break;
    }
    co_return choices;
}

QCoro::Task<QList<Choice>> specialChoices(const services::CatalogueCache *catalogue, QString text)
{
    const QString needle = text.trimmed();
    QList<Choice> choices;
    for (const domain::Special &special : catalogue->snapshot()->data.specials) {
        if (special.hidden || !special.name.contains(needle, Qt::CaseInsensitive))
            continue;
        choices.append(choice(special.name, special.id));
        if (choices.size() == interactions::limits::Choices)
            break;
    }
    co_return choices;
}

/// The decimal id autocomplete sends; nullopt for anything else (typed names).
std::optional<domain::RowId> decimalId(const QString &text)
{
    if (text.isEmpty() || text.size() > 19)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    bool ok = false;
    const qlonglong id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<domain::RowId>(id) : std::nullopt;
}

QString notFound(const QString &thing)
{
    return QStringLiteral(
               "The %1 could not be found. Make sure to use the autocomplete function on this "
               "command.")
        .arg(thing);
}

template<typename T> QCoro::Task<OptionalPick<T>> refuse(InteractionContext &context, QString text)
{
    co_await context.reply(Message(std::move(text)), Visibility::Ephemeral);
    co_return OptionalPick<T> {true, std::nullopt};
}

} // namespace

interactions::AutocompleteHandler enabledBallAutocomplete(const services::CatalogueCache &catalogue)
{
    const services::CatalogueCache *cache = &catalogue;
    return [cache](InteractionContext &, QString text) {
        return ballChoices(cache, std::move(text));
    };
}

interactions::AutocompleteHandler
visibleSpecialAutocomplete(const services::CatalogueCache &catalogue)
{
    const services::CatalogueCache *cache = &catalogue;
    return [cache](InteractionContext &, QString text) {
        return specialChoices(cache, std::move(text));
    };
}

QCoro::Task<OptionalPick<domain::Ball>> pickEnabledBall(const services::CatalogueCache &catalogue,
                                                        InteractionContext &context,
                                                        const QString &optionName,
                                                        const QString &collectibleName)
{
    const QString text = context.options().string(optionName).value_or(QString()).trimmed();
    if (text.isEmpty())
        co_return OptionalPick<domain::Ball> {};
    std::optional<domain::Ball> ball;
    if (const std::optional<domain::RowId> id = decimalId(text))
        ball = catalogue.ball(*id);
    if (!ball)
        ball = catalogue.ballByName(text);
    if (!ball)
        co_return co_await refuse<domain::Ball>(context, notFound(collectibleName));
    if (!ball->enabled) {
        co_return co_await refuse<domain::Ball>(
            context,
            QStringLiteral("This %1 is disabled and will not be shown.").arg(collectibleName));
    }
    co_return OptionalPick<domain::Ball> {false, std::move(ball)};
}

QCoro::Task<OptionalPick<domain::Special>>
pickVisibleSpecial(const services::CatalogueCache &catalogue, InteractionContext &context,
                   const QString &optionName)
{
    const QString text = context.options().string(optionName).value_or(QString()).trimmed();
    if (text.isEmpty())
        co_return OptionalPick<domain::Special> {};
    std::optional<domain::Special> special;
    if (const std::optional<domain::RowId> id = decimalId(text))
        special = catalogue.special(*id);
    if (!special)
        special = catalogue.specialByName(text);
    if (!special || special->hidden)
        co_return co_await refuse<domain::Special>(context, notFound(QStringLiteral("special")));
    co_return OptionalPick<domain::Special> {false, std::move(special)};
}

} // namespace ballsdex::bot::features
