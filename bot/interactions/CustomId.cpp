// SPDX-License-Identifier: MIT
#include "CustomId.h"

namespace ballsdex::interactions {

namespace {

QString escaped(const QString &arg)
{
    QString out;
    out.reserve(arg.size());
    for (const QChar c : arg) {
        if (c == QLatin1Char('%')) {
            out += QStringLiteral("%25");
        } else if (c == QLatin1Char(':')) {
            out += QStringLiteral("%3A");
        } else {
            out += c;
        }
    }
    return out;
}

QString unescaped(const QString &arg)
{
    QString out;
    out.reserve(arg.size());
    for (qsizetype i = 0; i < arg.size(); ++i) {
        if (arg.at(i) == QLatin1Char('%') && i + 2 < arg.size()) {
            const QString code = arg.mid(i + 1, 2).toUpper();
            if (code == QLatin1String("25")) {
                out += QLatin1Char('%');
                i += 2;
                continue;
            }
            if (code == QLatin1String("3A")) {
                out += QLatin1Char(':');
                i += 2;
                continue;
            }
        }
        out += arg.at(i);
    }
    return out;
}

} // namespace

Result<QString, QString> CustomId::encode(const QString &prefix, const QStringList &args)
{
    if (prefix.isEmpty() || prefix.contains(QLatin1Char(':'))
        || prefix.contains(QLatin1Char('%'))) {
        return fail(QStringLiteral("invalid custom_id prefix '%1'").arg(prefix));
    }
    QString id = prefix;
    for (const QString &arg : args) {
        id += QLatin1Char(':') + escaped(arg);
    }
    if (id.size() > MaxLength) {
        return fail(QStringLiteral("custom_id '%1…' is longer than %2 characters")
                        .arg(id.left(20))
                        .arg(MaxLength));
    }
    return id;
}

std::optional<CustomId> CustomId::decode(const QString &customId)
{
    if (customId.isEmpty()) {
        return std::nullopt;
    }
    const QStringList parts = customId.split(QLatin1Char(':'));
    CustomId id;
    id.prefix = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        id.args.append(unescaped(parts.at(i)));
    }
    return id;
}

} // namespace ballsdex::interactions
