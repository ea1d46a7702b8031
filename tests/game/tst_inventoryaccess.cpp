// SPDX-License-Identifier: MIT
#include "game/InventoryAccess.h"

#include <QTest>

using namespace ballsdex;
using game::InventoryRefusal;
using Privacy = domain::PrivacyPolicy;

Q_DECLARE_METATYPE(std::optional<game::InventoryRefusal>)

class TestInventoryAccess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decision_data()
    {
        QTest::addColumn<bool>("owner");
        QTest::addColumn<bool>("staff");
        QTest::addColumn<Privacy>("privacy");
        QTest::addColumn<bool>("friends");
        QTest::addColumn<bool>("blocked");
        QTest::addColumn<std::optional<InventoryRefusal>>("expected");
        const std::optional<InventoryRefusal> allowed;

        QTest::newRow("own private inventory")
            << true << false << Privacy::Private << false << false << allowed;
        QTest::newRow("staff sees private")
            << false << true << Privacy::Private << false << true << allowed;
        QTest::newRow("private") << false << false << Privacy::Private << true << false
                                 << std::optional(InventoryRefusal::Private);
        QTest::newRow("friends only, not friends")
            << false << false << Privacy::Friends << false << false
            << std::optional(InventoryRefusal::FriendsOnly);
        QTest::newRow("friends only, friends")
            << false << false << Privacy::Friends << true << false << allowed;
        QTest::newRow("same server cannot be checked")
            << false << false << Privacy::SameServer << true << false
            << std::optional(InventoryRefusal::SameServerUnsupported);
        QTest::newRow("public") << false << false << Privacy::Public << false << false << allowed;
        QTest::newRow("public but blocked") << false << false << Privacy::Public << false << true
                                            << std::optional(InventoryRefusal::BlockedByOwner);
        QTest::newRow("friend who blocked") << false << false << Privacy::Friends << true << true
                                            << std::optional(InventoryRefusal::BlockedByOwner);
    }

    void decision()
    {
        QFETCH(bool, owner);
        QFETCH(bool, staff);
        QFETCH(Privacy, privacy);
        QFETCH(bool, friends);
        QFETCH(bool, blocked);
        QFETCH(std::optional<InventoryRefusal>, expected);
        const game::InventoryViewing viewing {owner, staff, privacy, friends, blocked};
        QCOMPARE(game::inventoryRefusal(viewing), expected);
    }

    void messagesNameTheOwner()
    {
        for (const InventoryRefusal refusal :
             {InventoryRefusal::Private, InventoryRefusal::FriendsOnly,
              InventoryRefusal::SameServerUnsupported, InventoryRefusal::BlockedByOwner})
            QVERIFY(game::inventoryRefusalMessage(refusal, QStringLiteral("Zed"))
                        .contains(QStringLiteral("Zed")));
    }
};

QTEST_GUILESS_MAIN(TestInventoryAccess)
#include "tst_inventoryaccess.moc"
