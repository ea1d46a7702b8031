// SPDX-License-Identifier: MIT
#include "FakeTime.h"
#include "Payloads.h"
#include "RecordingTransport.h"
#include "interactions/ConfirmPrompt.h"
#include "interactions/Paginator.h"
#include "interactions/ViewRegistry.h"

#include <QTest>

#include <memory>

using namespace ballsdex::interactions;
using namespace ballsdex::interactions::testing;
using namespace std::chrono_literals;
using Kind = RecordedCall::Kind;

namespace {

/// "label[d]" per button, rows separated by " / ": the whole layout in one comparable string.
QString layout(const QList<PagerButton> &buttons)
{
    QString text;
    int row = 0;
    for (const PagerButton &button : buttons) {
        if (!text.isEmpty()) {
            text += button.row != row ? QStringLiteral(" / ") : QStringLiteral(" ");
        }
        row = button.row;
        text += button.label + (button.disabled ? QStringLiteral("[d]") : QString());
    }
    return text;
}

QJsonArray buttonsOf(const QJsonObject &data)
{
    QJsonArray buttons;
    for (const QJsonValue &row : data.value(QLatin1String("components")).toArray()) {
        for (const QJsonValue &component :
             row.toObject().value(QLatin1String("components")).toArray()) {
            buttons.append(component);
        }
    }
    return buttons;
}

QString customIdFor(const QJsonObject &data, const QString &action)
{
    for (const QJsonValue &button : buttonsOf(data)) {
        const QString id = button.toObject().value(QLatin1String("custom_id")).toString();
        if (id.endsWith(QLatin1Char(':') + action)) {
            return id;
        }
    }
    return {};
}

bool allDisabled(const QJsonObject &data)
{
    const QJsonArray buttons = buttonsOf(data);
    return !buttons.isEmpty()
        && std::all_of(buttons.begin(), buttons.end(), [](const QJsonValue &b) {
               return b.toObject().value(QLatin1String("disabled")).toBool();
           });
}

QString footerOf(const QJsonObject &data)
{
    return data.value(QLatin1String("embeds"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("footer"))
        .toObject()
        .value(QLatin1String("text"))
        .toString();
}

/// A view with one button whose timeout outlives the interaction token.
class LongView final : public View
{
public:
    LongView()
        : View(20min)
    {
    }
    QJsonArray components() const override
    {
        return QJsonArray {
            ActionRow::buttons({Button::make(ButtonStyle::Primary, customId(QStringLiteral("go")),
                                             QStringLiteral("Go"))})
                .toJson()};
    }
    QCoro::Task<void> onComponent(InteractionContext &context, QString, QStringList) override
    {
        co_await context.deferUpdate();
    }
};

} // namespace

class TestViews final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FakeScheduler> m_scheduler;
    std::unique_ptr<RecordingTransport> m_transport;
    std::unique_ptr<CommandTree> m_tree;
    std::unique_ptr<InteractionRouter> m_router;
    std::unique_ptr<ViewRegistry> m_views;
    std::optional<bool> m_confirmed;
    int m_sequence = 0;

    void run(const QString &sub, Snowflake user = InvokerId)
    {
        m_router->handle(commandPayload(m_clock->now(), QStringLiteral("ui"),
                                        QJsonArray {nested(sub, OptionType::SubCommand, {})}, user,
                                        InteractionType::ApplicationCommand, ++m_sequence));
    }

    void click(const QString &customId, Snowflake user = InvokerId)
    {
        m_router->handle(componentPayload(m_clock->now(), customId, user, {}, ++m_sequence));
    }

    RecordedCall last() const { return m_transport->calls.last(); }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<FakeClock>();
        m_scheduler = std::make_unique<FakeScheduler>(*m_clock);
        m_transport = std::make_unique<RecordingTransport>();
        m_tree = std::make_unique<CommandTree>();
        m_confirmed.reset();
        const auto added = m_tree->add(
            CommandSpec::command(QStringLiteral("ui"), QStringLiteral("Views"))
                .add(CommandSpec::subcommand(QStringLiteral("pages"), QStringLiteral("Paginator"))
                         .handler([this](InteractionContext &ctx) -> QCoro::Task<void> {
                             QList<Embed::Field> fields;
                             for (int i = 1; i <= 60; ++i) {
                                 fields.append(Embed::Field {QStringLiteral("#%1").arg(i),
                                                             QStringLiteral("ball"), true});
                             }
                             Embed base;
                             base.title(QStringLiteral("Collection"));
                             auto pager = std::make_shared<Paginator>(
                                 std::make_unique<FieldPageSource>(base, fields, 25), ctx.userId());
                             co_await Paginator::start(*m_views, ctx, pager);
                         }))
                .add(CommandSpec::subcommand(QStringLiteral("long"), QStringLiteral("Long view"))
                         .handler([this](InteractionContext &ctx) -> QCoro::Task<void> {
                             co_await m_views->send(ctx, std::make_shared<LongView>(),
                                                    Message(QStringLiteral("long")));
                         }))
                .add(CommandSpec::subcommand(QStringLiteral("confirm"), QStringLiteral("Confirm"))
                         .handler([this](InteractionContext &ctx) -> QCoro::Task<void> {
                             ConfirmOptions options;
                             options.userId = ctx.userId();
                             options.acceptedLine = QStringLiteral("Donation sent.");
                             options.cancelledLine = QStringLiteral("Donation cancelled.");
                             const bool accepted = co_await ConfirmPrompt::ask(
                                 *m_views, ctx, QStringLiteral("Give France to Bob?"), options);
                             m_confirmed = accepted;
                             co_await ctx.followup(Message(accepted ? QStringLiteral("given")
                                                                    : QStringLiteral("kept")));
                         })));
        QVERIFY(added.has_value());
        m_router
            = std::make_unique<InteractionRouter>(*m_tree, *m_transport, *m_scheduler, *m_clock);
        m_views = std::make_unique<ViewRegistry>(*m_router, *m_transport, *m_scheduler, *m_clock);
    }

    void cleanup()
    {
        m_scheduler->advance(3600'000); // expire every view: suspended prompts resume
        m_views.reset();
        m_router.reset();
    }

    void paginatorButtons_data()
    {
        QTest::addColumn<int>("pages");
        QTest::addColumn<int>("current");
        QTest::addColumn<bool>("compact");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one page") << 1 << 0 << false << QStringLiteral("Quit");
        QTest::newRow("one page compact") << 1 << 0 << true << QStringLiteral("Quit");
        QTest::newRow("first of 3")
            << 3 << 0 << false << QStringLiteral("≪[d] …[d] 1[d] 2 ≫ / Skip to page... Quit");
        QTest::newRow("middle of 3")
            << 3 << 1 << false << QStringLiteral("≪ 1 2[d] 3 ≫ / Skip to page... Quit");
        QTest::newRow("last of 3")
            << 3 << 2 << false << QStringLiteral("≪ 2 3[d] …[d] ≫[d] / Skip to page... Quit");
        QTest::newRow("compact first")
            << 3 << 0 << true << QStringLiteral("≪[d] Back[d] Next ≫ Quit");
        QTest::newRow("compact last")
            << 2 << 1 << true << QStringLiteral("≪ Back Next[d] ≫[d] Quit");
    }
    void paginatorButtons()
    {
        QFETCH(int, pages);
        QFETCH(int, current);
        QFETCH(bool, compact);
        QFETCH(QString, expected);
        PaginatorModel model(pages, compact);
        model.goTo(current);
        QCOMPARE(layout(model.buttons()), expected);
    }

    void paginatorNavigationClamps()
    {
        PaginatorModel model(4);
        QVERIFY(model.apply(PaginatorModel::Last));
        QCOMPARE(model.current(), 3);
        QVERIFY(!model.apply(PaginatorModel::Next));
        QCOMPARE(model.current(), 3);
        QVERIFY(model.apply(PaginatorModel::Previous));
        QCOMPARE(model.current(), 2);
        QVERIFY(model.apply(PaginatorModel::First));
        QCOMPARE(model.current(), 0);
        QVERIFY(!model.apply(QStringLiteral("bogus")));
        QCOMPARE(model.goTo(99), 3);
        QCOMPARE(model.goTo(-5), 0);
        QCOMPARE(PaginatorModel(0).pageCount(), 1);
    }

    void pageJumpValidation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("page"); // -1: refused
        QTest::newRow("first") << QStringLiteral("1") << 0;
        QTest::newRow("last") << QStringLiteral("12") << 11;
        QTest::newRow("spaces") << QStringLiteral(" 5 ") << 4;
        QTest::newRow("zero") << QStringLiteral("0") << -1;
        QTest::newRow("too far") << QStringLiteral("13") << -1;
        QTest::newRow("negative") << QStringLiteral("-1") << -1;
        QTest::newRow("word") << QStringLiteral("two") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("huge") << QStringLiteral("99999999999999") << -1;
    }
    void pageJumpValidation()
    {
        QFETCH(QString, text);
        QFETCH(int, page);
        const PaginatorModel model(12);
        QCOMPARE(model.jumpMaxLength(), 2);
        const auto parsed = model.parseJump(text);
        if (page < 0) {
            QVERIFY(!parsed.has_value());
            QVERIFY(!parsed.error().isEmpty());
        } else {
            QCOMPARE(parsed.value_or(-1), page);
        }
    }

    void paginatorFlow()
    {
        run(QStringLiteral("pages"));
        QCOMPARE(m_views->activeCount(), 1);
        const RecordedCall first = last();
        QCOMPARE(first.type, 4);
        QCOMPARE(footerOf(first.data), QStringLiteral("Page 1/3"));
        QCOMPARE(first.data.value(QLatin1String("embeds"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("fields"))
                     .toArray()
                     .size(),
                 25);
        const QString next = customIdFor(first.data, PaginatorModel::Next);
        QVERIFY(next.startsWith(QStringLiteral("view:")));

        click(next);
        QCOMPARE(last().type, 7);
        QCOMPARE(footerOf(last().data), QStringLiteral("Page 2/3"));
        QVERIFY(!customIdFor(last().data, PaginatorModel::Previous).isEmpty());

        // Someone else is refused and nothing moves.
        click(next, OtherUserId);
        QCOMPARE(last().type, 4);
        QCOMPARE(last().flags(), 64);
        QCOMPARE(last().content(), View::DefaultRefusal);

        // Page jump: the modal, then a bad and a good submission.
        click(customIdFor(first.data, PaginatorModel::Jump));
        QCOMPARE(last().type, 9);
        const QJsonObject modal = last().data;
        QCOMPARE(modal.value(QLatin1String("title")).toString(), QStringLiteral("Go to page"));
        const QJsonObject input = modal.value(QLatin1String("components"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QLatin1String("component"))
                                      .toObject();
        QCOMPARE(input.value(QLatin1String("max_length")).toInt(), 1);
        const QString modalId = modal.value(QLatin1String("custom_id")).toString();
        m_router->handle(modalPayload(m_clock->now(), modalId, Paginator::JumpFieldId,
                                      QStringLiteral("7"), true, InvokerId, ++m_sequence));
        QCOMPARE(last().type, 4);
        QCOMPARE(last().flags(), 64);
        QCOMPARE(last().content(), QStringLiteral("Please enter a page between 1 and 3."));
        m_router->handle(modalPayload(m_clock->now(), modalId, Paginator::JumpFieldId,
                                      QStringLiteral("3"), true, InvokerId, ++m_sequence));
        QCOMPARE(last().type, 7);
        QCOMPARE(footerOf(last().data), QStringLiteral("Page 3/3"));

        // Quit disables everything and ends the view.
        click(customIdFor(first.data, PaginatorModel::Quit));
        QCOMPARE(last().type, 7);
        QVERIFY(allDisabled(last().data));
        QCOMPARE(m_views->activeCount(), 0);
        click(next);
        QCOMPARE(last().content(), InteractionRouter::ExpiredComponentMessage);
        QCOMPARE(m_transport->count(Kind::EditOriginal), 0);
    }

    void timeoutDisablesTheButtons()
    {
        run(QStringLiteral("pages"));
        const RecordedCall first = last();
        m_scheduler->advance(179'000);
        QCOMPARE(m_transport->count(Kind::EditOriginal), 0);
        m_scheduler->advance(1000);
        QCOMPARE(m_views->activeCount(), 0);
        const RecordedCall edit = last();
        QCOMPARE(edit.kind, Kind::EditOriginal);
        QCOMPARE(edit.token, first.token);
        QVERIFY(allDisabled(edit.data));
        QVERIFY(!edit.data.contains(QLatin1String("content"))); // only the components change
        QCOMPARE(buttonsOf(edit.data).size(), buttonsOf(first.data).size());
    }

    void clicksRestartTheTimeoutAndMoveTheAnchor()
    {
        run(QStringLiteral("pages"));
        const QString next = customIdFor(last().data, PaginatorModel::Next);
        m_scheduler->advance(170'000);
        QJsonObject payload = componentPayload(m_clock->now(), next, InvokerId, {}, ++m_sequence);
        payload.insert(QStringLiteral("token"), QStringLiteral("Y2xpY2stdG9rZW4"));
        m_router->handle(payload);
        m_scheduler->advance(179'000);
        QCOMPARE(m_transport->count(Kind::EditOriginal), 0);
        m_scheduler->advance(1000);
        QCOMPARE(last().kind, Kind::EditOriginal);
        QCOMPARE(last().token, QStringLiteral("Y2xpY2stdG9rZW4"));
    }

    void expiredTokenFallsBackToTheBotEdit()
    {
        run(QStringLiteral("long"));
        const QString go = customIdFor(last().data, QStringLiteral("go"));
        click(go); // the click gives the view a channel and message id
        QCOMPARE(last().type, 6);
        m_scheduler->advance(20 * 60'000);
        const RecordedCall edit = last();
        QCOMPARE(edit.kind, Kind::EditMessage);
        QCOMPARE(edit.channelId, ChannelId);
        QCOMPARE(edit.messageId, SourceMessageId);
        QVERIFY(allDisabled(edit.data));
    }

    void confirmPromptAccepts()
    {
        run(QStringLiteral("confirm"));
        const RecordedCall prompt = last();
        QCOMPARE(prompt.type, 4);
        QCOMPARE(prompt.content(), QStringLiteral("Give France to Bob?"));
        const QJsonArray buttons = buttonsOf(prompt.data);
        QCOMPARE(buttons.size(), 2);
        QCOMPARE(buttons.at(0).toObject().value(QLatin1String("style")).toInt(), 3);
        QCOMPARE(buttons.at(1).toObject().value(QLatin1String("style")).toInt(), 4);
        QVERIFY(!m_confirmed);

        click(customIdFor(prompt.data, QStringLiteral("yes")), OtherUserId);
        QCOMPARE(last().content(), View::DefaultRefusal);
        QVERIFY(!m_confirmed);

        click(customIdFor(prompt.data, QStringLiteral("yes")));
        QCOMPARE(m_confirmed, std::optional<bool>(true));
        const QList<RecordedCall> updates = m_transport->ofKind(Kind::Callback);
        const RecordedCall update = updates.last();
        QCOMPARE(update.type, 7);
        QCOMPARE(update.content(), QStringLiteral("Give France to Bob?\nDonation sent."));
        QVERIFY(allDisabled(update.data));
        QCOMPARE(last().kind, Kind::Followup);
        QCOMPARE(last().content(), QStringLiteral("given"));

        click(customIdFor(prompt.data, QStringLiteral("no")));
        QCOMPARE(last().content(), ConfirmPrompt::AlreadyChosen);
        QCOMPARE(last().flags(), 64);

        const int before = static_cast<int>(m_transport->calls.size());
        m_scheduler->advance(90'000);
        QCOMPARE(m_transport->calls.size(), before); // already disabled: no timeout edit
    }

    void confirmPromptCancelsAndTimesOut()
    {
        run(QStringLiteral("confirm"));
        click(customIdFor(last().data, QStringLiteral("no")));
        QCOMPARE(m_confirmed, std::optional<bool>(false));
        QCOMPARE(m_transport->ofKind(Kind::Callback).last().content(),
                 QStringLiteral("Give France to Bob?\nDonation cancelled."));

        m_confirmed.reset();
        run(QStringLiteral("confirm"));
        m_scheduler->advance(89'000);
        QVERIFY(!m_confirmed);
        m_scheduler->advance(1000);
        QCOMPARE(m_confirmed, std::optional<bool>(false));
        const QList<RecordedCall> edits = m_transport->ofKind(Kind::EditOriginal);
        QCOMPARE(edits.size(), 1);
        QVERIFY(allDisabled(edits.first().data));
        QCOMPARE(last().content(), QStringLiteral("kept"));
    }
};

QTEST_GUILESS_MAIN(TestViews)
#include "tst_views.moc"
