// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace ballsdex::studio {

/// A PKCE pair (RFC 7636) for one authorization: the verifier stays in memory, only the S256
/// challenge travels in the browser URL.
struct PkcePair
{
    QByteArray verifier; ///< 64 characters from the unreserved set
    QByteArray challenge; ///< BASE64URL(SHA256(verifier)) without padding

    /// A fresh pair from the system's secure random source.
    [[nodiscard]] static PkcePair generate();
    /// The S256 challenge of a verifier.
    [[nodiscard]] static QByteArray challengeOf(const QByteArray &verifier);
};

/// A URL-safe random token (for the OAuth state), `bytes` bytes of entropy.
[[nodiscard]] QByteArray randomUrlSafeToken(int bytes = 24);

} // namespace ballsdex::studio
