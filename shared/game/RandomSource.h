// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <random>

namespace ballsdex::game {

/// Every random decision of the game rules goes through this, so tests can seed or script it.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    /// Uniform integer in [low, high], both inclusive; low <= high.
    [[nodiscard]] virtual int uniformInt(int low, int high) = 0;
    /// Uniform double in [0, 1).
    [[nodiscard]] virtual double uniformReal() = 0;
};

/// std::mt19937_64: reproducible from a seed in tests, seeded from std::random_device in
/// production.
class SeededRandom final : public RandomSource
{
public:
    SeededRandom();
    explicit SeededRandom(std::uint64_t seed);

    [[nodiscard]] int uniformInt(int low, int high) override;
    [[nodiscard]] double uniformReal() override;

private:
    std::mt19937_64 m_engine;
};

} // namespace ballsdex::game
