// SPDX-License-Identifier: MIT
// PKCE values (RFC 7636): the S256 challenge against the RFC's own example, and the shape of
// generated verifiers and state tokens.
#include "auth/Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using ballsdex::studio::PkcePair;
using ballsdex::studio::randomUrlSafeToken;

class TestPkce final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void challengeMatchesRfc7636AppendixB()
    {
        // RFC 7636 Appendix B: the verifier and the challenge it derives.
        QCOMPARE(PkcePair::challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void challengeOfAnotherVerifierDiffers()
    {
        QCOMPARE(PkcePair::challengeOf("dBjftJeZ4CVP-mJ0kGRDQlMK2c1z7eIfFWhwC9-ADfg"),
                 QByteArray("vIY_dV7Op-Efug1iqWQRCu0yPSbYV8pJYEr1w-iTq0s"));
    }

    void generatedPairsAreWellFormedAndFresh()
    {
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9\\-._~]+$"));
        static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            const PkcePair pair = PkcePair::generate();
            QVERIFY(pair.verifier.size() >= 43);
            QVERIFY(pair.verifier.size() <= 128);
            QVERIFY(unreserved.match(QString::fromLatin1(pair.verifier)).hasMatch());
            QVERIFY(base64url.match(QString::fromLatin1(pair.challenge)).hasMatch());
            QCOMPARE(pair.challenge, PkcePair::challengeOf(pair.verifier));
            QVERIFY(!seen.contains(pair.verifier));
            seen.insert(pair.verifier);
        }
    }

    void stateTokensAreUrlSafeAndFresh()
    {
        static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            const QByteArray token = randomUrlSafeToken();
            QCOMPARE(token.size(), 32); // 24 bytes of entropy, base64url without padding
            QVERIFY(urlSafe.match(QString::fromLatin1(token)).hasMatch());
            QVERIFY(!seen.contains(token));
            seen.insert(token);
        }
        QCOMPARE(randomUrlSafeToken(3).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
