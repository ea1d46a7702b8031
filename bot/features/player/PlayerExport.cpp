// SPDX-License-Identifier: MIT
#include "features/player/PlayerExport.h"

#include "features/common/StorageReplies.h"
#include "features/player/CsvWriter.h"
#include "features/player/DirectMessages.h"
#include "features/player/PlayerCsv.h"
#include "features/player/PlayerServices.h"
#include "features/player/ZipWriter.h"
#include "storage/PlayerDataRepository.h"
#include "util/Logging.h"

#include <QCoroFuture>
#include <QtConcurrentRun>

namespace ballsdex::bot::features {
namespace {

using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::Message;
using interactions::OptionSpec;
using interactions::Visibility;
using Services = std::shared_ptr<PlayerServices>;

const QString Balls = QStringLiteral("balls");
const QString Trades = QStringLiteral("trades");
const QString All = QStringLiteral("all");

struct CsvFile
{
    QString name;
    QByteArray data;
};

enum class Collected { Done, TooLarge, Failed };

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

/// Fetches every batch into `csv`; Failed after apologising for a storage error.
template<typename Item, typename Fetch, typename ToRow>
QCoro::Task<Collected> collect(InteractionContext &context, CsvWriter &csv, qint64 maxBytes,
                               Fetch fetch, ToRow toRow)
{
    std::optional<storage::ExportCursor> after;
    do {
        auto future = fetch(after);
        const Result<storage::ExportBatch<Item>, storage::StorageError> batch = co_await future;
        if (!batch) {
            co_await apologise(context, batch.error());
            co_return Collected::Failed;
        }
        for (const Item &item : batch->items)
            csv.row(toRow(item));
        if (csv.size() > maxBytes)
            co_return Collected::TooLarge;
        after = batch->next;
    } while (after);
    co_return Collected::Done;
}

Result<QByteArray, QString> zipFiles(const QList<CsvFile> &files, const QDateTime &now)
{
    ZipWriter zip;
    for (const CsvFile &file : files) {
        if (auto added = zip.add(file.name, file.data, now); !added)
            return fail(added.error());
    }
    return zip.archive();
}

/// `detail` says how large, e.g. "12.5 MB, the limit is 10.0 MB".
QString tooLargeMessage(const QString &detail, const QString &type, const QString &collectiblesName)
{
    const QString text
        = QStringLiteral("Your player data is too large to send through Discord (%1).").arg(detail);
    if (type == All)
        return text
            + QStringLiteral(" Try exporting your %1 and your trades separately.")
                  .arg(collectiblesName);
    return text + QStringLiteral(" Please contact the bot's support to get a copy.");
}

QCoro::Task<void> run(Services services, InteractionContext &context)
{
    const QString type = context.options().string(QStringLiteral("type")).value_or(All);
    const auto found = co_await existingPlayer(services->database, context, context.userId());
    if (!found)
        co_return;
    if (!*found) {
        co_await context.reply(Message(QStringLiteral("You don't have any player data to export.")),
                               Visibility::Ephemeral);
        co_return;
    }
    const domain::RowId playerId = (*found)->id;
    const qint64 limit = services->uploadLimit;
    const qint64 maxCsvBytes = limit * PlayerExport::MaxCompressionRatio;
    const QString &collectibles = services->wording.collectiblesName;
    const QString limitDetail = QStringLiteral("the limit is %1 MB").arg(megabytes(limit));
    storage::PlayerDataRepository data(services->database);

    QList<CsvFile> files;
    if (type == Balls || type == All) {
        CsvWriter csv;
        csv.row(PlayerCsv::instanceHeader());
        const Collected collected = co_await collect<storage::ExportedInstance>(
            context, csv, maxCsvBytes,
            [&data, playerId](const std::optional<storage::ExportCursor> &after) {
                return data.exportInstances(playerId, after, PlayerExport::BatchSize);
            },
            &PlayerCsv::instanceRow);
        if (collected == Collected::Failed)
            co_return;
        if (collected == Collected::TooLarge) {
            co_await context.reply(Message(tooLargeMessage(limitDetail, type, collectibles)),
                                   Visibility::Ephemeral);
            co_return;
        }
        files.append(
            CsvFile {PlayerExport::instanceFileName(context.userId(), collectibles), csv.data()});
    }
    if (type == Trades || type == All) {
        CsvWriter csv;
        csv.row(PlayerCsv::tradeHeader());
        const Collected collected = co_await collect<storage::ExportedTrade>(
            context, csv, maxCsvBytes,
            [&data, playerId](const std::optional<storage::ExportCursor> &after) {
                return data.exportTrades(playerId, after, PlayerExport::BatchSize);
            },
            &PlayerCsv::tradeRow);
        if (collected == Collected::Failed)
            co_return;
        if (collected == Collected::TooLarge) {
            co_await context.reply(Message(tooLargeMessage(limitDetail, type, collectibles)),
                                   Visibility::Ephemeral);
            co_return;
        }
        files.append(CsvFile {QStringLiteral("%1_trades.csv").arg(context.userId()), csv.data()});
    }

    // Deflating megabytes would stall the event loop.
    auto zipFuture = QtConcurrent::run(zipFiles, files, QDateTime::currentDateTimeUtc());
    const Result<QByteArray, QString> archive = co_await zipFuture;
    if (!archive) {
        co_await context.fail(QStringLiteral("export archive: %1").arg(archive.error()));
        co_return;
    }
    if (archive->size() > limit) {
        co_await context.reply(Message(tooLargeMessage(megabytes(archive->size())
                                                           + QStringLiteral(" MB, ") + limitDetail,
                                                       type, collectibles)),
                               Visibility::Ephemeral);
        co_return;
    }

    Message dm(QStringLiteral("Here is your player data:"));
    dm.file(interactions::FileUpload {
        PlayerExport::ArchiveName, *archive, QStringLiteral("application/zip"), {}});
    const DirectMessageResult sent
        = co_await services->directMessages.send(context.userId(), std::move(dm));
    switch (sent) {
    case DirectMessageResult::Sent:
        co_await context.reply(Message(PlayerExport::SentMessage), Visibility::Ephemeral);
        break;
    case DirectMessageResult::Closed:
        co_await context.reply(Message(PlayerExport::ClosedMessage), Visibility::Ephemeral);
        break;
    case DirectMessageResult::TooLarge:
        co_await context.reply(
            Message(tooLargeMessage(megabytes(archive->size())
                                        + QStringLiteral(" MB, more than Discord accepted"),
                                    type, collectibles)),
            Visibility::Ephemeral);
        break;
    case DirectMessageResult::Failed:
        co_await context.reply(
            Message(QStringLiteral("I couldn't send your player data right now, please try "
                                   "again in a few minutes.")),
            Visibility::Ephemeral);
        break;
    }
}

} // namespace

QString PlayerExport::instanceFileName(domain::Snowflake userId, const QString &collectiblesName)
{
    QString safe = collectiblesName.toLower();
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    if (safe.isEmpty())
        safe = QStringLiteral("collection");
    return QStringLiteral("%1_%2.csv").arg(userId).arg(safe);
}

CommandSpec PlayerExport::command(std::shared_ptr<PlayerServices> services)
{
    const QString collectibles = services->wording.collectiblesName;
    OptionSpec type = OptionSpec::string(QStringLiteral("type"), QStringLiteral("What to export"));
    type.required()
        .choice(collectibles.isEmpty() ? QStringLiteral("Collection")
                                       : collectibles.at(0).toUpper() + collectibles.mid(1),
                Balls)
        .choice(QStringLiteral("Trades"), Trades)
        .choice(QStringLiteral("All"), All);
    CommandSpec command = CommandSpec::subcommand(
        QStringLiteral("export"), QStringLiteral("Get your player data as CSV files by DM"));
    command.option(std::move(type))
        .ephemeral()
        .deferImmediately()
        .cooldown(std::chrono::minutes(1))
        .handler([services](InteractionContext &context) { return run(services, context); });
    return command;
}

} // namespace ballsdex::bot::features
