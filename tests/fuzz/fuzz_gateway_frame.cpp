// SPDX-License-Identifier: MIT
// Frame decoder fuzz target. The first byte picks a mode:
//   0 → the rest is one frame: decodePayload and decodePayloadLazily must agree (op, s, t, d,
//       failure kind); the scanner must accept exactly what QJsonDocument accepts as an object;
//       events built both ways must give the same data() and DispatchModels readings.
//   1 → the rest is zlib-stream transport data fed in chunks (sizes from the data) to
//       ZlibStreamInflater; every inflated payload goes through mode 0.
//   2 → the rest is a payload: deflated with sync flushes, fed in chunks, it must inflate back
//       to itself, then goes through mode 0.
#include "FuzzCheck.h"
#include "gateway/DispatchModels.h"
#include "gateway/GatewayEvent.h"
#include "gateway/GatewayPayload.h"
#include "gateway/ZlibStreamInflater.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdint>
#include <zlib.h>

using namespace ballsdex::gateway;

namespace {

constexpr qsizetype MaxInflated = 1 << 20;

void checkSameModels(const GatewayEvent &eager, const GatewayEvent &lazy)
{
    FUZZ_CHECK(eager.type() == lazy.type());
    FUZZ_CHECK(eager.data() == lazy.data());

    const auto availabilityA = parseGuildAvailability(eager);
    const auto availabilityB = parseGuildAvailability(lazy);
    FUZZ_CHECK(availabilityA.has_value() == availabilityB.has_value());
    if (availabilityA) {
        FUZZ_CHECK(availabilityA->guildId == availabilityB->guildId);
        FUZZ_CHECK(availabilityA->unavailable == availabilityB->unavailable);
        const auto fromObject = parseGuildAvailability(eager.data());
        FUZZ_CHECK(fromObject && fromObject->guildId == availabilityA->guildId);
    }

    const auto guildA = parseGuildSummary(eager);
    const auto guildB = parseGuildSummary(lazy);
    FUZZ_CHECK(guildA.has_value() == guildB.has_value());
    if (guildA) {
        FUZZ_CHECK(guildA->guildId == guildB->guildId);
        FUZZ_CHECK(guildA->unavailable == guildB->unavailable);
        FUZZ_CHECK(guildA->memberCount == guildB->memberCount);
        FUZZ_CHECK(guildA->name == guildB->name);
    }

    const auto messageA = parseMessageSummary(eager);
    const auto messageB = parseMessageSummary(lazy);
    FUZZ_CHECK(messageA.has_value() == messageB.has_value());
    if (messageA) {
        FUZZ_CHECK(messageA->messageId == messageB->messageId);
        FUZZ_CHECK(messageA->channelId == messageB->channelId);
        FUZZ_CHECK(messageA->guildId == messageB->guildId);
        FUZZ_CHECK(messageA->authorId == messageB->authorId);
        FUZZ_CHECK(messageA->authorIsBot == messageB->authorIsBot);
        FUZZ_CHECK(messageA->fromWebhook == messageB->fromWebhook);
        FUZZ_CHECK(messageA->content == messageB->content);
    }

    const auto readyA = parseReady(eager.data());
    const auto readyB = parseReady(lazy.data());
    FUZZ_CHECK(readyA.has_value() == readyB.has_value());
}

void checkFrame(QByteArrayView frame)
{
    QJsonParseError error {};
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(frame.data(), frame.size()), &error);
    const bool qtObject = error.error == QJsonParseError::NoError && document.isObject();
    FUZZ_CHECK(rawjson::findMembers(frame, {}, {}) == qtObject);

    const auto eager = decodePayload(frame);
    const auto lazy = decodePayloadLazily(frame);
    FUZZ_CHECK(eager.has_value() == lazy.has_value());
    if (!eager) {
        FUZZ_CHECK(eager.error().kind == lazy.error().kind);
        return;
    }
    FUZZ_CHECK(eager->op == lazy->op);
    FUZZ_CHECK(eager->s == lazy->s);
    FUZZ_CHECK(eager->t == lazy->t);
    FUZZ_CHECK(eager->d == lazy->parsedD());

    const GatewayEvent eagerEvent(eager->t, eager->s.value_or(0), 0, eager->d.toObject());
    const GatewayEvent lazyEvent(lazy->t, lazy->s.value_or(0), 0, lazy->d);
    checkSameModels(eagerEvent, lazyEvent);
    // The raw readers on the whole frame must not trip over anything the scanner accepted.
    const GatewayEvent wholeFrame(eager->t, 0, 0, QByteArray(frame.data(), frame.size()));
    const GatewayEvent wholeFrameEager(eager->t, 0, 0, document.object());
    checkSameModels(wholeFrameEager, wholeFrame);
}

/// Splits `data` into chunk sizes taken from its own bytes (1..64, or the rest).
template<typename Feed> void feedInChunks(QByteArrayView data, QByteArrayView sizes, Feed &&feed)
{
    qsizetype offset = 0;
    qsizetype sizeIndex = 0;
    while (offset < data.size()) {
        qsizetype chunk = data.size() - offset;
        if (sizeIndex < sizes.size())
            chunk = std::min<qsizetype>(chunk,
                                        1 + (static_cast<unsigned char>(sizes[sizeIndex++]) % 64));
        if (!feed(data.sliced(offset, chunk)))
            return;
        offset += chunk;
    }
}

void fuzzTransport(QByteArrayView input)
{
    ZlibStreamInflater inflater(MaxInflated);
    feedInChunks(input, input.last(std::min<qsizetype>(input.size(), 16)),
                 [&inflater](QByteArrayView chunk) {
                     auto result = inflater.feed(chunk);
                     if (!result) {
                         FUZZ_CHECK(inflater.isBroken());
                         return false;
                     }
                     if (*result) {
                         FUZZ_CHECK((*result)->size() <= MaxInflated);
                         checkFrame(**result);
                     }
                     return true;
                 });
}

void fuzzRoundTrip(QByteArrayView payload)
{
    z_stream z {};
    FUZZ_CHECK(deflateInit(&z, Z_BEST_SPEED) == Z_OK);
    QByteArray compressed(qsizetype(deflateBound(&z, uLong(payload.size()))) + 64,
                          Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(payload.data()));
    z.avail_in = uInt(payload.size());
    z.next_out = reinterpret_cast<Bytef *>(compressed.data());
    z.avail_out = uInt(compressed.size());
    FUZZ_CHECK(deflate(&z, Z_SYNC_FLUSH) == Z_OK);
    compressed.truncate(compressed.size() - qsizetype(z.avail_out));
    deflateEnd(&z);
    FUZZ_CHECK(ZlibStreamInflater::endsWithFlushSuffix(compressed));

    ZlibStreamInflater inflater(MaxInflated);
    QByteArray inflated;
    bool complete = false;
    feedInChunks(compressed, payload.first(std::min<qsizetype>(payload.size(), 16)),
                 [&](QByteArrayView chunk) {
                     auto result = inflater.feed(chunk);
                     FUZZ_CHECK(result.has_value());
                     if (*result) {
                         inflated = **result;
                         complete = true;
                     }
                     return true;
                 });
    // A chunk may end with 00 00 FF FF by chance, splitting the payload; then the pieces are
    // consecutive parts of it.
    FUZZ_CHECK(complete);
    if (!inflated.isEmpty())
        FUZZ_CHECK(QByteArrayView(payload).endsWith(inflated));
    checkFrame(payload);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        checkFrame(input);
        break;
    case 1:
        fuzzTransport(input);
        break;
    default:
        fuzzRoundTrip(input);
        break;
    }
    return 0;
}
