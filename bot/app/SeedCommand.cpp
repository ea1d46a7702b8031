// SPDX-License-Identifier: MIT
#include "app/SeedCommand.h"

#include "config/Settings.h"
#include "render/StarterCatalogue.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"

#include <QCoroFuture>
#include <QDir>
#include <QFile>

namespace ballsdex::bot {
namespace {

/// Copies the starter images that are not in the media folder yet; returns how many, or -1.
int copyStarterArt(const render::StarterCatalogue &starter, const QString &mediaDirectory,
                   QTextStream &err)
{
    if (!QDir().mkpath(mediaDirectory)) {
        err << "ballsdex-bot: cannot create the media folder " << mediaDirectory
            << " (check its permissions or set media-directory)\n";
        return -1;
    }
    int copied = 0;
    const QDir media(mediaDirectory);
    for (const QString &file : starter.imageFiles()) {
        const QString target = media.filePath(file);
        if (QFile::exists(target))
            continue;
        const QString source = render::StarterCatalogue::mediaRoot() + QLatin1Char('/') + file;
        if (!QFile::copy(source, target)) {
            err << "ballsdex-bot: cannot write " << target << '\n';
            return -1;
        }
        QFile::setPermissions(
            target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        ++copied;
    }
    return copied;
}

template<typename T>
std::optional<domain::RowId> idByName(const QList<T> &items, const QString &name)
{
    for (const T &item : items) {
        if (item.name.compare(name, Qt::CaseInsensitive) == 0)
            return item.id;
    }
    return std::nullopt;
}

template<typename T> QString nameById(const QList<T> &items, domain::RowId id)
{
    for (const T &item : items) {
        if (item.id == id)
            return item.name;
    }
    return {};
}

} // namespace

QCoro::Task<int> runSeedStarterCatalogue(const config::Settings &settings, QTextStream &out,
                                         QTextStream &err)
{
    const auto starter = render::loadStarterCatalogue();
    if (!starter) {
        err << "ballsdex-bot: " << starter.error() << '\n';
        co_return 1;
    }
    const int copied = copyStarterArt(*starter, settings.mediaDirectory, err);
    if (copied < 0)
        co_return 1;
    out << "Copied " << copied << " starter image(s) into " << settings.mediaDirectory << '\n';

    storage::DatabaseOptions options;
    options.conninfo = settings.database.url.toConninfo();
    storage::Database database(options);
    storage::CatalogueRepository repository(database);
    const auto current = co_await repository.loadAll();
    if (!current) {
        err << "ballsdex-bot: cannot read the catalogue: " << current.error().message << '\n';
        co_return 1;
    }
    if (!current->balls.isEmpty()) {
        out << "The catalogue already has " << current->balls.size()
            << " ball(s); no starter ball added.\n";
        co_return 0;
    }

    int added = 0;
    for (domain::Ball ball : starter->balls) {
        const auto regime = idByName(current->regimes, nameById(starter->regimes, ball.regimeId));
        if (!regime) {
            err << "ballsdex-bot: the database has no regime for starter ball " << ball.country
                << " (run `ballsdex-bot migrate` first)\n";
            co_return 1;
        }
        ball.id = 0;
        ball.regimeId = *regime;
        if (ball.economyId) {
            ball.economyId
                = idByName(current->economies, nameById(starter->economies, *ball.economyId));
        }
        const auto created = co_await repository.createBall(ball);
        if (!created) {
            err << "ballsdex-bot: cannot add " << ball.country << ": " << created.error().message
                << '\n';
            co_return 1;
        }
        ++added;
    }
    out << "Added " << added << " starter balls to the catalogue.\n";
    co_return 0;
}

} // namespace ballsdex::bot
