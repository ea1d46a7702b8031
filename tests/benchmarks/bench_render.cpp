// SPDX-License-Identifier: MIT
// Card output cost on the default art (1428×2000):
//   drawCold / drawWarm       render(): static layer built / a new instance of a cached ball
//   drawWarmLayers            renderLayers(): only the stats band is drawn and copied
//   encode/...                one drawn card; encode/production_webp_q80_m0 is EncodeOptions{},
//                             the production setting; bytes and psnr_db (RGB, visible pixels)
//   warmDrawAndEncode         render() + encodeImage(production), as InstanceCard does today
//   cacheMissWarm             EncodedCardCache miss on a known ball: stats band drawn and
//                             converted, the static layer's YUV planes reused (recommended path)
//   cachedCard                EncodedCardCache hit (the same card shown again)
// threads:2 runs keep both cores busy: items_per_second is the total. "CPU" counts the calling
// thread only (libwebp's analysis half on its worker thread is not in it).
// Run: QT_QPA_PLATFORM=offscreen bench_render [--benchmark_filter=...]
#include "render/CardEncoder.h"
#include "render/CardRenderer.h"
#include "render/EncodedCardCache.h"

#include <QGuiApplication>

#include <atomic>
#include <benchmark/benchmark.h>
#include <cmath>
#include <functional>
#include <memory>

using namespace ballsdex;
using namespace ballsdex::render;

namespace {

QString artDir()
{
    return qEnvironmentVariable("BALLSDEX_SOURCE_DIR", QStringLiteral(BALLSDEX_BENCH_SOURCE_DIR))
        + QStringLiteral("/resources/art");
}

CardData sampleCard()
{
    CardData card;
    card.ball.country = QStringLiteral("Aldoria");
    card.ball.health = 1200;
    card.ball.attack = 800;
    card.ball.collectionCard = QStringLiteral("aldoria.png");
    card.ball.credits = QStringLiteral("BallsDex C++ project");
    card.ball.capacityName = QStringLiteral("Tricolour Shield");
    card.ball.capacityDescription
        = QStringLiteral("Raises a striped banner that absorbs the first hit of every battle.");
    card.regime = {1, QStringLiteral("Democracy"), QStringLiteral("democracy.png")};
    card.economy
        = domain::Economy {1, QStringLiteral("Capitalist"), QStringLiteral("capitalist.png")};
    return card;
}

std::shared_ptr<const CardRenderer> makeRenderer(int cachedLayers = 8)
{
    return std::make_shared<const CardRenderer>(std::make_shared<MediaDirectory>(artDir()),
                                                cachedLayers);
}

// Peak signal-to-noise ratio over R, G and B of the visible pixels; 0 when the bytes cannot be
// decoded here.
double psnr(const QImage &source, const QByteArray &encoded)
{
    QImage decoded;
    if (!decoded.loadFromData(encoded) || decoded.size() != source.size())
        return 0;
    const QImage a = source.convertToFormat(QImage::Format_ARGB32);
    const QImage b = decoded.convertToFormat(QImage::Format_ARGB32);
    double squared = 0;
    qint64 samples = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *p = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *q = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (qAlpha(p[x]) == 0)
                continue;
            const int dr = qRed(p[x]) - qRed(q[x]);
            const int dg = qGreen(p[x]) - qGreen(q[x]);
            const int db = qBlue(p[x]) - qBlue(q[x]);
            squared += dr * dr + dg * dg + db * db;
            samples += 3;
        }
    }
    const double mse = samples == 0 ? 0 : squared / double(samples);
    return mse == 0 ? 99.0 : 10 * std::log10(255.0 * 255.0 / mse);
}

void drawCold(benchmark::State &state)
{
    const auto renderer = makeRenderer(1);
    CardData card = sampleCard();
    int n = 0;
    for (auto _ : state) {
        card.ball.capacityName = QStringLiteral("Shield ") + QString::number(++n);
        benchmark::DoNotOptimize(renderer->render(card));
    }
    state.counters["static_builds"] = double(renderer->staticLayerBuilds());
}

void drawWarm(benchmark::State &state)
{
    const auto renderer = makeRenderer();
    CardData card = sampleCard();
    int n = 0;
    for (auto _ : state) {
        card.attackBonus = ++n % 40 - 20;
        benchmark::DoNotOptimize(renderer->render(card));
    }
    state.counters["static_builds"] = double(renderer->staticLayerBuilds());
}

void encode(benchmark::State &state, const std::function<void(EncodeOptions &)> &tune)
{
    EncodeOptions options;
    tune(options);
    const QImage card = makeRenderer()->render(sampleCard());
    QByteArray bytes;
    for (auto _ : state) {
        bytes = encodeImage(card, options).bytes;
        benchmark::DoNotOptimize(bytes.constData());
    }
    state.counters["bytes"] = double(bytes.size());
    state.counters["psnr_db"] = psnr(card, bytes);
}

// Real card backgrounds often have transparent rounded corners: the alpha plane is coded too.
void encodeTransparentCorners(benchmark::State &state)
{
    QImage card = makeRenderer()->render(sampleCard());
    for (int y = 0; y < 60; ++y) {
        for (int x = 0; x + y < 60; ++x) {
            for (const QPoint corner :
                 {QPoint(x, y), QPoint(card.width() - 1 - x, y), QPoint(x, card.height() - 1 - y),
                  QPoint(card.width() - 1 - x, card.height() - 1 - y)})
                card.setPixel(corner, 0);
        }
    }
    QByteArray bytes;
    for (auto _ : state) {
        bytes = encodeImage(card, EncodeOptions {}).bytes;
        benchmark::DoNotOptimize(bytes.constData());
    }
    state.counters["bytes"] = double(bytes.size());
    state.counters["psnr_db"] = psnr(card, bytes);
}

// One card per iteration on every benchmark thread: with threads:2 items_per_second is the
// throughput of both cores.
void warmDrawAndEncode(benchmark::State &state)
{
    static const std::shared_ptr<const CardRenderer> renderer = makeRenderer();
    CardData card = sampleCard();
    int n = state.thread_index() * 7;
    for (auto _ : state) {
        card.healthBonus = ++n % 40 - 20;
        benchmark::DoNotOptimize(encodeImage(renderer->render(card), EncodeOptions {}).bytes);
    }
    state.SetItemsProcessed(state.iterations());
}

void cachedCard(benchmark::State &state)
{
    const EncodedCardCache cache(makeRenderer());
    const CardData card = sampleCard();
    (void)cache.card(card);
    for (auto _ : state)
        benchmark::DoNotOptimize(cache.card(card).bytes);
    state.counters["hits"] = double(cache.hits());
    state.counters["misses"] = double(cache.misses());
}

// Only the stats band of a cached ball is drawn and copied (what EncodedCardCache uses).
void drawWarmLayers(benchmark::State &state)
{
    const auto renderer = makeRenderer();
    CardData card = sampleCard();
    int n = 0;
    for (auto _ : state) {
        card.attackBonus = ++n % 40 - 20;
        benchmark::DoNotOptimize(renderer->renderLayers(card));
    }
}

// Every card new (other stats) for a ball already seen: the production path of a miss
// (stats band drawn and converted, static layer's YUV reused, production encode). With
// threads:2 both cores serve misses; items_per_second is the total.
void cacheMissWarm(benchmark::State &state)
{
    static const EncodedCardCache cache(makeRenderer(), 64);
    static std::atomic<int> cards {0};
    CardData card = sampleCard();
    for (auto _ : state) {
        card.ball.health = 1000 + ++cards; // a new stats text, the same static layer
        benchmark::DoNotOptimize(cache.card(card).bytes);
    }
    state.SetItemsProcessed(state.iterations());
    // Counters of threaded runs are summed over the threads unless averaged.
    state.counters["layer_conversions"]
        = benchmark::Counter(double(cache.layerConversions()), benchmark::Counter::kAvgThreads);
}

} // namespace

BENCHMARK(drawCold)->Unit(benchmark::kMillisecond);
BENCHMARK(drawWarm)->Unit(benchmark::kMillisecond);
BENCHMARK(drawWarmLayers)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(encode, production_webp_q80_m0, [](EncodeOptions &) {
})->Unit(benchmark::kMillisecond);
BENCHMARK(encodeTransparentCorners)
    ->Name("encode/production_transparent_corners")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(encode, webp_q80_m0_libwebp_import, [](EncodeOptions &o) {
    o.libwebpImport = true;
})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(encode, webp_q80_m0_one_thread, [](EncodeOptions &o) {
    o.webpThreads = false;
})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(encode, webp_q80_m0_seg1_sns0_f0, [](EncodeOptions &o) {
    o.webpSegments = 1;
    o.webpSnsStrength = 0;
    o.webpFilterStrength = 0;
})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(encode, webp_q60_m0, [](EncodeOptions &o) {
    o.quality = 60;
})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(encode, webp_q80_m2, [](EncodeOptions &o) {
    o.webpMethod = 2;
})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(encode, webp_q80_m4, [](EncodeOptions &o) {
    o.webpMethod = 4;
})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(encode, png, [](EncodeOptions &o) {
    o.format = ImageFormat::Png;
})->Unit(benchmark::kMillisecond);
BENCHMARK(warmDrawAndEncode)->Unit(benchmark::kMillisecond);
BENCHMARK(warmDrawAndEncode)->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(cachedCard)->Unit(benchmark::kMicrosecond);
BENCHMARK(cacheMissWarm)->Unit(benchmark::kMillisecond);
BENCHMARK(cacheMissWarm)->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                 : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
