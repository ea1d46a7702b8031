// SPDX-License-Identifier: MIT
#include "ZlibStreamInflater.h"

#include <algorithm>
#include <zlib.h>

namespace ballsdex::gateway {

struct ZlibStreamInflater::Stream
{
    z_stream z {};
    bool initialised = false;

    Stream() { initialised = inflateInit(&z) == Z_OK; }
    ~Stream()
    {
        if (initialised)
            inflateEnd(&z);
    }
};

ZlibStreamInflater::ZlibStreamInflater(qsizetype maxPayloadBytes)
    : m_stream(std::make_unique<Stream>())
    , m_maxPayloadBytes(maxPayloadBytes)
{
    m_broken = !m_stream->initialised;
}

ZlibStreamInflater::~ZlibStreamInflater() = default;

void ZlibStreamInflater::reset()
{
    m_stream = std::make_unique<Stream>();
    m_pending.clear();
    m_broken = !m_stream->initialised;
}

bool ZlibStreamInflater::endsWithFlushSuffix(QByteArrayView data)
{
    static constexpr char suffix[] = {'\x00', '\x00', '\xff', '\xff'};
    return data.size() >= 4 && data.last(4) == QByteArrayView(suffix, 4);
}

Result<std::optional<QByteArray>, InflateFailure> ZlibStreamInflater::feed(QByteArrayView message)
{
    if (m_broken)
        return fail(InflateFailure {InflateError::Corrupt,
                                    QStringLiteral("inflate context is broken; reset it first")});
    if (m_pending.isEmpty() && endsWithFlushSuffix(message)) {
        auto payload = inflateAll(message);
        if (!payload)
            return fail(payload.error());
        return std::optional<QByteArray>(std::move(*payload));
    }
    if (m_pending.size() + message.size() > m_maxPayloadBytes) {
        m_pending.clear();
        m_broken = true;
        return fail(InflateFailure {InflateError::PayloadTooLarge,
                                    QStringLiteral("compressed payload exceeds %1 bytes without a "
                                                   "flush marker")
                                        .arg(m_maxPayloadBytes)});
    }
    m_pending.append(message.data(), message.size());
    if (!endsWithFlushSuffix(m_pending))
        return std::optional<QByteArray>();
    const QByteArray input = std::exchange(m_pending, QByteArray());
    auto payload = inflateAll(input);
    if (!payload)
        return fail(payload.error());
    return std::optional<QByteArray>(std::move(*payload));
}

Result<QByteArray, InflateFailure> ZlibStreamInflater::inflateAll(QByteArrayView input)
{
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    z.avail_in = static_cast<uInt>(input.size());

    QByteArray out;
    qsizetype capacity = std::clamp<qsizetype>(std::max(m_lastPayloadSize, input.size() * 4), 1024,
                                               m_maxPayloadBytes);
    out.resize(capacity);
    qsizetype produced = 0;
    for (;;) {
        if (produced == out.size()) {
            if (out.size() >= m_maxPayloadBytes) {
                m_broken = true;
                return fail(InflateFailure {
                    InflateError::PayloadTooLarge,
                    QStringLiteral("inflated payload exceeds %1 bytes").arg(m_maxPayloadBytes)});
            }
            out.resize(std::min(out.size() * 2, m_maxPayloadBytes));
        }
        z.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        z.avail_out = static_cast<uInt>(out.size() - produced);
        const int ret = inflate(&z, Z_SYNC_FLUSH);
        produced = out.size() - z.avail_out;
        if (ret == Z_STREAM_END) {
            // Discord never ends the stream; accept what we got and expect a new zlib header.
            inflateReset(&z);
            if (z.avail_in == 0)
                break;
            continue;
        }
        if (ret == Z_BUF_ERROR) {
            if (z.avail_out == 0)
                continue;
            if (z.avail_in == 0)
                break;
        }
        if (ret != Z_OK) {
            m_broken = true;
            const char *reason = z.msg ? z.msg : "unknown zlib error";
            return fail(InflateFailure {
                InflateError::Corrupt,
                QStringLiteral("zlib error %1: %2").arg(ret).arg(QString::fromLatin1(reason))});
        }
        if (z.avail_in == 0 && z.avail_out != 0)
            break;
    }
    out.truncate(produced);
    m_lastPayloadSize = std::clamp<qsizetype>(produced, 1024, 64 * 1024);
    return out;
}

} // namespace ballsdex::gateway
