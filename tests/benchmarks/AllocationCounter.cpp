// SPDX-License-Identifier: MIT
#include "AllocationCounter.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <malloc.h>
#include <unistd.h>

extern "C" {
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *pointer, size_t size);
void __libc_free(void *pointer);
void *__libc_memalign(size_t alignment, size_t size);
}

namespace {

std::atomic<std::uint64_t> g_allocations {0};
std::atomic<std::int64_t> g_liveBytes {0};

void counted(void *pointer)
{
    if (pointer) {
        g_allocations.fetch_add(1, std::memory_order_relaxed);
        g_liveBytes.fetch_add(std::int64_t(malloc_usable_size(pointer)), std::memory_order_relaxed);
    }
}

} // namespace

extern "C" {

void *malloc(size_t size)
{
    void *pointer = __libc_malloc(size);
    counted(pointer);
    return pointer;
}

void *calloc(size_t count, size_t size)
{
    void *pointer = __libc_calloc(count, size);
    counted(pointer);
    return pointer;
}

void *realloc(void *pointer, size_t size)
{
    const std::int64_t before = pointer ? std::int64_t(malloc_usable_size(pointer)) : 0;
    void *moved = __libc_realloc(pointer, size);
    if (moved) {
        if (moved != pointer)
            g_allocations.fetch_add(1, std::memory_order_relaxed);
        g_liveBytes.fetch_add(std::int64_t(malloc_usable_size(moved)) - before,
                              std::memory_order_relaxed);
    } else if (size == 0 && pointer) {
        g_liveBytes.fetch_sub(before, std::memory_order_relaxed);
    }
    return moved;
}

void *aligned_alloc(size_t alignment, size_t size)
{
    void *pointer = __libc_memalign(alignment, size);
    counted(pointer);
    return pointer;
}

void *memalign(size_t alignment, size_t size)
{
    return aligned_alloc(alignment, size);
}

int posix_memalign(void **result, size_t alignment, size_t size)
{
    if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0)
        return EINVAL;
    *result = aligned_alloc(alignment, size);
    return *result || size == 0 ? 0 : ENOMEM;
}

void free(void *pointer)
{
    if (pointer)
        g_liveBytes.fetch_sub(std::int64_t(malloc_usable_size(pointer)), std::memory_order_relaxed);
    __libc_free(pointer);
}

} // extern "C"

namespace ballsdex::bench {

AllocationStats allocationStats()
{
    return {g_allocations.load(std::memory_order_relaxed),
            g_liveBytes.load(std::memory_order_relaxed)};
}

std::int64_t residentBytes()
{
    std::FILE *file = std::fopen("/proc/self/statm", "r");
    if (!file)
        return -1;
    long size = 0;
    long resident = 0;
    const int read = std::fscanf(file, "%ld %ld", &size, &resident);
    std::fclose(file);
    return read == 2 ? std::int64_t(resident) * sysconf(_SC_PAGESIZE) : -1;
}

} // namespace ballsdex::bench
