// SPDX-License-Identifier: MIT
#include "ConfigLoader.h"

#include "KeyRegistry.h"
#include "LoadContext.h"
#include "TextDistance.h"
#include "YamlReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <tuple>

namespace ballsdex::config {

namespace {

struct FileValue
{
    SourceLocation keyLocation;
    const RawValue *value = nullptr;
};

QString suggestionFor(const QString &path)
{
    QStringList candidates = knownKeyPaths() + configSections();
    const QString last = path.section(u'.', -1);
    for (const QString &candidate : candidates) {
        if (candidate.section(u'.', -1).compare(last, Qt::CaseInsensitive) == 0
            && candidate != path)
            return candidate;
    }
    return closestMatch(path, candidates).value_or(QString());
}

/// Collects the leaf values of the file, reporting duplicates, unknown keys and bad sections.
void walk(const RawValue &map, const QString &prefix, QHash<QString, FileValue> &values,
          LoadContext &context)
{
    static const QStringList sections = configSections();
    QHash<QString, SourceLocation> seen;
    for (const RawEntry &entry : map.entries) {
        if (entry.key.isEmpty()) {
            context.error(prefix, entry.keyLocation,
                          QStringLiteral("keys must be plain names; write `name: value`"));
            continue;
        }
        const QString path = prefix.isEmpty() ? entry.key : prefix + u'.' + entry.key;
        if (const auto first = seen.constFind(entry.key); first != seen.cend()) {
            context.error(
                path, entry.keyLocation,
                QStringLiteral("duplicate key, first defined at line %1:%2; keep only one "
                               "of them")
                    .arg(first->line)
                    .arg(first->column));
            continue;
        }
        seen.insert(entry.key, entry.keyLocation);
        if (findBinding(path)) {
            values.insert(path, {entry.keyLocation, &entry.value});
        } else if (sections.contains(path)) {
            if (entry.value.kind == RawValue::Kind::Map)
                walk(entry.value, path, values, context);
            else if (!entry.value.isNull())
                context.error(path, entry.value.location,
                              QStringLiteral("`%1` is a section, expected indented `key: value` "
                                             "lines under it, got %2; see config.example.yml")
                                  .arg(path, describeRaw(entry.value)));
        } else {
            const QString suggestion = suggestionFor(path);
            context.warning(
                path, entry.keyLocation,
                suggestion.isEmpty()
                    ? QStringLiteral("unknown key is ignored; check its spelling "
                                     "against config.example.yml")
                    : QStringLiteral("unknown key is ignored; did you mean `%1`?").arg(suggestion));
        }
    }
}

void setLocation(RawValue &value, const SourceLocation &location)
{
    value.location = location;
    for (RawValue &item : value.items)
        setLocation(item, location);
    for (RawEntry &entry : value.entries) {
        entry.keyLocation = location;
        setLocation(entry.value, location);
    }
}

bool isListKind(ValueKind kind)
{
    return kind == ValueKind::SnowflakeList || kind == ValueKind::StringList
        || kind == ValueKind::ShardIds || kind == ValueKind::IntegerPair;
}

bool isTextKind(ValueKind kind)
{
    return kind == ValueKind::String || kind == ValueKind::Secret || kind == ValueKind::Url
        || kind == ValueKind::Path || kind == ValueKind::DatabaseUrl;
}

/// An environment value in RawValue form: text as is, lists as `[a, b]` or `a,b`.
std::optional<RawValue> fromEnvironment(const KeyInfo &key, const QString &name,
                                        const QString &text, LoadContext &context)
{
    const SourceLocation location {QStringLiteral("environment variable ") + name, 0, 0};
    RawValue value;
    value.location = location;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() && !isTextKind(key.kind)) {
        context.warning(key.path, location,
                        QStringLiteral("the variable is empty and was ignored; unset it or give "
                                       "it a value"));
        return std::nullopt;
    }
    if (!isListKind(key.kind)
        || (key.kind == ValueKind::ShardIds && !trimmed.startsWith(u'[')
            && trimmed.contains(u'-'))) {
        value.kind = RawValue::Kind::Scalar;
        value.text = text;
        return value;
    }
    if (trimmed.startsWith(u'[')) {
        auto parsed = readYaml(trimmed.toUtf8(), location.source);
        if (!parsed || parsed->kind != RawValue::Kind::Sequence) {
            context.error(key.path, location,
                          QStringLiteral("`%1` is not a valid list; write `[a, b]` or `a,b`")
                              .arg(key.secret ? QStringLiteral("***") : trimmed));
            return std::nullopt;
        }
        setLocation(*parsed, location);
        return *parsed;
    }
    value.kind = RawValue::Kind::Sequence;
    for (const QString &part : trimmed.split(u',', Qt::SkipEmptyParts)) {
        RawValue item;
        item.kind = RawValue::Kind::Scalar;
        item.text = part.trimmed();
        item.location = location;
        value.items.push_back(item);
    }
    return value;
}

/// The first variable of the key that is set, warning when a lower-precedence one disagrees.
std::optional<QString> environmentOverride(const KeyInfo &key, LoadContext &context)
{
    std::optional<QString> chosen;
    for (const QString &name : key.environmentVariables) {
        if (!context.options.environment.contains(name))
            continue;
        const QString text = context.options.environment.value(name);
        if (!chosen) {
            chosen = name;
        } else if (context.options.environment.value(*chosen) != text) {
            context.warning(key.path, {QStringLiteral("environment variable ") + name, 0, 0},
                            QStringLiteral("ignored because %1 is also set and takes precedence; "
                                           "unset one of them")
                                .arg(*chosen));
        }
    }
    return chosen;
}

void warnUnknownEnvironment(LoadContext &context)
{
    QStringList known;
    for (const KeyInfo &key : configKeys())
        known += key.environmentVariables;
    for (const QString &name : context.options.environment.keys()) {
        if (!name.startsWith(kEnvironmentPrefix) || known.contains(name))
            continue;
        const auto suggestion = closestMatch(name, known);
        context.warning(
            {}, {QStringLiteral("environment variable ") + name, 0, 0},
            suggestion
                ? QStringLiteral("unknown variable is ignored; did you mean `%1`?").arg(*suggestion)
                : QStringLiteral("unknown variable is ignored; the variables "
                                 "are listed in config.example.yml"));
    }
}

void assignKey(const KeyBinding &binding, const RawValue &value, Settings &settings,
               LoadContext &context)
{
    KeyReporter reporter(binding.info, context.errors, context.warnings, context.baseDirectory);
    binding.assign(settings, value, reporter);
    context.origins.insert(binding.info.path, value.location);
}

void applyKeys(const QHash<QString, FileValue> &fileValues, Settings &settings,
               LoadContext &context)
{
    for (const KeyBinding &binding : keyBindings()) {
        const KeyInfo &key = binding.info;
        const auto inFile = fileValues.constFind(key.path);
        if (key.status == KeyStatus::Ignored) {
            if (inFile != fileValues.cend())
                context.warning(key.path, inFile->keyLocation,
                                QStringLiteral("%1; remove the key").arg(key.description));
            continue;
        }
        if (key.status == KeyStatus::Renamed) {
            if (inFile == fileValues.cend())
                continue;
            context.warning(
                key.path, inFile->keyLocation,
                QStringLiteral("this key was renamed; rename it to `%1`").arg(key.renamedTo));
            if (!fileValues.contains(key.renamedTo) && !context.origins.contains(key.renamedTo))
                assignKey(*findBinding(key.renamedTo), *inFile->value, settings, context);
            continue;
        }
        if (const auto name = environmentOverride(key, context)) {
            const auto value
                = fromEnvironment(key, *name, context.options.environment.value(*name), context);
            if (value) {
                assignKey(binding, *value, settings, context);
                continue;
            }
        }
        if (inFile != fileValues.cend()) {
            assignKey(binding, *inFile->value, settings, context);
        } else if (key.kind == ValueKind::Path && !key.defaultValue.toString().isEmpty()) {
            RawValue fallback;
            fallback.kind = RawValue::Kind::Scalar;
            fallback.text = key.defaultValue.toString();
            fallback.location = {context.sourceName, 0, 0};
            KeyReporter reporter(key, context.errors, context.warnings, context.baseDirectory);
            binding.assign(settings, fallback, reporter);
        }
    }
}

/// File order first (line, column), then the environment, as a reader scans the file.
void sortByPlace(QList<ConfigDiagnostic> &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const ConfigDiagnostic &a, const ConfigDiagnostic &b) {
                         const auto rank = [](const SourceLocation &l) {
                             return std::tuple(l.isEnvironment(), l.line, l.column);
                         };
                         return rank(a.location) < rank(b.location);
                     });
}

ConfigErrors fileError(const QString &path, const QString &message)
{
    ConfigErrors errors;
    errors.errors.append({ConfigDiagnostic::Severity::Error, {}, {path, 0, 0}, message});
    return errors;
}

} // namespace

Result<LoadedConfig, ConfigErrors>
loadConfigFromText(const QByteArray &yaml, const QString &sourceName, const LoadOptions &options)
{
    LoadContext context {options, sourceName, QFileInfo(sourceName).absolutePath(), {}, {}, {}};
    auto root = readYaml(yaml, sourceName);
    if (!root) {
        ConfigErrors errors;
        errors.errors.append(root.error());
        return fail(errors);
    }
    if (root->kind != RawValue::Kind::Map && !root->isNull()) {
        context.error({}, root->location,
                      QStringLiteral("the file must hold `key: value` lines at the top level, got "
                                     "%1; start from config.example.yml")
                          .arg(describeRaw(*root)));
        return fail(ConfigErrors {context.errors, context.warnings});
    }

    QHash<QString, FileValue> fileValues;
    walk(*root, {}, fileValues, context);
    LoadedConfig loaded;
    loaded.settings.configFile = QFileInfo(sourceName).absoluteFilePath();
    applyKeys(fileValues, loaded.settings, context);
    resolveSettings(loaded.settings, context);
    warnUnknownEnvironment(context);

    sortByPlace(context.errors);
    sortByPlace(context.warnings);
    if (!context.errors.isEmpty())
        return fail(ConfigErrors {context.errors, context.warnings});
    loaded.warnings = context.warnings;
    loaded.origins = context.origins;
    return loaded;
}

Result<LoadedConfig, ConfigErrors> loadConfig(const LoadOptions &options)
{
    const QFileInfo info(options.configPath);
    const QString path = info.absoluteFilePath();
    if (!info.exists())
        return fail(fileError(path,
                              QStringLiteral("the configuration file does not exist; copy "
                                             "config.example.yml to %1 and fill it in, or "
                                             "pass --config FILE")
                                  .arg(path)));
    if (info.isDir())
        return fail(fileError(path,
                              QStringLiteral("this is a directory, not a configuration file; "
                                             "pass the YAML file with --config FILE")));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(fileError(path,
                              QStringLiteral("cannot read the configuration file (%1); check "
                                             "its permissions")
                                  .arg(file.errorString())));
    return loadConfigFromText(file.readAll(), path, options);
}

} // namespace ballsdex::config
