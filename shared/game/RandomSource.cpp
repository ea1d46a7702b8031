// SPDX-License-Identifier: MIT
#include "RandomSource.h"

namespace ballsdex::game {

SeededRandom::SeededRandom()
    : m_engine((std::uint64_t(std::random_device {}()) << 32) ^ std::random_device {}())
{
}

SeededRandom::SeededRandom(std::uint64_t seed)
    : m_engine(seed)
{
}

int SeededRandom::uniformInt(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_engine);
}

double SeededRandom::uniformReal()
{
    // generate_canonical may return exactly 1.0 on some libraries; keep the documented [0, 1).
    const double value = std::generate_canonical<double, 53>(m_engine);
    return value < 1.0 ? value : 0.0;
}

} // namespace ballsdex::game
