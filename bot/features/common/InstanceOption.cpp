// SPDX-License-Identifier: MIT
#include "features/common/InstanceOption.h"

#include "features/common/StorageReplies.h"
#include "services/CatalogueCache.h"
#include "storage/InstanceQueries.h"
#include "storage/InstanceRepository.h"
#include "storage/PlayerRepository.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoroFuture>

namespace ballsdex::bot::features {
namespace {

using interactions::Choice;
using interactions::InteractionContext;
using interactions::Message;
using interactions::Visibility;

constexpr int maxChoices = 25;
constexpr qint64 lockLifetimeSeconds = 30 * 60;

/// What the typed text asks the database for.
struct SearchTerms
{
    bool matchAll = false;
    QList<domain::RowId> ballIds;
    QString hexPrefix;
};

/// Upper-case hex digits of an id prefix the user typed ("#", "0x" tolerated), or empty.
QString hexPrefixOf(QString text)
{
    if (text.startsWith(QLatin1Char('#')))
        text = text.mid(1);
    else if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        text = text.mid(2);
    if (text.isEmpty() || text.size() > 15 || text.startsWith(QLatin1Char('0')))
        return {};
    for (const QChar c : std::as_const(text)) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return {};
    }
    return text.toUpper();
}

SearchTerms searchTerms(const QString &typed, const QList<domain::Ball> &balls)
{
    SearchTerms terms;
    QString text = typed.left(InstanceOptionMaxLength).trimmed();
    if (text.startsWith(QLatin1Char('='))) {
        const QString name = text.mid(1).trimmed().toCaseFolded();
        for (const domain::Ball &ball : balls) {
            if (!name.isEmpty() && ball.country.toCaseFolded() == name)
                terms.ballIds.append(ball.id);
        }
        return terms;
    }
    text.remove(QLatin1Char('.'));
    text = text.trimmed();
    if (text.isEmpty()) {
        terms.matchAll = true;
        return terms;
    }
    const QString needle = text.toCaseFolded();
    for (const domain::Ball &ball : balls) {
        const QString haystack = ball.country + QLatin1Char(' ') + ball.catchNames
            + QLatin1Char(' ') + ball.translations;
        if (haystack.toCaseFolded().contains(needle))
            terms.ballIds.append(ball.id);
    }
    terms.hexPrefix = hexPrefixOf(text);
    return terms;
}

/// The special id a filled sibling option names (an id from its autocomplete, or a name).
std::optional<domain::RowId> specialFilter(const services::CatalogueCache &catalogue,
                                           const InteractionContext &context,
                                           const QString &optionName)
{
    if (optionName.isEmpty())
        return std::nullopt;
    const QString text = context.options().string(optionName).value_or(QString()).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool numeric = false;
    const qlonglong id = text.toLongLong(&numeric);
    if (numeric && catalogue.special(id))
        return id;
    if (const std::optional<domain::Special> special = catalogue.specialByName(text))
        return special->id;
    return std::nullopt;
}

QString signedPercent(int value)
{
    return (value < 0 ? QString() : QStringLiteral("+")) + QString::number(value)
        + QLatin1Char('%');
}

QString choiceLabel(const services::CatalogueCache &catalogue, const InstanceOptionRules &rules,
                    const domain::BallInstance &instance, const QDateTime &now)
{
    QString label;
    if (instance.isLockedAt(now))
        label += QStringLiteral("🔒 ");
    if (instance.favorite)
        label += rules.favoriteEmoji + QLatin1Char(' ');
    if (instance.specialId) {
        // Only a unicode emoji shows in a choice; a custom emoji id would print as digits.
        const std::optional<domain::Special> special = catalogue.special(*instance.specialId);
        bool numeric = false;
        if (special && special->emoji && !special->emoji->trimmed().isEmpty()) {
            special->emoji->trimmed().toLongLong(&numeric);
            if (!numeric)
                label += special->emoji->trimmed() + QLatin1Char(' ');
        }
    }
    const std::optional<domain::Ball> ball = catalogue.ball(instance.ballId);
    return label + domain::displayId(instance.id) + QLatin1Char(' ')
        + (ball ? ball->country : QStringLiteral("Unknown"))
        + QStringLiteral(" ATK:%1 HP:%2")
              .arg(signedPercent(instance.attackBonus), signedPercent(instance.healthBonus));
}

QCoro::Task<QList<Choice>> complete(storage::Database &database,
                                    const services::CatalogueCache &catalogue,
                                    InstanceOptionRules rules, InteractionContext &context,
                                    QString typed)
{
    const auto snapshot = catalogue.snapshot();
    const SearchTerms terms
        = searchTerms(typed, snapshot ? snapshot->data.balls : QList<domain::Ball>());
    if (!terms.matchAll && terms.ballIds.isEmpty() && terms.hexPrefix.isEmpty())
        co_return QList<Choice>();

    storage::PlayerRepository players(database);
    auto playerFuture = players.find(context.userId());
    const auto player = co_await playerFuture;
    if (!player) {
        qCWarning(lcBot).noquote()
            << context.describe() << "autocomplete failed:" << player.error().toString();
        co_return QList<Choice>();
    }
    if (!*player)
        co_return QList<Choice>(); // never played: nothing to offer

    static const util::SystemClock systemClock;
    const QDateTime now = (rules.clock ? rules.clock : &systemClock)->now();
    storage::InstanceSearch search;
    search.playerId = (*player)->id;
    search.matchAll = terms.matchAll;
    search.ballIds = terms.ballIds;
    search.hexPrefix = terms.hexPrefix;
    search.specialId = specialFilter(catalogue, context, rules.specialOption);
    search.locks = rules.locks == InstanceLockFilter::Locked ? storage::InstanceLocks::Locked
        : rules.locks == InstanceLockFilter::Unlocked        ? storage::InstanceLocks::Unlocked
                                                             : storage::InstanceLocks::Any;
    search.lockCutoff = now.addSecs(-lockLifetimeSeconds);
    search.limit = maxChoices;
    storage::InstanceQueries queries(database);
    auto future = queries.search(search);
    const auto found = co_await future;
    if (!found) {
        qCWarning(lcBot).noquote()
            << context.describe() << "autocomplete failed:" << found.error().toString();
        co_return QList<Choice>();
    }
    QList<Choice> choices;
    for (const domain::BallInstance &instance : *found) {
        choices.append(Choice {choiceLabel(catalogue, rules, instance, now),
                               domain::displayId(instance.id).mid(1),
                               {}});
    }
    co_return choices;
}

/// The typed text quoted back, short and without markdown that could break the quote.
QString quoted(const QString &text)
{
    QString shown = text.simplified();
    shown.remove(QLatin1Char('`'));
    if (shown.size() > 32)
        shown = shown.left(31) + QStringLiteral("…");
    return QLatin1Char('`') + shown + QLatin1Char('`');
}

} // namespace

interactions::AutocompleteHandler instanceAutocomplete(storage::Database &database,
                                                       const services::CatalogueCache &catalogue,
                                                       InstanceOptionRules rules)
{
    return [&database, &catalogue, rules](InteractionContext &context, QString typed) {
        return complete(database, catalogue, rules, context, std::move(typed));
    };
}

interactions::OptionSpec instanceOption(const QString &name, const QString &description,
                                        storage::Database &database,
                                        const services::CatalogueCache &catalogue,
                                        InstanceOptionRules rules)
{
    interactions::OptionSpec option = interactions::OptionSpec::string(name, description);
    option.maxLength(InstanceOptionMaxLength)
        .autocomplete(instanceAutocomplete(database, catalogue, std::move(rules)));
    return option;
}

QCoro::Task<std::optional<domain::BallInstance>>
resolveOwnedInstance(storage::Database &database, InteractionContext &context,
                     const domain::Player &owner, const QString &optionValue,
                     const InstanceOptionRules &rules)
{
    QString text = optionValue.trimmed();
    if (text.startsWith(QLatin1Char('#')))
        text = text.mid(1);
    const std::optional<domain::RowId> id = domain::parseDisplayId(text);
    if (!id) {
        co_await context.reply(
            Message(QStringLiteral("%1 is not a valid %2 ID. Make sure to use the "
                                   "autocomplete function on this command.")
                        .arg(quoted(optionValue), rules.collectibleName)),
            Visibility::Ephemeral);
        co_return std::nullopt;
    }
    storage::InstanceRepository instances(database);
    auto future = instances.find(*id);
    const auto found = co_await future;
    if (!found) {
        co_await apologise(context, found.error());
        co_return std::nullopt;
    }
    if (!*found) {
        co_await context.reply(
            Message(QStringLiteral("The %1 %2 could not be found. Make sure to use the "
                                   "autocomplete function on this command.")
                        .arg(rules.collectibleName, domain::displayId(*id))),
            Visibility::Ephemeral);
        co_return std::nullopt;
    }
    if ((*found)->playerId != owner.id) {
        co_await context.reply(Message(QStringLiteral("The %1 %2 doesn't belong to you.")
                                           .arg(rules.collectibleName, domain::displayId(*id))),
                               Visibility::Ephemeral);
        co_return std::nullopt;
    }
    co_return **found;
}

} // namespace ballsdex::bot::features
