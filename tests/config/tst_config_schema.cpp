// SPDX-License-Identifier: MIT
#include "JsonSchemaValidator.h"
#include "config/ConfigKeys.h"
#include "config/ConfigLoader.h"

#include <yaml-cpp/yaml.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace ballsdex::config;

namespace {

QString sourcePath(const char *relative)
{
    QString root = qEnvironmentVariable("BALLSDEX_SOURCE_DIR");
    if (root.isEmpty())
        root = QStringLiteral(BALLSDEX_SOURCE_DIR);
    return root + u'/' + QLatin1String(relative);
}

/// YAML 1.2 core schema typing, the way a JSON Schema tool sees config.yml.
QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        if (node.Tag() == "!")
            return text;
        static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
        static const QRegularExpression number(
            QStringLiteral("^[-+]?([0-9]*\\.[0-9]+|[0-9]+\\.)$"));
        if (text == QLatin1String("~")
            || text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
            return QJsonValue();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
        if (integer.match(text).hasMatch())
            return text.toLongLong();
        if (number.match(text).hasMatch())
            return text.toDouble();
        return text;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &pair : node)
            object.insert(QString::fromStdString(pair.first.Scalar()), toJson(pair.second));
        return object;
    }
    default:
        return QJsonValue();
    }
}

/// "a.b" → value for every leaf below `object`; sections are objects with "properties" in a schema.
void flatten(const QJsonObject &object, const QString &prefix, bool isSchema,
             QMap<QString, QJsonValue> &leaves, QStringList &sections)
{
    const QJsonObject entries
        = isSchema ? object.value(QLatin1String("properties")).toObject() : object;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        const bool section = isSchema ? it.value().toObject().contains(QLatin1String("properties"))
                                      : it.value().isObject();
        if (section) {
            sections.append(path);
            flatten(it.value().toObject(), path, isSchema, leaves, sections);
        } else {
            leaves.insert(path, it.value());
        }
    }
}

} // namespace

class TestConfigSchema final : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_schema;
    QJsonObject m_example;
    QMap<QString, QJsonValue> m_schemaKeys;
    QStringList m_schemaSections;

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(sourcePath("resources/config.schema.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError error;
        m_schema = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        flatten(m_schema, {}, true, m_schemaKeys, m_schemaSections);

        const YAML::Node example = YAML::LoadFile(sourcePath("config.example.yml").toStdString());
        m_example = toJson(example).toObject();
        QVERIFY(!m_example.isEmpty());
    }

    void exampleLoadsWithoutErrorsOrWarnings()
    {
        LoadOptions options;
        options.configPath = sourcePath("config.example.yml");
        const auto loaded = loadConfig(options);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QStringList warnings;
        for (const ConfigDiagnostic &warning : loaded->warnings)
            warnings.append(warning.toString());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void loaderAndSchemaKnowTheSameKeys()
    {
        const QStringList schemaKeys = m_schemaKeys.keys();
        QStringList loaderKeys = knownKeyPaths();
        loaderKeys.sort();
        QCOMPARE(schemaKeys, loaderKeys);
        QStringList loaderSections = configSections();
        loaderSections.sort();
        m_schemaSections.sort();
        QCOMPARE(m_schemaSections, loaderSections);
    }

    void schemaDescribesEachKeyLikeTheLoader()
    {
        for (const KeyInfo &key : configKeys()) {
            const QJsonObject schema = m_schemaKeys.value(key.path).toObject();
            const QByteArray pathBytes = key.path.toUtf8();
            const char *path = pathBytes.constData();
            QVERIFY2(!schema.value(QLatin1String("description")).toString().isEmpty(), path);
            QVERIFY2(schema.value(QLatin1String("default")) == key.defaultValue, path);
            QVERIFY2(validateJson(key.defaultValue, schema).isEmpty(), path);
            QCOMPARE(schema.value(QLatin1String("deprecated")).toBool(),
                     key.status != KeyStatus::Active);
            QStringList environment;
            for (const QJsonValue &name : schema.value(QLatin1String("x-environment")).toArray())
                environment.append(name.toString());
            QCOMPARE(environment, key.environmentVariables);
            if (key.kind == ValueKind::Enum) {
                QCOMPARE(schema.value(QLatin1String("enum")).toArray(),
                         QJsonArray::fromStringList(key.allowedValues));
            }
            if (key.kind == ValueKind::Integer || key.kind == ValueKind::Number) {
                QVERIFY2(schema.value(QLatin1String("minimum")).toDouble() == key.minimum.value(),
                         path);
                QVERIFY2(schema.value(QLatin1String("maximum")).toDouble() == key.maximum.value(),
                         path);
            }
            const bool nullable
                = schema.value(QLatin1String("type")).toArray().contains(QStringLiteral("null"))
                || validateJson(QJsonValue(), schema).isEmpty();
            QVERIFY2(nullable == key.nullable || key.kind == ValueKind::ShardCount, path);
        }
    }

    void exampleDocumentsEveryKeyWithItsDefault()
    {
        QMap<QString, QJsonValue> leaves;
        QStringList sections;
        flatten(m_example, {}, false, leaves, sections);
        for (const KeyInfo &key : configKeys()) {
            if (key.status != KeyStatus::Active) {
                QVERIFY2(!leaves.contains(key.path), qPrintable(key.path));
                continue;
            }
            QVERIFY2(leaves.contains(key.path),
                     qPrintable(key.path + QStringLiteral(" is missing")));
            QVERIFY2(leaves.value(key.path) == key.defaultValue, qPrintable(key.path));
        }
    }

    void exampleValidatesAgainstTheSchema()
    {
        const QStringList errors = validateJson(m_example, m_schema);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void validatorRejectsViolations_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("port too high") << QStringLiteral("prometheus.port") << QJsonValue(70000)
                                       << QStringLiteral("$.prometheus.port: above maximum");
        QTest::newRow("unknown key") << QStringLiteral("prometheus.prot") << QJsonValue(1)
                                     << QStringLiteral("$.prometheus: additional property prot");
        QTest::newRow("quoted boolean")
            << QStringLiteral("show-rarity") << QJsonValue(QStringLiteral("true"))
            << QStringLiteral("$.show-rarity: type is not boolean");
        QTest::newRow("log level")
            << QStringLiteral("logging.level") << QJsonValue(QStringLiteral("loud"))
            << QStringLiteral("$.logging.level: not in enum");
        QTest::newRow("range arity")
            << QStringLiteral("spawn-chance-range") << QJsonValue(QJsonArray {40})
            << QStringLiteral("$.spawn-chance-range: too few items");
        QTest::newRow("shard count")
            << QStringLiteral("shard-count") << QJsonValue(QStringLiteral("many"))
            << QStringLiteral("$.shard-count: matches none of anyOf");
        QTest::newRow("database scheme")
            << QStringLiteral("database-url") << QJsonValue(QStringLiteral("mysql://h/d"))
            << QStringLiteral("$.database-url: does not match the pattern");
        QTest::newRow("bad id in list")
            << QStringLiteral("owners.co-owners") << QJsonValue(QJsonArray {QStringLiteral("abc")})
            << QStringLiteral("$.owners.co-owners[0]: does not match the pattern");
    }
    void validatorRejectsViolations()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        const QStringList parts = path.split(u'.');
        QJsonObject config = m_example;
        if (parts.size() == 1) {
            config.insert(parts[0], value);
        } else {
            QJsonObject section = config.value(parts[0]).toObject();
            section.insert(parts[1], value);
            config.insert(parts[0], section);
        }
        QCOMPARE(validateJson(config, m_schema), QStringList {problem});
    }

    void validatorChecksRequired()
    {
        const QJsonObject schema {{QStringLiteral("type"), QStringLiteral("object")},
                                  {QStringLiteral("required"), QJsonArray {QStringLiteral("a")}}};
        QCOMPARE(validateJson(QJsonObject {}, schema),
                 QStringList {QStringLiteral("$: missing required property a")});
        QVERIFY(validateJson(QJsonObject {{QStringLiteral("a"), 1}}, schema).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestConfigSchema)
#include "tst_config_schema.moc"
