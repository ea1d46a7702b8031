// SPDX-License-Identifier: MIT
// The collection the /balls list tests look at: three balls (one more disabled), a visible and
// a hidden special, 30 varied instances of the invoker's and players with every privacy setting.
#pragma once

#include "BallsFixture.h"

namespace ballsdex::testing {

inline constexpr Snowflake OtherGuild = 1200000000000000009LL;
inline constexpr Snowflake PalId = 1400000000000000007LL; ///< friends-only, a friend of the invoker
inline constexpr Snowflake LonerId = 1400000000000000008LL; ///< friends-only, no friends
inline constexpr Snowflake BlockerId = 1400000000000000009LL; ///< public, blocked the invoker
inline constexpr Snowflake EmptyId = 1400000000000000010LL; ///< played, owns nothing

inline QJsonArray stringOption(const QString &name, const QString &value)
{
    return QJsonArray {option(name, OptionType::String, value)};
}

inline QString description(const RecordedCall &call)
{
    return firstEmbed(call).value(QLatin1String("description")).toString();
}

inline QString footer(const RecordedCall &call)
{
    return firstEmbed(call)
        .value(QLatin1String("footer"))
        .toObject()
        .value(QLatin1String("text"))
        .toString();
}

class ListScenario
{
protected:
    BallsFixture m_fixture;
    QList<domain::Ball> m_balls; ///< France, Spain, Italy
    domain::Ball m_atlantis; ///< disabled
    domain::Special m_shiny;
    domain::Special m_hidden;
    domain::RowId m_invoker = 0;
    domain::RowId m_other = 0;
    QList<domain::BallInstance> m_mine;
    QList<domain::BallInstance> m_rivals;

    [[nodiscard]] QString entryName(domain::RowId id) const
    {
        for (const domain::BallInstance &instance : m_mine + m_rivals) {
            if (instance.id != id)
                continue;
            QString name;
            if (instance.favorite)
                name += QStringLiteral("⭐ ");
            if (instance.specialId == m_shiny.id)
                name += QStringLiteral("✨ ");
            for (const domain::Ball &ball : m_balls) {
                if (ball.id == instance.ballId)
                    return name + domain::displayId(id) + QLatin1Char(' ') + ball.country;
            }
        }
        return {};
    }

    [[nodiscard]] QStringList entryNames(const QList<domain::RowId> &ids) const
    {
        QStringList names;
        for (const domain::RowId id : ids)
            names.append(entryName(id));
        return names;
    }

    [[nodiscard]] QList<domain::BallInstance>
    mineWhere(const std::function<bool(const domain::BallInstance &)> &keep) const
    {
        QList<domain::BallInstance> kept;
        std::copy_if(m_mine.begin(), m_mine.end(), std::back_inserter(kept), keep);
        return kept;
    }

    RecordedCall clickAction(const RecordedCall &page, const QString &action)
    {
        const QString id = componentId(page.data, action);
        if (id.isEmpty())
            qFatal("no %s button", qPrintable(action));
        return m_fixture.click(id);
    }

    /// Seeds the database; false when no cluster is available.
    bool seed()
    {
        if (!m_fixture.open())
            return false;
        m_balls = {m_fixture.createBall(QStringLiteral("France"), 100, 50, 1.0),
                   m_fixture.createBall(QStringLiteral("Spain"), 120, 40, 0.5),
                   m_fixture.createBall(QStringLiteral("Italy"), 80, 60, 2.0)};
        m_atlantis = m_fixture.createBall(QStringLiteral("Atlantis"), 10, 10, 1.0, {}, {}, false);
        m_shiny = m_fixture.createSpecial(QStringLiteral("Shiny"), QStringLiteral("✨"));
        m_hidden = m_fixture.createSpecial(QStringLiteral("Secret"), QStringLiteral("🤫"), true);
        m_fixture.reloadCatalogue();

        m_invoker = m_fixture.createPlayer(InvokerId);
        m_other = m_fixture.createPlayer(OtherUserId);
        const domain::RowId rival = m_fixture.createPlayer(RivalId, domain::PrivacyPolicy::Public);
        const domain::RowId pal = m_fixture.createPlayer(PalId, domain::PrivacyPolicy::Friends);
        const domain::RowId loner = m_fixture.createPlayer(LonerId, domain::PrivacyPolicy::Friends);
        const domain::RowId blocker
            = m_fixture.createPlayer(BlockerId, domain::PrivacyPolicy::Public);
        m_fixture.createPlayer(EmptyId, domain::PrivacyPolicy::Public);
        m_fixture.exec([&](storage::Transaction &tx) {
            tx.exec("INSERT INTO friendship (player1_id, player2_id) VALUES ($1, $2)", pal,
                    m_invoker);
            tx.exec("INSERT INTO block (player1_id, player2_id) VALUES ($1, $2)", blocker,
                    m_invoker);
        });

        const QDateTime start(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC);
        for (int i = 0; i < 30; ++i) {
            InstanceSeed seed;
            seed.ball = m_balls.at((i * 5 / 3) % 3).id;
            seed.player = m_invoker;
            seed.caught = start.addSecs(600 * (i / 2));
            seed.attackBonus = (i * 7) % 41 - 20;
            seed.healthBonus = (i * 11) % 37 - 18;
            seed.favorite = i == 3 || i == 10;
            if (i % 7 == 0)
                seed.special = m_shiny.id;
            if (i % 5 == 1)
                seed.tradedFrom = m_other;
            seed.server = i % 3 == 0 ? GuildId : OtherGuild;
            m_mine.append(m_fixture.createInstance(seed));
        }
        for (const domain::RowId owner : {rival, pal, loner, blocker, m_other}) {
            for (int i = 0; i < 3; ++i) {
                const auto created = m_fixture.createInstance(
                    {.ball = m_balls.at(i).id, .player = owner, .caught = start.addDays(i)});
                if (owner == rival)
                    m_rivals.append(created);
            }
        }
        return true;
    }
};

} // namespace ballsdex::testing
