// SPDX-License-Identifier: MIT
#include "app/PreviewCommand.h"

#include "config/Settings.h"
#include "render/CardEncoder.h"
#include "render/CardRenderer.h"
#include "render/StarterCatalogue.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"

#include <QCoroFuture>
#include <QFile>
#include <QtConcurrentRun>

namespace ballsdex::bot {
namespace {

struct Catalogue
{
    QList<domain::Regime> regimes;
    QList<domain::Economy> economies;
    QList<domain::Special> specials;
    QList<domain::Ball> balls;
    QString mediaRoot;
};

template<typename T> const T *byId(const QList<T> &items, domain::RowId id)
{
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QString names(const QList<domain::Ball> &balls)
{
    QStringList list;
    for (const domain::Ball &ball : balls.mid(0, 20))
        list.append(ball.country);
    return list.join(QStringLiteral(", "))
        + (balls.size() > 20 ? QStringLiteral(", …") : QString());
}

QCoro::Task<std::optional<Catalogue>>
loadCatalogue(const PreviewOptions &options, const config::Settings &settings, QTextStream &err)
{
    if (options.starter || !settings.database.hasUrl()) {
        const auto starter = render::loadStarterCatalogue();
        if (!starter) {
            err << "ballsdex-bot preview: " << starter.error() << '\n';
            co_return std::nullopt;
        }
        co_return Catalogue {starter->regimes, starter->economies, starter->specials,
                             starter->balls, render::StarterCatalogue::mediaRoot()};
    }
    storage::DatabaseOptions databaseOptions;
    databaseOptions.conninfo = settings.database.url.toConninfo();
    databaseOptions.connectAttempts = 1;
    storage::Database database(databaseOptions);
    storage::CatalogueRepository repository(database);
    const auto snapshot = co_await repository.loadAll();
    if (!snapshot) {
        err << "ballsdex-bot preview: cannot read the catalogue: " << snapshot.error().message
            << "\n(use --starter to preview the built-in starter catalogue)\n";
        co_return std::nullopt;
    }
    co_return Catalogue {snapshot->regimes, snapshot->economies, snapshot->specials,
                         snapshot->balls, settings.mediaDirectory};
}

} // namespace

QCoro::Task<int> runPreview(PreviewOptions options, const config::Settings &settings,
                            QTextStream &out, QTextStream &err)
{
    const std::optional<Catalogue> catalogue = co_await loadCatalogue(options, settings, err);
    if (!catalogue)
        co_return 1;
    if (catalogue->balls.isEmpty()) {
        err << "ballsdex-bot preview: the catalogue has no balls yet (use --starter)\n";
        co_return 1;
    }

    const domain::Ball *ball = &catalogue->balls.first();
    if (!options.ball.isEmpty()) {
        ball = nullptr;
        for (const domain::Ball &candidate : catalogue->balls) {
            if (candidate.country.compare(options.ball, Qt::CaseInsensitive) == 0)
                ball = &candidate;
        }
        if (ball == nullptr) {
            err << "ballsdex-bot preview: no ball named \"" << options.ball
                << "\". Known: " << names(catalogue->balls) << '\n';
            co_return 2;
        }
    }
    render::CardData card;
    card.ball = *ball;
    if (const domain::Regime *regime = byId(catalogue->regimes, ball->regimeId))
        card.regime = *regime;
    if (ball->economyId) {
        if (const domain::Economy *economy = byId(catalogue->economies, *ball->economyId))
            card.economy = *economy;
    }
    if (!options.special.isEmpty()) {
        for (const domain::Special &special : catalogue->specials) {
            if (special.name.compare(options.special, Qt::CaseInsensitive) == 0)
                card.special = special;
        }
        if (!card.special) {
            err << "ballsdex-bot preview: no special named \"" << options.special << "\"\n";
            co_return 2;
        }
    }
    card.attackBonus = options.attackBonus;
    card.healthBonus = options.healthBonus;
    card.showRarity = settings.showRarity;

    const render::ImageFormat format
        = options.png ? render::ImageFormat::Png : render::ImageFormat::WebP;
    const QString mediaRoot = catalogue->mediaRoot;
    // GCC 12 destroys a lambda's captures twice when the lambda is written inside co_await.
    const auto draw = [card, format, mediaRoot] {
        const render::CardRenderer renderer(std::make_shared<render::MediaDirectory>(mediaRoot));
        return render::encodeImage(renderer.render(card), format);
    };
    QFuture<render::EncodedImage> drawing = QtConcurrent::run(draw);
    const render::EncodedImage encoded = co_await drawing;
    if (encoded.bytes.isEmpty()) {
        err << "ballsdex-bot preview: the card could not be drawn (see the log above)\n";
        co_return 1;
    }

    QFile file;
    const bool toStdout = options.output == QLatin1String("-");
    const bool opened = toStdout
        ? file.open(stdout, QIODevice::WriteOnly)
        : (file.setFileName(options.output), file.open(QIODevice::WriteOnly));
    if (!opened || file.write(encoded.bytes) != encoded.bytes.size()) {
        err << "ballsdex-bot preview: cannot write " << options.output << ": " << file.errorString()
            << '\n';
        co_return 1;
    }
    file.close();
    if (!toStdout) {
        out << "Wrote the card of " << ball->country << " to " << options.output << " ("
            << encoded.bytes.size() / 1024 << " KiB, " << encoded.fileName().section(u'.', -1)
            << ")\n";
    }
    co_return 0;
}

} // namespace ballsdex::bot
