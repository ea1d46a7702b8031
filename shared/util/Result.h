// SPDX-License-Identifier: MIT
#pragma once

#include <expected>

namespace ballsdex {

/// Errors cross module boundaries as values; each module has its own error type.
template<typename T, typename E> using Result = std::expected<T, E>;

template<typename E> [[nodiscard]] constexpr std::unexpected<E> fail(E error)
{
    return std::unexpected<E>(std::move(error));
}

} // namespace ballsdex
