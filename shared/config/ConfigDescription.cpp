// SPDX-License-Identifier: MIT
#include "ConfigDescription.h"

#include "KeyRegistry.h"
#include "util/Secrets.h"

#include <QJsonArray>
#include <QUrl>

namespace ballsdex::config {

namespace {

QString quoted(const QString &text)
{
    QString result = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            result += u'\\' + QString(c);
        else if (c == u'\n')
            result += QStringLiteral("\\n");
        else if (c == u'\t')
            result += QStringLiteral("\\t");
        else if (c.unicode() < 0x20)
            result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result + u'"';
}

QString yamlText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (value.toInteger() == number || value.toInteger() != 0)
            return QString::number(value.toInteger());
        return QString::number(number);
    }
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(yamlText(item));
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    default:
        return QStringLiteral("null");
    }
}

QString maskedUrl(const QString &text)
{
    if (text.isEmpty())
        return text;
    QUrl url(text);
    if (!url.isValid())
        return util::maskedSecret(text);
    bool masked = false;
    if (!url.userInfo().isEmpty()) {
        url.setUserInfo(QStringLiteral("***"));
        masked = true;
    }
    QStringList segments = url.path().split(u'/');
    if (const qsizetype hook = segments.indexOf(QStringLiteral("webhooks"));
        hook >= 0 && segments.size() > hook + 2) {
        segments[hook + 2] = QStringLiteral("***");
        url.setPath(segments.join(u'/'));
        masked = true;
    }
    return masked ? url.toString() : util::maskedSecret(text);
}

QJsonValue displayed(const KeyBinding &binding, const Settings &settings)
{
    const KeyInfo &key = binding.info;
    const QJsonValue value = binding.read(settings);
    if (!key.secret)
        return value;
    switch (key.kind) {
    case ValueKind::DatabaseUrl:
        return settings.database.hasUrl() ? QJsonValue(settings.database.url.redacted())
                                          : QJsonValue();
    case ValueKind::Url:
        return maskedUrl(value.toString());
    default:
        return util::maskedSecret(value.toString());
    }
}

QString render(const Settings &settings, const QHash<QString, SourceLocation> *origins)
{
    QStringList lines {QStringLiteral("# Resolved configuration of %1 (secrets masked)")
                           .arg(settings.configFile.isEmpty() ? QStringLiteral("(defaults)")
                                                              : settings.configFile)};
    QStringList open;
    for (const KeyBinding &binding : keyBindings()) {
        if (binding.info.status != KeyStatus::Active)
            continue;
        QStringList parts = binding.info.path.split(u'.');
        const QString leaf = parts.takeLast();
        qsizetype common = 0;
        while (common < open.size() && common < parts.size() && open[common] == parts[common])
            ++common;
        open = open.mid(0, common);
        for (qsizetype i = common; i < parts.size(); ++i) {
            lines.append(QString(i * 2, u' ') + parts[i] + u':');
            open.append(parts[i]);
        }
        QString line = QString(parts.size() * 2, u' ') + leaf + QStringLiteral(": ")
            + yamlText(displayed(binding, settings));
        const SourceLocation origin
            = origins ? origins->value(binding.info.path) : SourceLocation {};
        if (origin.isEnvironment())
            line += QStringLiteral("  # from ") + origin.source;
        else if (binding.info.path == QLatin1String("discord-token")
                 && !settings.discord.tokenSource.isEmpty())
            line += QStringLiteral("  # from ") + settings.discord.tokenSource;
        lines.append(line);
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace

QString describe(const Settings &settings)
{
    return render(settings, nullptr);
}

QString describe(const LoadedConfig &loaded)
{
    return render(loaded.settings, &loaded.origins);
}

int checkConfig(const LoadOptions &options, QTextStream &out, QTextStream &err)
{
    const auto loaded = loadConfig(options);
    if (!loaded) {
        err << loaded.error().toString() << Qt::endl;
        return kConfigErrorExitCode;
    }
    out << describe(*loaded);
    for (const ConfigDiagnostic &warning : loaded->warnings)
        err << warning.toString() << u'\n';
    err << QStringLiteral("The configuration is valid (%1 warning(s)).")
               .arg(loaded->warnings.size())
        << Qt::endl;
    return 0;
}

} // namespace ballsdex::config
