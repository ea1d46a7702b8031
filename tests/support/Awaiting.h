// SPDX-License-Identifier: MIT
#pragma once

#include <QCoroFuture>
#include <QCoroTask>

namespace ballsdex::testing {

template<typename T> QCoro::Task<T> awaitedFuture(QFuture<T> future)
{
    co_return co_await future;
}

/// Awaits a future through a coroutine, spinning the event loop meanwhile, as the bot does.
template<typename T> T await(QFuture<T> future)
{
    return QCoro::waitFor(awaitedFuture(std::move(future)));
}

} // namespace ballsdex::testing
