// SPDX-License-Identifier: MIT
#include "render/StarterCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ballsdex::render {
namespace {

std::optional<QString> optionalText(const QJsonValue &value)
{
    if (!value.isString() || value.toString().isEmpty())
        return std::nullopt;
    return value.toString();
}

template<typename T> domain::RowId idByName(const QList<T> &items, const QString &name)
{
    for (const T &item : items) {
        if (item.name == name)
            return item.id;
    }
    return 0;
}

} // namespace

QString StarterCatalogue::mediaRoot()
{
    return QStringLiteral(":/ballsdex/art");
}

QStringList StarterCatalogue::imageFiles() const
{
    QStringList files;
    for (const domain::Regime &regime : regimes)
        files.append(regime.background);
    for (const domain::Economy &economy : economies)
        files.append(economy.icon);
    for (const domain::Special &special : specials) {
        if (special.background)
            files.append(*special.background);
    }
    for (const domain::Ball &ball : balls)
        files << ball.collectionCard << ball.wildCard;
    return files;
}

Result<StarterCatalogue, QString> loadStarterCatalogue()
{
    QFile file(StarterCatalogue::mediaRoot() + QStringLiteral("/starter-catalogue.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("the starter catalogue is missing from this build"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return fail(
            QStringLiteral("the starter catalogue is not valid JSON: %1").arg(error.errorString()));
    const QJsonObject root = document.object();

    StarterCatalogue catalogue;
    const QJsonObject regimes = root.value(QLatin1String("regimes")).toObject();
    for (auto it = regimes.begin(); it != regimes.end(); ++it)
        catalogue.regimes.append({catalogue.regimes.size() + 1, it.key(), it.value().toString()});
    const QJsonObject economies = root.value(QLatin1String("economies")).toObject();
    for (auto it = economies.begin(); it != economies.end(); ++it)
        catalogue.economies.append(
            {catalogue.economies.size() + 1, it.key(), it.value().toString()});
    const QJsonObject specials = root.value(QLatin1String("specials")).toObject();
    for (auto it = specials.begin(); it != specials.end(); ++it) {
        domain::Special special;
        special.id = catalogue.specials.size() + 1;
        special.name = it.key();
        special.background = it.value().toString();
        special.rarity = 1.0 / 2048;
        special.emoji = QStringLiteral("\u2728");
        special.catchPhrase = QStringLiteral("\u2728 **It's a shiny countryball!** \u2728");
        catalogue.specials.append(special);
    }

    for (const QJsonValue &value : root.value(QLatin1String("balls")).toArray()) {
        const QJsonObject json = value.toObject();
        domain::Ball ball;
        ball.id = catalogue.balls.size() + 1;
        ball.country = json.value(QLatin1String("country")).toString();
        ball.shortName = optionalText(json.value(QLatin1String("short_name")));
        ball.catchNames
            = domain::normaliseNameList(json.value(QLatin1String("catch_names")).toString());
        ball.health = json.value(QLatin1String("health")).toInt();
        ball.attack = json.value(QLatin1String("attack")).toInt();
        ball.rarity = json.value(QLatin1String("rarity")).toDouble();
        ball.capacityName = json.value(QLatin1String("capacity_name")).toString();
        ball.capacityDescription = json.value(QLatin1String("capacity_description")).toString();
        ball.credits = json.value(QLatin1String("credits")).toString();
        ball.collectionCard = json.value(QLatin1String("collection_card")).toString();
        ball.wildCard = json.value(QLatin1String("wild_card")).toString();
        ball.regimeId = idByName(catalogue.regimes, json.value(QLatin1String("regime")).toString());
        const domain::RowId economy
            = idByName(catalogue.economies, json.value(QLatin1String("economy")).toString());
        if (economy != 0)
            ball.economyId = economy;
        if (ball.country.isEmpty() || ball.regimeId == 0) {
            return fail(QStringLiteral("starter ball #%1 has no name or an unknown regime")
                            .arg(catalogue.balls.size() + 1));
        }
        catalogue.balls.append(ball);
    }
    return catalogue;
}

} // namespace ballsdex::render
