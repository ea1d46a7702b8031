// SPDX-License-Identifier: MIT
#include "ParserSupport.h"
#include "ValueParsers.h"

#include <QRegularExpression>

namespace ballsdex::config {

std::optional<domain::Snowflake> parseSnowflake(const RawValue &value, KeyReporter &reporter)
{
    if (value.isNull() || (value.isScalar() && value.text.trimmed().isEmpty()))
        return domain::Snowflake(0);
    if (notScalar(value, reporter, QStringLiteral("a Discord ID")))
        return std::nullopt;
    if (const auto id = domain::parseSnowflake(value.text))
        return *id;
    reporter.error(value.location,
                   QStringLiteral("%1 is not a Discord ID (17 to 19 digits); in Discord enable "
                                  "Developer Mode, then right-click → Copy ID")
                       .arg(describeRaw(value)));
    return std::nullopt;
}

std::optional<QList<domain::Snowflake>> parseSnowflakeList(const RawValue &value,
                                                           KeyReporter &reporter)
{
    if (value.isNull())
        return QList<domain::Snowflake>();
    if (value.kind != RawValue::Kind::Sequence) {
        reporter.error(value.location,
                       QStringLiteral("expected a list of Discord IDs, got %1; write a list, "
                                      "e.g. [123456789012345678] or one `- id` per line")
                           .arg(describeRaw(value)));
        return std::nullopt;
    }
    QList<domain::Snowflake> ids;
    bool ok = true;
    for (const RawValue &item : value.items) {
        const auto id = parseSnowflake(item, reporter);
        if (!id || *id == 0) {
            if (id)
                reporter.error(item.location, QStringLiteral("empty list item; remove it"));
            ok = false;
            continue;
        }
        if (ids.contains(*id))
            reporter.warning(item.location,
                             QStringLiteral("%1 is listed twice; remove the duplicate").arg(*id));
        else
            ids.append(*id);
    }
    return ok ? std::optional(ids) : std::nullopt;
}

std::optional<QStringList> parseStringList(const RawValue &value, KeyReporter &reporter)
{
    if (value.isNull())
        return QStringList();
    if (value.kind != RawValue::Kind::Sequence) {
        reporter.error(value.location,
                       QStringLiteral("expected a list of texts, got %1; write one `- text` per "
                                      "line under the key")
                           .arg(describeRaw(value)));
        return std::nullopt;
    }
    QStringList texts;
    bool ok = true;
    for (const RawValue &item : value.items) {
        if (!item.isScalar()) {
            reporter.error(
                item.location,
                QStringLiteral("expected a text, got %1; quote the item").arg(describeRaw(item)));
            ok = false;
            continue;
        }
        texts.append(item.text);
    }
    return ok ? std::optional(texts) : std::nullopt;
}

std::optional<int> parseShardCount(const RawValue &value, KeyReporter &reporter)
{
    if (value.isNull() || (value.isScalar() && value.text.trimmed().toLower() == u"auto"))
        return 0;
    const QString expected
        = QStringLiteral("`auto` or a whole number") + bounds(reporter.key(), true);
    if (notScalar(value, reporter, expected))
        return std::nullopt;
    const auto count = integerOf(value, reporter, reporter.key(), expected);
    if (!count)
        return std::nullopt;
    return static_cast<int>(*count);
}

std::optional<QList<int>> parseShardIds(const RawValue &value, KeyReporter &reporter)
{
    if (value.isNull())
        return QList<int>();
    static const QRegularExpression range(QStringLiteral("^\\s*([0-9]+)\\s*-\\s*([0-9]+)\\s*$"));
    if (value.isScalar()) {
        const auto match = range.match(value.text);
        if (match.hasMatch() && match.captured(1).toInt() <= match.captured(2).toInt()) {
            QList<int> ids;
            for (int id = match.captured(1).toInt(); id <= match.captured(2).toInt(); ++id)
                ids.append(id);
            return std::optional(ids);
        }
    }
    if (value.kind != RawValue::Kind::Sequence) {
        reporter.error(value.location,
                       QStringLiteral("expected a list of shard numbers or a range, "
                                      "got %1; write e.g. [0, 1, 2] or \"0-2\"")
                           .arg(describeRaw(value)));
        return std::nullopt;
    }
    QList<int> ids;
    bool ok = true;
    for (const RawValue &item : value.items) {
        if (!item.isScalar()) {
            reporter.error(
                item.location,
                QStringLiteral("expected a shard number, got %1").arg(describeRaw(item)));
            ok = false;
            continue;
        }
        const auto id = integerOf(item, reporter, reporter.key(), QStringLiteral("a shard number"));
        if (!id) {
            ok = false;
        } else if (ids.contains(static_cast<int>(*id))) {
            reporter.error(
                item.location,
                QStringLiteral("shard %1 is listed twice; remove the duplicate").arg(*id));
            ok = false;
        } else {
            ids.append(static_cast<int>(*id));
        }
    }
    if (ok && ids.isEmpty()) {
        reporter.error(value.location,
                       QStringLiteral("the list is empty; list at least one shard, "
                                      "or remove the key to run every shard"));
        return std::nullopt;
    }
    return ok ? std::optional(ids) : std::nullopt;
}

std::optional<std::pair<int, int>> parseIntegerPair(const RawValue &value, KeyReporter &reporter)
{
    const QString example = QStringLiteral("[40, 55]");
    if (value.kind != RawValue::Kind::Sequence || value.items.size() != 2) {
        reporter.error(
            value.location,
            QStringLiteral("expected a list of two whole numbers [minimum, maximum], got "
                           "%1; write e.g. %2")
                .arg(value.kind == RawValue::Kind::Sequence
                         ? QStringLiteral("%1 item(s)").arg(value.items.size())
                         : describeRaw(value),
                     example));
        return std::nullopt;
    }
    std::optional<qint64> bounds[2];
    for (int i = 0; i < 2; ++i) {
        const RawValue &item = value.items[static_cast<std::size_t>(i)];
        if (!item.isScalar())
            reporter.error(
                item.location,
                QStringLiteral("expected a whole number, got %1").arg(describeRaw(item)));
        else
            bounds[i] = integerOf(item, reporter, reporter.key(), QStringLiteral("a whole number"));
    }
    if (!bounds[0] || !bounds[1])
        return std::nullopt;
    if (*bounds[0] > *bounds[1]) {
        reporter.error(value.location,
                       QStringLiteral("the minimum %1 is greater than the maximum %2; write "
                                      "[minimum, maximum], e.g. %3")
                           .arg(*bounds[0])
                           .arg(*bounds[1])
                           .arg(example));
        return std::nullopt;
    }
    return std::pair(static_cast<int>(*bounds[0]), static_cast<int>(*bounds[1]));
}

std::optional<DatabaseUrl> parseDatabaseUrl(const RawValue &value, KeyReporter &reporter)
{
    const auto text = parseString(value, reporter);
    if (!text)
        return std::nullopt;
    if (text->trimmed().isEmpty())
        return DatabaseUrl();
    auto url = DatabaseUrl::parse(*text);
    if (!url) {
        reporter.error(value.location, url.error());
        return std::nullopt;
    }
    return *url;
}

} // namespace ballsdex::config
