// SPDX-License-Identifier: MIT
#pragma once

#include <version>

#if defined(__cpp_lib_expected)
#include <expected>
#else
// Compilers whose library lacks std::expected (clang 14 for the fuzz builds) use tl::expected,
// which has the same interface.
#include <tl/expected.hpp>
#endif

#include <utility>

namespace ballsdex {

#if defined(__cpp_lib_expected)
template<typename T, typename E>
using Result = std::expected<T, E>;
template<typename E>
using Unexpected = std::unexpected<E>;
#else
template<typename T, typename E>
using Result = tl::expected<T, E>;
template<typename E>
using Unexpected = tl::unexpected<E>;
#endif

/// Errors cross module boundaries as values; each module has its own error type.
template<typename E>
[[nodiscard]] constexpr Unexpected<E> fail(E error)
{
    return Unexpected<E>(std::move(error));
}

} // namespace ballsdex
