// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <coroutine>
#include <utility>
#include <vector>

namespace ballsdex::interactions {

/// A gate coroutines can co_await until someone opens it; opening resumes every waiter in
/// order, synchronously. Single-threaded (the owning thread's event loop).
class AsyncLatch final
{
public:
    AsyncLatch() = default;
    AsyncLatch(const AsyncLatch &) = delete;
    AsyncLatch &operator=(const AsyncLatch &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }

    void open()
    {
        if (m_open) {
            return;
        }
        m_open = true;
        auto waiters = std::exchange(m_waiters, {});
        for (auto handle : waiters) {
            handle.resume();
        }
    }

    struct Awaiter
    {
        AsyncLatch &latch;
        [[nodiscard]] bool await_ready() const noexcept { return latch.m_open; }
        void await_suspend(std::coroutine_handle<> handle) { latch.m_waiters.push_back(handle); }
        void await_resume() const noexcept { }
    };

    [[nodiscard]] Awaiter wait() { return Awaiter {*this}; }

private:
    std::vector<std::coroutine_handle<>> m_waiters;
    bool m_open = false;
};

} // namespace ballsdex::interactions
