// SPDX-License-Identifier: MIT
// Cost of one spawn decision per MESSAGE_CREATE (budget: 2 us).
//   bench_spawn --benchmark_filter=BM_OnMessage
#include "game/RandomSource.h"
#include "game/SpawnManager.h"

#include <benchmark/benchmark.h>
#include <vector>

using namespace ballsdex::game;

namespace {

/// 1000 guilds of mixed sizes; each message comes from one of a guild's few dozen chatters,
/// with a few very active authors, and time advances ~50 ms per message overall.
std::vector<MessageFacts> makeStream(std::size_t count)
{
    SeededRandom random(1234);
    std::vector<MessageFacts> stream;
    stream.reserve(count);
    std::int64_t now = 1'700'000'000'000;
    const int sizes[] = {3, 40, 350, 5000, 80};
    for (std::size_t i = 0; i < count; ++i) {
        now += random.uniformInt(0, 100);
        const int guild = random.uniformInt(1, 1000);
        const bool heavy = random.uniformReal() < 0.3;
        const int author = heavy ? random.uniformInt(1, 3) : random.uniformInt(1, 60);
        stream.push_back(MessageFacts {std::int64_t(guild) << 22,
                                       (std::int64_t(guild) << 32) + author, now,
                                       random.uniformInt(0, 120), sizes[guild % 5], true});
    }
    return stream;
}

void BM_OnMessage(benchmark::State &state)
{
    static const std::vector<MessageFacts> stream = makeStream(1 << 20);
    SeededRandom random(1);
    SpawnManager manager(SpawnRules {}, random);
    for (const MessageFacts &facts : stream) // warm: every guild has a full cache
        benchmark::DoNotOptimize(manager.onMessage(facts));
    std::int64_t shift = stream.back().createdAtMs - stream.front().createdAtMs + 1;
    std::size_t i = 0;
    std::int64_t spawns = 0;
    for (auto _ : state) {
        MessageFacts facts = stream[i];
        facts.createdAtMs += shift;
        const SpawnDecision decision = manager.onMessage(facts);
        spawns += decision.spawn ? 1 : 0;
        benchmark::DoNotOptimize(decision);
        if (++i == stream.size()) {
            i = 0;
            shift += stream.back().createdAtMs - stream.front().createdAtMs + 1;
        }
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["spawns"] = benchmark::Counter(double(spawns));
}
BENCHMARK(BM_OnMessage);

} // namespace

BENCHMARK_MAIN();
