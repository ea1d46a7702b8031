// SPDX-License-Identifier: MIT
// Card rendering cost on the default art: a cold draw (static layer built), a warm draw (a new
// instance of a cached ball: only its stats), and encoding one card as WebP q80 and as PNG.
// Run: QT_QPA_PLATFORM=offscreen bench_render [--benchmark_filter=...]
#include "render/CardEncoder.h"
#include "render/CardRenderer.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>
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

void drawCold(benchmark::State &state)
{
    const CardRenderer renderer(std::make_shared<MediaDirectory>(artDir()), 1);
    CardData card = sampleCard();
    int n = 0;
    for (auto _ : state) {
        card.ball.capacityName = QStringLiteral("Shield ") + QString::number(++n);
        benchmark::DoNotOptimize(renderer.render(card));
    }
    state.counters["static_builds"] = double(renderer.staticLayerBuilds());
}

void drawWarm(benchmark::State &state)
{
    const CardRenderer renderer(std::make_shared<MediaDirectory>(artDir()));
    CardData card = sampleCard();
    int n = 0;
    for (auto _ : state) {
        card.attackBonus = ++n % 40 - 20;
        benchmark::DoNotOptimize(renderer.render(card));
    }
    state.counters["static_builds"] = double(renderer.staticLayerBuilds());
}

void encode(benchmark::State &state, ImageFormat format, int webpMethod)
{
    const CardRenderer renderer(std::make_shared<MediaDirectory>(artDir()));
    const QImage card = renderer.render(sampleCard());
    qint64 bytes = 0;
    for (auto _ : state) {
        const EncodedImage encoded = encodeImage(card, format, 80, webpMethod);
        bytes = encoded.bytes.size();
        benchmark::DoNotOptimize(encoded.bytes.constData());
    }
    state.counters["bytes"] = double(bytes);
}

void warmDrawAndWebP(benchmark::State &state)
{
    const CardRenderer renderer(std::make_shared<MediaDirectory>(artDir()));
    CardData card = sampleCard();
    int n = 0;
    for (auto _ : state) {
        card.healthBonus = ++n % 40 - 20;
        benchmark::DoNotOptimize(encodeImage(renderer.render(card), ImageFormat::WebP, 80).bytes);
    }
}

} // namespace

BENCHMARK(drawCold)->Unit(benchmark::kMillisecond);
BENCHMARK(drawWarm)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(encode, webp_q80_method0, ImageFormat::WebP, 0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(encode, webp_q80_method2, ImageFormat::WebP, 2)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(encode, webp_q80_method4, ImageFormat::WebP, 4)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(encode, png, ImageFormat::Png, 0)->Unit(benchmark::kMillisecond);
BENCHMARK(warmDrawAndWebP)->Unit(benchmark::kMillisecond);

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
