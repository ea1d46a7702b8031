// SPDX-License-Identifier: MIT
#include "ScriptedRandom.h"
#include "game/CatchRolls.h"
#include "game/RandomSource.h"

#include <QTest>

#include <vector>

using namespace ballsdex;
using namespace ballsdex::game;

namespace {

const QDateTime now(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

domain::Special special(domain::RowId id, double rarity)
{
    domain::Special s;
    s.id = id;
    s.rarity = rarity;
    return s;
}

domain::Ball ball(domain::RowId id, double rarity, bool enabled = true)
{
    domain::Ball b;
    b.id = id;
    b.rarity = rarity;
    b.enabled = enabled;
    return b;
}

/// Share of @p draws rolls that land on each special id (index 0 = no special).
std::vector<double> specialShares(const std::vector<domain::Special> &specials, int draws,
                                  std::size_t maxId)
{
    SeededRandom random(2024);
    std::vector<double> shares(maxId + 1, 0.0);
    for (int i = 0; i < draws; ++i) {
        const domain::Special *rolled = CatchRolls::rollSpecial(specials, now, random);
        shares[rolled ? std::size_t(rolled->id) : 0] += 1.0 / draws;
    }
    return shares;
}

} // namespace

class TestCatchRolls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specialDistributionFollowsRarities()
    {
        const auto shares = specialShares({special(1, 0.1), special(2, 0.05)}, 100'000, 2);
        QVERIFY2(qAbs(shares[1] - 0.10) < 0.005, qPrintable(QString::number(shares[1])));
        QVERIFY2(qAbs(shares[2] - 0.05) < 0.004, qPrintable(QString::number(shares[2])));
        QVERIFY2(qAbs(shares[0] - 0.85) < 0.006, qPrintable(QString::number(shares[0])));
    }

    void sumAboveOneSharesProportionally()
    {
        const auto shares = specialShares({special(1, 0.9), special(2, 0.3)}, 50'000, 2);
        QCOMPARE(shares[0], 0.0);
        QVERIFY2(qAbs(shares[1] - 0.75) < 0.01, qPrintable(QString::number(shares[1])));
        QVERIFY2(qAbs(shares[2] - 0.25) < 0.01, qPrintable(QString::number(shares[2])));
    }

    void certainSpecialAlwaysComes()
    {
        const auto shares = specialShares({special(1, 1.0)}, 1000, 1);
        QCOMPARE(shares[0], 0.0);
    }

    void hiddenSpecialsStillRoll()
    {
        domain::Special hidden = special(1, 1.0);
        hidden.hidden = true;
        SeededRandom random(5);
        const std::vector<domain::Special> specials {hidden};
        for (int i = 0; i < 100; ++i)
            QCOMPARE(CatchRolls::rollSpecial(specials, now, random), &specials[0]);
    }

    void windowsAreRespected_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("end");
        QTest::addColumn<bool>("active");
        const QDateTime none;
        QTest::newRow("open both") << none << none << true;
        QTest::newRow("ended") << none << now.addSecs(-1) << false;
        QTest::newRow("not started") << now.addSecs(1) << none << false;
        QTest::newRow("ends now") << none << now << true;
        QTest::newRow("starts now") << now << none << true;
        QTest::newRow("inside") << now.addDays(-1) << now.addDays(1) << true;
    }
    void windowsAreRespected()
    {
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, end);
        QFETCH(bool, active);
        domain::Special s = special(1, 1.0);
        if (start.isValid())
            s.startDate = start;
        if (end.isValid())
            s.endDate = end;
        ScriptedRandom random;
        random.fallbackReal = 0.5;
        const std::vector<domain::Special> specials {s};
        QCOMPARE(CatchRolls::rollSpecial(specials, now, random) != nullptr, active);
    }

    void noCandidateMeansNoSpecial()
    {
        SeededRandom random(5);
        QVERIFY(!CatchRolls::rollSpecial({}, now, random));
        const std::vector<domain::Special> zero {special(1, 0.0), special(2, -0.5)};
        for (int i = 0; i < 1000; ++i)
            QVERIFY(!CatchRolls::rollSpecial(zero, now, random));
    }

    void bonusBoundsAreInclusive()
    {
        SeededRandom random(11);
        int low = 0;
        int high = 0;
        for (int i = 0; i < 10'000; ++i) {
            const int bonus = CatchRolls::rollBonus(20, random);
            QVERIFY(bonus >= -20 && bonus <= 20);
            low = qMin(low, bonus);
            high = qMax(high, bonus);
        }
        QCOMPARE(low, -20);
        QCOMPARE(high, 20);
        QCOMPARE(CatchRolls::rollBonus(0, random), 0);
    }

    void pickBallFollowsRarity()
    {
        const std::vector<domain::Ball> balls {ball(1, 1.0), ball(2, 3.0), ball(3, 0.0),
                                               ball(4, 50.0, false)};
        SeededRandom random(8);
        int counts[5] = {};
        constexpr int draws = 40'000;
        for (int i = 0; i < draws; ++i) {
            const auto picked = CatchRolls::pickBall(balls, random);
            QVERIFY(picked);
            ++counts[(*picked)->id];
        }
        QCOMPARE(counts[3], 0);
        QCOMPARE(counts[4], 0);
        QVERIFY2(qAbs(counts[1] / double(draws) - 0.25) < 0.01,
                 qPrintable(QString::number(counts[1])));
    }

    void pickBallGuardsRounding()
    {
        const std::vector<domain::Ball> balls {ball(1, 0.1), ball(2, 0.2), ball(3, 0.0)};
        ScriptedRandom random;
        random.fallbackReal = 0.9999999999999999;
        const auto picked = CatchRolls::pickBall(balls, random);
        QVERIFY(picked);
        QCOMPARE((*picked)->id, domain::RowId(2));
    }

    void pickBallErrors()
    {
        SeededRandom random(1);
        QCOMPARE(CatchRolls::pickBall({}, random).error(), PickError::NoEnabledBall);
        const std::vector<domain::Ball> disabled {ball(1, 1.0, false)};
        QCOMPARE(CatchRolls::pickBall(disabled, random).error(), PickError::NoEnabledBall);
        const std::vector<domain::Ball> zero {ball(1, 0.0), ball(2, 0.0), ball(3, 5.0, false)};
        QCOMPARE(CatchRolls::pickBall(zero, random).error(), PickError::NoSpawnableBall);
    }
};

QTEST_APPLESS_MAIN(TestCatchRolls)
#include "tst_catchrolls.moc"
