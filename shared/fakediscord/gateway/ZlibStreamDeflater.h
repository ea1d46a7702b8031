// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace ballsdex::fakediscord {

/// The server half of zlib-stream: one deflate context per connection, each payload compressed
/// and ended with Z_SYNC_FLUSH (so its bytes end in 00 00 FF FF).
class ZlibStreamDeflater final
{
public:
    ZlibStreamDeflater();
    ~ZlibStreamDeflater();
    ZlibStreamDeflater(const ZlibStreamDeflater &) = delete;
    ZlibStreamDeflater &operator=(const ZlibStreamDeflater &) = delete;

    [[nodiscard]] QByteArray compress(QByteArrayView payload);

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
};

} // namespace ballsdex::fakediscord
