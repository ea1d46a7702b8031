// SPDX-License-Identifier: MIT
// Gateway ingestion benchmark: recorded-style frames through the bot's decode → event → handler
// path, one core. `bench_gateway --rss [--mode=lazy|eager] [--guilds=N] [--events=N]` instead
// reports resident memory after N GUILD_CREATEs and over N MESSAGE_CREATEs.
#include "AllocationCounter.h"
#include "BotPipeline.h"
#include "GatewayPayloads.h"
#include "gateway/GatewayPayload.h"

#include <QByteArray>
#include <QList>

#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <malloc.h>
#include <string_view>
#include <zlib.h>

using namespace ballsdex;
using bench::BotPipeline;
using bench::GatewayPayloads;

namespace {

constexpr int RingSize = 4096;

const QList<QByteArray> &messageRing()
{
    static const QList<QByteArray> ring = GatewayPayloads::messages(RingSize);
    return ring;
}

const QList<QByteArray> &interactionRing()
{
    static const QList<QByteArray> ring = GatewayPayloads::interactions(1024);
    return ring;
}

const QList<QByteArray> &guildRing()
{
    static const QList<QByteArray> ring = GatewayPayloads::guilds(10000);
    return ring;
}

/// The ring as Discord's zlib-stream sends it: one deflate stream, each payload sync-flushed.
const QList<QByteArray> &compressedMessageRing()
{
    static const QList<QByteArray> ring = [] {
        QList<QByteArray> out;
        z_stream z {};
        deflateInit(&z, Z_DEFAULT_COMPRESSION);
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        for (const QByteArray &frame : messageRing()) {
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(frame.data()));
            z.avail_in = uInt(frame.size());
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, Z_SYNC_FLUSH);
            out.append(buffer.left(buffer.size() - qsizetype(z.avail_out)));
        }
        deflateEnd(&z);
        return out;
    }();
    return ring;
}

qint64 totalBytes(const QList<QByteArray> &frames)
{
    qint64 bytes = 0;
    for (const QByteArray &frame : frames)
        bytes += frame.size();
    return bytes;
}

BotPipeline::Mode modeOf(const benchmark::State &state)
{
    return state.range(0) == 0 ? BotPipeline::Mode::Eager : BotPipeline::Mode::Lazy;
}

void report(benchmark::State &state, const QList<QByteArray> &ring, std::uint64_t allocations)
{
    const auto events = qint64(state.iterations());
    state.SetItemsProcessed(events);
    state.SetBytesProcessed(events * totalBytes(ring) / ring.size());
    state.counters["allocs/event"] = double(allocations) / double(std::max<qint64>(events, 1));
    state.SetLabel(state.range(0) == 0 ? "eager (today's shard)" : "lazy");
}

void runRing(benchmark::State &state, const QList<QByteArray> &ring, bool compressed)
{
    BotPipeline pipeline(modeOf(state));
    qsizetype next = 0;
    const std::uint64_t before = bench::allocationStats().allocations;
    for (auto _ : state) {
        if (next == ring.size()) {
            next = 0;
            pipeline.resetSession();
        }
        if (compressed)
            pipeline.onCompressedMessage(ring.at(next++));
        else
            pipeline.onFrame(ring.at(next++));
    }
    report(state, ring, bench::allocationStats().allocations - before);
    benchmark::DoNotOptimize(pipeline.dispatches());
}

void BM_MessageCreate(benchmark::State &state)
{
    runRing(state, messageRing(), false);
}

void BM_MessageCreateZlibStream(benchmark::State &state)
{
    runRing(state, compressedMessageRing(), true);
}

void BM_InteractionCreate(benchmark::State &state)
{
    runRing(state, interactionRing(), false);
}

void BM_GuildCreate(benchmark::State &state)
{
    runRing(state, guildRing(), false);
}

void BM_DecodeMessageOnly(benchmark::State &state)
{
    const QList<QByteArray> &ring = messageRing();
    qsizetype next = 0;
    const std::uint64_t before = bench::allocationStats().allocations;
    for (auto _ : state) {
        if (next == ring.size())
            next = 0;
        if (state.range(0) == 0) {
            auto payload = gateway::decodePayload(ring.at(next++));
            benchmark::DoNotOptimize(payload);
        } else {
            auto payload = gateway::decodePayloadLazily(ring.at(next++));
            benchmark::DoNotOptimize(payload);
        }
    }
    report(state, ring, bench::allocationStats().allocations - before);
}

BENCHMARK(BM_MessageCreate)->Arg(0)->Arg(1);
BENCHMARK(BM_MessageCreateZlibStream)->Arg(0)->Arg(1);
BENCHMARK(BM_InteractionCreate)->Arg(0)->Arg(1);
BENCHMARK(BM_GuildCreate)->Arg(0)->Arg(1);
BENCHMARK(BM_DecodeMessageOnly)->Arg(0)->Arg(1);

// --rss mode ------------------------------------------------------------------------------------

struct Snapshot
{
    std::int64_t rss = 0;
    std::int64_t live = 0;
};

Snapshot snapshot()
{
    return {bench::residentBytes(), bench::allocationStats().liveBytes};
}

void printSnapshot(const char *what, const Snapshot &s, const Snapshot &base, qint64 per)
{
    std::printf("%-34s RSS %8.2f MiB (+%8.1f KiB)  live heap +%9.1f KiB", what,
                double(s.rss) / 1048576.0, double(s.rss - base.rss) / 1024.0,
                double(s.live - base.live) / 1024.0);
    if (per > 0)
        std::printf("  = %.0f B RSS, %.0f B heap per guild", double(s.rss - base.rss) / double(per),
                    double(s.live - base.live) / double(per));
    std::printf("\n");
}

long argument(int argc, char **argv, std::string_view name, long fallback)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg.starts_with(name) && arg.size() > name.size() && arg[name.size()] == '=')
            return std::atol(argv[i] + name.size() + 1);
    }
    return fallback;
}

int runRssReport(int argc, char **argv)
{
    bool eager = false;
    for (int i = 1; i < argc; ++i)
        eager = eager || std::string_view(argv[i]) == "--mode=eager";
    const int guilds = int(argument(argc, argv, "--guilds", 10000));
    const qint64 events = argument(argc, argv, "--events", 10'000'000);
    BotPipeline pipeline(eager ? BotPipeline::Mode::Eager : BotPipeline::Mode::Lazy);
    std::printf("mode %s, %d guilds, %lld MESSAGE_CREATE\n", eager ? "eager" : "lazy", guilds,
                static_cast<long long>(events));

    malloc_trim(0);
    const Snapshot start = snapshot();
    printSnapshot("start", start, start, 0);
    pipeline.onFrame(GatewayPayloads::ready(1, guilds));
    qint64 payloadBytes = 0;
    for (int g = 0; g < guilds; ++g) {
        const QByteArray frame = GatewayPayloads::guildCreate(g + 2, g); // made, fed, dropped
        payloadBytes += frame.size();
        pipeline.onFrame(frame);
    }
    std::printf("GUILD_CREATE average %.0f bytes; %lld guilds available, %lld kept\n",
                double(payloadBytes) / guilds,
                static_cast<long long>(pipeline.tracker().availableCount()),
                static_cast<long long>(pipeline.guildCount()));
    const Snapshot afterGuilds = snapshot();
    printSnapshot("after guilds", afterGuilds, start, guilds);
    malloc_trim(0);
    printSnapshot("after guilds, malloc_trim", snapshot(), start, guilds);

    const QList<QByteArray> &ring = messageRing();
    pipeline.resetSession();
    const Snapshot messagesStart = snapshot();
    printSnapshot("message ring built", messagesStart, start, 0);
    const auto began = std::chrono::steady_clock::now();
    const qint64 step = std::max<qint64>(events / 10, 1);
    qsizetype next = 0;
    for (qint64 e = 1; e <= events; ++e) {
        if (next == ring.size()) {
            next = 0;
            pipeline.resetSession();
        }
        pipeline.onFrame(ring.at(next++));
        if (e % step == 0) {
            char label[64];
            std::snprintf(label, sizeof label, "after %lld messages", static_cast<long long>(e));
            printSnapshot(label, snapshot(), messagesStart, 0);
        }
    }
    const double seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    std::printf("%lld events in %.2f s = %.0f events/s (%lld spawn candidates)\n",
                static_cast<long long>(events), seconds, double(events) / seconds,
                static_cast<long long>(pipeline.spawnCandidates()));
    return pipeline.tracker().availableCount() == guilds ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--rss") == 0)
            return runRssReport(argc, argv);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
