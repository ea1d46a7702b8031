// SPDX-License-Identifier: MIT
// What the card designer's live preview costs per edit, on the default art (1428×2000), i.e.
// PreviewRenderer::renderPreview: the shared renderer's full card, then a smooth scale to the
// preview area.
//   editName/<w>     the name changed: the static layer (background, texts, credits, artwork,
//                    icon) is drawn again
//   editDescription/<w> the ability text changed at its end (only its last line is new)
//   editStat/<w>     a stat changed: the cached static layer is reused, only the numbers drawn
//   editNameNoScale  editName without the scaling step
// Run: QT_QPA_PLATFORM=offscreen bench_designer_preview [--benchmark_filter=...]
#include "designer/PreviewRenderer.h"
#include "render/ImageSource.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

using namespace ballsdex;

namespace {

QString artDir()
{
    return qEnvironmentVariable("BALLSDEX_SOURCE_DIR", QStringLiteral(BALLSDEX_BENCH_SOURCE_DIR))
        + QStringLiteral("/resources/art");
}

render::CardData sampleCard()
{
    render::CardData card;
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

const render::CardRenderer &renderer()
{
    static const render::CardRenderer instance(std::make_shared<render::MediaDirectory>(artDir()));
    return instance;
}

QSize previewSize(const benchmark::State &state)
{
    const int width = int(state.range(0));
    return {width, width * 2000 / 1428};
}

void editName(benchmark::State &state)
{
    render::CardData card = sampleCard();
    const QSize size = previewSize(state);
    int edit = 0;
    for (auto _ : state) {
        card.ball.country = QStringLiteral("Aldoria") + QString::number(++edit);
        benchmark::DoNotOptimize(studio::PreviewRenderer::renderPreview(renderer(), card, size));
    }
}

void editDescription(benchmark::State &state)
{
    render::CardData card = sampleCard();
    const QSize size = previewSize(state);
    const QString base = card.ball.capacityDescription;
    int edit = 0;
    for (auto _ : state) {
        // Typing at the end of the text: only its last line changes.
        card.ball.capacityDescription = base + QStringLiteral(" x") + QString::number(++edit % 97);
        benchmark::DoNotOptimize(studio::PreviewRenderer::renderPreview(renderer(), card, size));
    }
}

void editStat(benchmark::State &state)
{
    render::CardData card = sampleCard();
    const QSize size = previewSize(state);
    benchmark::DoNotOptimize(studio::PreviewRenderer::renderPreview(renderer(), card, size));
    int edit = 0;
    for (auto _ : state) {
        card.ball.health = 1000 + (++edit % 5000);
        benchmark::DoNotOptimize(studio::PreviewRenderer::renderPreview(renderer(), card, size));
    }
}

void editNameNoScale(benchmark::State &state)
{
    render::CardData card = sampleCard();
    int edit = 0;
    for (auto _ : state) {
        card.ball.country = QStringLiteral("Aldoria") + QString::number(++edit);
        benchmark::DoNotOptimize(renderer().render(card));
    }
}

} // namespace

BENCHMARK(editName)->Arg(357)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(editDescription)->Arg(357)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(editStat)->Arg(357)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(editNameNoScale)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
