// SPDX-License-Identifier: MIT
#include "ValueParsers.h"

#include "ParserSupport.h"
#include "TextDistance.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

namespace ballsdex::config {

namespace {

QString jsonDisplay(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("\"\"") : value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(jsonDisplay(item));
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    default:
        return {};
    }
}

} // namespace

QString bounds(const KeyInfo &key, bool integer)
{
    const auto show = [integer](double v) {
        return integer ? QString::number(static_cast<qint64>(v)) : QString::number(v);
    };
    const bool bounded = key.maximum && *key.maximum < std::numeric_limits<int>::max();
    if (key.minimum && bounded)
        return QStringLiteral(" between %1 and %2").arg(show(*key.minimum), show(*key.maximum));
    if (key.minimum)
        return QStringLiteral(" of at least %1").arg(show(*key.minimum));
    if (bounded)
        return QStringLiteral(" of at most %1").arg(show(*key.maximum));
    return {};
}

bool missing(const RawValue &value, KeyReporter &reporter, const QString &expected)
{
    if (!value.isNull())
        return false;
    reporter.error(value.location,
                   QStringLiteral("no value given, expected %1; write a value after the colon%2")
                       .arg(expected, reporter.defaultHint()));
    return true;
}

bool notScalar(const RawValue &value, KeyReporter &reporter, const QString &expected)
{
    if (value.isScalar())
        return false;
    reporter.error(value.location,
                   QStringLiteral("expected %1, got %2; write a single value%3")
                       .arg(expected, describeRaw(value), reporter.defaultHint()));
    return true;
}

std::optional<qint64> integerOf(const RawValue &value, KeyReporter &reporter, const KeyInfo &key,
                                const QString &what)
{
    const QString text = value.text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
    if (!digits.match(text).hasMatch()) {
        reporter.error(value.location,
                       QStringLiteral("expected %1, got %2; write digits only%3")
                           .arg(what, describeRaw(value),
                                key.defaultValue.isDouble() ? reporter.defaultHint()
                                                            : QStringLiteral(", e.g. `1`")));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || (key.minimum && number < *key.minimum) || (key.maximum && number > *key.maximum)) {
        reporter.error(value.location,
                       QStringLiteral("%1 is out of range, expected %2%3%4")
                           .arg(text, what, bounds(key, true), reporter.defaultHint()));
        return std::nullopt;
    }
    if (value.quoted) {
        reporter.error(
            value.location,
            QStringLiteral("expected %1, got the quoted string \"%2\"; remove the quotes")
                .arg(what, value.text));
        return std::nullopt;
    }
    return number;
}

KeyReporter::KeyReporter(const KeyInfo &key, QList<ConfigDiagnostic> &errors,
                         QList<ConfigDiagnostic> &warnings, QString baseDirectory)
    : m_key(key)
    , m_errors(errors)
    , m_warnings(warnings)
    , m_baseDirectory(std::move(baseDirectory))
{
}

void KeyReporter::error(const SourceLocation &location, const QString &message)
{
    ++m_errorCount;
    m_errors.append({ConfigDiagnostic::Severity::Error, m_key.path, location, message});
}

void KeyReporter::warning(const SourceLocation &location, const QString &message)
{
    m_warnings.append({ConfigDiagnostic::Severity::Warning, m_key.path, location, message});
}

QString KeyReporter::resolvePath(const QString &path, const SourceLocation &from) const
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    const QDir base(from.isEnvironment() ? QDir::currentPath() : m_baseDirectory);
    return QDir::cleanPath(base.absoluteFilePath(path));
}

QString KeyReporter::defaultHint() const
{
    if (m_key.defaultValue.isNull() || m_key.defaultValue.isUndefined())
        return {};
    return QStringLiteral(" (or remove the key to use the default, %1)")
        .arg(jsonDisplay(m_key.defaultValue));
}

QString describeRaw(const RawValue &value)
{
    switch (value.kind) {
    case RawValue::Kind::Null:
        return QStringLiteral("nothing");
    case RawValue::Kind::Scalar:
        return value.quoted ? QStringLiteral("the string \"%1\"").arg(value.text)
                            : QStringLiteral("`%1`").arg(value.text);
    case RawValue::Kind::Sequence:
        return QStringLiteral("a list");
    case RawValue::Kind::Map:
        return QStringLiteral("a mapping");
    }
    return {};
}

std::optional<bool> parseBoolean(const RawValue &value, KeyReporter &reporter)
{
    const QString expected = QStringLiteral("true or false");
    if (missing(value, reporter, expected) || notScalar(value, reporter, expected))
        return std::nullopt;
    const QString text = value.text.trimmed().toLower();
    static const QStringList yes {QStringLiteral("true"), QStringLiteral("yes"),
                                  QStringLiteral("on")};
    static const QStringList no {QStringLiteral("false"), QStringLiteral("no"),
                                 QStringLiteral("off")};
    const bool fromEnvironment = value.location.isEnvironment();
    const bool isTrue = yes.contains(text) || (fromEnvironment && text == QLatin1String("1"));
    const bool isFalse = no.contains(text) || (fromEnvironment && text == QLatin1String("0"));
    if ((isTrue || isFalse) && value.quoted) {
        reporter.error(value.location,
                       QStringLiteral("expected true or false, got the quoted string \"%1\"; "
                                      "remove the quotes so YAML reads a boolean")
                           .arg(value.text));
        return std::nullopt;
    }
    if (!isTrue && !isFalse) {
        reporter.error(value.location,
                       QStringLiteral("expected true or false, got %1; write `true` or `false`%2")
                           .arg(describeRaw(value), reporter.defaultHint()));
        return std::nullopt;
    }
    return isTrue;
}

std::optional<qint64> parseInteger(const RawValue &value, KeyReporter &reporter)
{
    const QString expected = QStringLiteral("a whole number") + bounds(reporter.key(), true);
    if (missing(value, reporter, expected) || notScalar(value, reporter, expected))
        return std::nullopt;
    return integerOf(value, reporter, reporter.key(), QStringLiteral("a whole number"));
}

std::optional<double> parseNumber(const RawValue &value, KeyReporter &reporter)
{
    const KeyInfo &key = reporter.key();
    const QString expected = QStringLiteral("a number") + bounds(key, false);
    if (missing(value, reporter, expected) || notScalar(value, reporter, expected))
        return std::nullopt;
    bool ok = false;
    const double number = value.text.trimmed().toDouble(&ok);
    if (!ok || value.quoted) {
        reporter.error(value.location,
                       QStringLiteral("expected %1, got %2; write a decimal number "
                                      "without quotes, e.g. `0.5`%3")
                           .arg(expected, describeRaw(value), reporter.defaultHint()));
        return std::nullopt;
    }
    if ((key.minimum && number < *key.minimum) || (key.maximum && number > *key.maximum)) {
        reporter.error(value.location,
                       QStringLiteral("%1 is out of range, expected %2%3")
                           .arg(value.text.trimmed(), expected, reporter.defaultHint()));
        return std::nullopt;
    }
    return number;
}

std::optional<QString> parseString(const RawValue &value, KeyReporter &reporter)
{
    if (value.isNull()) {
        if (reporter.key().nullable)
            return QString();
        missing(value, reporter, QStringLiteral("a text"));
        return std::nullopt;
    }
    if (notScalar(value, reporter, QStringLiteral("a text")))
        return std::nullopt;
    return value.text;
}

std::optional<QString> parseEnum(const RawValue &value, KeyReporter &reporter)
{
    const QStringList &allowed = reporter.key().allowedValues;
    const QString expected = QStringLiteral("one of ") + allowed.join(QStringLiteral(", "));
    if (missing(value, reporter, expected) || notScalar(value, reporter, expected))
        return std::nullopt;
    const QString text = value.text.trimmed();
    for (const QString &candidate : allowed) {
        if (candidate.compare(text, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    const auto suggestion = closestMatch(text, allowed);
    reporter.error(value.location,
                   QStringLiteral("%1 is not allowed here; use one of %2%3")
                       .arg(describeRaw(value), allowed.join(QStringLiteral(", ")),
                            suggestion ? QStringLiteral(" (did you mean `%1`?)").arg(*suggestion)
                                       : QString()));
    return std::nullopt;
}

std::optional<QString> parseUrl(const RawValue &value, KeyReporter &reporter)
{
    const auto text = parseString(value, reporter);
    if (!text || text->trimmed().isEmpty()) {
        if (text && !reporter.key().nullable) {
            reporter.error(
                value.location,
                QStringLiteral("the URL is empty; write a full URL%1").arg(reporter.defaultHint()));
            return std::nullopt;
        }
        return text ? std::optional<QString>(QString()) : std::nullopt;
    }
    const QStringList &schemes = reporter.key().urlSchemes;
    const QString example = schemes.first() + QStringLiteral("://example.com/");
    const QUrl url(text->trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        reporter.error(value.location,
                       QStringLiteral("%1 is not a valid URL; write a full URL such as %2%3")
                           .arg(describeRaw(value), example, reporter.defaultHint()));
        return std::nullopt;
    }
    if (!schemes.contains(url.scheme().toLower())) {
        reporter.error(value.location,
                       QStringLiteral("the URL scheme `%1` is not allowed here; use %2://%3")
                           .arg(url.scheme(), schemes.join(QStringLiteral(":// or ")),
                                reporter.defaultHint()));
        return std::nullopt;
    }
    return text->trimmed();
}

std::optional<QString> parsePath(const RawValue &value, KeyReporter &reporter)
{
    const auto text = parseString(value, reporter);
    if (!text)
        return std::nullopt;
    return reporter.resolvePath(text->trimmed(), value.location);
}

} // namespace ballsdex::config
