// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace ballsdex::bench {

/// Counts every heap allocation of the process. The benchmark binary replaces malloc/calloc/
/// realloc/free (forwarding to glibc's), because Qt's containers and JSON allocate with malloc,
/// not operator new, and so would escape a counting operator new.
struct AllocationStats
{
    std::uint64_t allocations = 0; ///< malloc, calloc, realloc that moved or grew from null
    std::int64_t liveBytes = 0; ///< usable bytes currently allocated
};

[[nodiscard]] AllocationStats allocationStats();

/// Resident set size of the process in bytes (/proc/self/statm).
[[nodiscard]] std::int64_t residentBytes();

} // namespace ballsdex::bench
