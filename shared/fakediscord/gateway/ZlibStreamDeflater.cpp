// SPDX-License-Identifier: MIT
#include "ZlibStreamDeflater.h"

#include <zlib.h>

namespace ballsdex::fakediscord {

struct ZlibStreamDeflater::Stream
{
    z_stream z {};
    Stream() { deflateInit(&z, Z_DEFAULT_COMPRESSION); }
    ~Stream() { deflateEnd(&z); }
};

ZlibStreamDeflater::ZlibStreamDeflater()
    : m_stream(std::make_unique<Stream>())
{
}

ZlibStreamDeflater::~ZlibStreamDeflater() = default;

QByteArray ZlibStreamDeflater::compress(QByteArrayView payload)
{
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(payload.data()));
    z.avail_in = static_cast<uInt>(payload.size());
    QByteArray out;
    out.resize(qsizetype(deflateBound(&z, uLong(payload.size()))) + 16);
    qsizetype produced = 0;
    for (;;) {
        z.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        z.avail_out = static_cast<uInt>(out.size() - produced);
        deflate(&z, Z_SYNC_FLUSH);
        produced = out.size() - z.avail_out;
        if (z.avail_out != 0)
            break;
        out.resize(out.size() * 2);
    }
    out.truncate(produced);
    return out;
}

} // namespace ballsdex::fakediscord
