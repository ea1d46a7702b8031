// SPDX-License-Identifier: MIT
#include "YamlReader.h"

#include <yaml-cpp/yaml.h>

namespace ballsdex::config {

namespace {

SourceLocation locationOf(const YAML::Mark &mark, const QString &source)
{
    if (mark.is_null())
        return {source, 0, 0};
    return {source, mark.line + 1, mark.column + 1};
}

RawValue convert(const YAML::Node &node, const QString &source, const SourceLocation &fallback)
{
    RawValue value;
    value.location = locationOf(node.Mark(), source);
    if (value.location.line == 0)
        value.location = fallback;
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        value.kind = RawValue::Kind::Null;
        break;
    case YAML::NodeType::Scalar:
        value.kind = RawValue::Kind::Scalar;
        value.text = QString::fromStdString(node.Scalar());
        value.quoted = node.Tag() == "!";
        break;
    case YAML::NodeType::Sequence:
        value.kind = RawValue::Kind::Sequence;
        for (const YAML::Node &item : node)
            value.items.push_back(convert(item, source, value.location));
        break;
    case YAML::NodeType::Map:
        value.kind = RawValue::Kind::Map;
        for (const auto &pair : node) {
            RawEntry entry;
            entry.keyLocation = locationOf(pair.first.Mark(), source);
            if (pair.first.IsScalar())
                entry.key = QString::fromStdString(pair.first.Scalar());
            else
                entry.key.clear(); // the loader reports non-scalar keys
            entry.value = convert(pair.second, source, entry.keyLocation);
            if (entry.value.isNull())
                entry.value.location = entry.keyLocation; // yaml-cpp marks `key:` at the next line
            value.entries.push_back(std::move(entry));
        }
        break;
    }
    return value;
}

/// yaml-cpp reports tabs in indentation at a confusing place; find them first.
std::optional<ConfigDiagnostic> tabIndentation(const QByteArray &text, const QString &source)
{
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        for (qsizetype column = 0; column < line.size(); ++column) {
            if (line[column] == '\t') {
                ConfigDiagnostic diagnostic;
                diagnostic.location
                    = {source, static_cast<int>(i) + 1, static_cast<int>(column) + 1};
                diagnostic.message
                    = QStringLiteral("a tab character is used for indentation; YAML "
                                     "allows only spaces there, replace it with spaces");
                return diagnostic;
            }
            if (line[column] != ' ')
                break;
        }
    }
    return std::nullopt;
}

} // namespace

Result<RawValue, ConfigDiagnostic> readYaml(const QByteArray &text, const QString &sourceName)
{
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        return convert(root, sourceName, {sourceName, 1, 1});
    } catch (const YAML::Exception &error) {
        if (auto tab = tabIndentation(text, sourceName))
            return fail(std::move(*tab));
        ConfigDiagnostic diagnostic;
        diagnostic.location = locationOf(error.mark, sourceName);
        diagnostic.message
            = QStringLiteral("the file is not valid YAML (%1); fix the syntax at this "
                             "position, e.g. indentation with spaces, `key: value` "
                             "pairs, matching quotes and brackets")
                  .arg(QString::fromStdString(error.msg));
        return fail(std::move(diagnostic));
    }
}

} // namespace ballsdex::config
