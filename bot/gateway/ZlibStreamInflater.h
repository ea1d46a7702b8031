// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace ballsdex::gateway {

enum class InflateError {
    Corrupt, ///< zlib reported a data/stream error; the context is unusable until reset()
    PayloadTooLarge ///< an inflated payload or the buffered compressed data passed the size cap
};

struct InflateFailure
{
    InflateError kind;
    QString message;
};

/// Transport decompression for `compress=zlib-stream` (discord-protocol.md §1.3): one context per
/// connection, WebSocket messages buffered until the buffer ends with 00 00 FF FF, then inflated as
/// one payload. Create a fresh one (or reset()) on every reconnect.
class ZlibStreamInflater final
{
public:
    explicit ZlibStreamInflater(qsizetype maxPayloadBytes = 64 * 1024 * 1024);
    ~ZlibStreamInflater();
    ZlibStreamInflater(const ZlibStreamInflater &) = delete;
    ZlibStreamInflater &operator=(const ZlibStreamInflater &) = delete;

    /// Feeds one WebSocket message. Returns the inflated payload when the message completed one,
    /// std::nullopt while a payload is still being buffered, or an error (then reset() is needed).
    [[nodiscard]] Result<std::optional<QByteArray>, InflateFailure> feed(QByteArrayView message);

    /// Discards buffered data and starts a fresh inflate context.
    void reset();

    [[nodiscard]] bool isBuffering() const { return !m_pending.isEmpty(); }
    [[nodiscard]] bool isBroken() const { return m_broken; }
    [[nodiscard]] qsizetype maxPayloadBytes() const { return m_maxPayloadBytes; }

    /// True when the data ends with the Z_SYNC_FLUSH marker 00 00 FF FF.
    [[nodiscard]] static bool endsWithFlushSuffix(QByteArrayView data);

private:
    Result<QByteArray, InflateFailure> inflateAll(QByteArrayView input);

    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QByteArray m_pending;
    qsizetype m_maxPayloadBytes;
    qsizetype m_lastPayloadSize = 4096;
    bool m_broken = false;
};

} // namespace ballsdex::gateway
