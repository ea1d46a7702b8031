// SPDX-License-Identifier: MIT
#include "auth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace ballsdex::studio {

namespace {

constexpr QByteArray::Base64Options UrlSafe
    = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    auto *generator = QRandomGenerator::system();
    for (char &byte : bytes)
        byte = static_cast<char>(generator->bounded(256));
    return bytes;
}

} // namespace

PkcePair PkcePair::generate()
{
    PkcePair pair;
    pair.verifier = randomBytes(48).toBase64(UrlSafe); // 48 bytes → 64 characters
    pair.challenge = challengeOf(pair.verifier);
    return pair;
}

QByteArray PkcePair::challengeOf(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(UrlSafe);
}

QByteArray randomUrlSafeToken(int bytes)
{
    return randomBytes(bytes).toBase64(UrlSafe);
}

} // namespace ballsdex::studio
