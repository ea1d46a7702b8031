// SPDX-License-Identifier: MIT
#include "connection/ConnectionTester.h"

#include "connection/PgSession.h"
#include "connection/SchemaCheck.h"
#include "storage/StudioGrants.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrentRun>

namespace ballsdex::studio {
namespace {

using Kind = ConnectionFailure::Kind;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTester)
};

Result<StudioRole, ConnectionFailure> databaseRole(PgSession &session,
                                                   const ConnectionProfile &profile)
{
    // The same question StudioGrants asks, on this plain libpq session.
    using storage::StudioGrants;
    const auto rows = session.query(QString::fromLatin1(StudioGrants::dutiesQuery()),
                                    {QString::fromLatin1(StudioGrants::ArtistRole),
                                     QString::fromLatin1(StudioGrants::StaffRole)});
    if (!rows || rows->isEmpty() || rows->first().size() < 5) {
        const QString detail = rows ? QString() : rows.error().message;
        return fail(ConnectionFailure::make(
            Kind::Other,
            Text::tr("Studio could not read the roles of the login \"%1\".").arg(profile.user),
            detail));
    }
    const QStringList &row = rows->first();
    const auto isTrue = [&row](int column) {
        return row.at(column) == QLatin1String("t");
    };
    const storage::StudioDuties duties
        = StudioGrants::dutiesFrom(isTrue(0), isTrue(1), isTrue(2), isTrue(3), isTrue(4));
    if (duties.catalogue && duties.moderation)
        return StudioRole::Admin;
    if (duties.moderation)
        return StudioRole::Staff;
    if (duties.catalogue)
        return StudioRole::Artist;
    return fail(ConnectionFailure::make(
        Kind::NoStudioRole,
        Text::tr("The database login \"%1\" has no Studio role. Ask the database administrator to "
                 "grant it one of ballsdex_artist, ballsdex_staff or ballsdex_admin (for example: "
                 "GRANT ballsdex_artist TO \"%1\";).")
            .arg(profile.user)));
}

void readLoginSettings(PgSession &session, ConnectionOutcome &outcome)
{
    const QString key = QString::fromLatin1(domain::StudioLoginSettings::Key);
    const auto rows
        = session.query(QStringLiteral("SELECT value::text FROM bot_state WHERE key = $1"), {key});
    if (!rows) {
        outcome.notes.append(Text::tr("Studio could not read the bot's login settings: %1")
                                 .arg(rows.error().message));
        return;
    }
    if (rows->isEmpty()) {
        outcome.notes.append(
            Text::tr("The bot has not published its login settings yet: start the bot once with "
                     "admin-panel.client-id set in its config.yml, then connect again."));
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(rows->first().value(0).toUtf8());
    const auto settings = domain::StudioLoginSettings::fromJson(document.object());
    if (!settings) {
        outcome.notes.append(
            Text::tr(
                "The bot's login settings are malformed (%1); update the bot and start it again.")
                .arg(settings.error()));
        return;
    }
    outcome.loginSettings = *settings;
}

} // namespace

Result<ConnectionOutcome, ConnectionFailure> testConnection(const ConnectionProfile &profile,
                                                            const QString &password,
                                                            std::chrono::milliseconds timeout)
{
    if (const auto missing = profile.missingRootCertificate()) {
        return fail(ConnectionFailure::make(
            Kind::MissingRootCertificate,
            Text::tr(
                "sslmode %1 checks the server certificate, but the root certificate file %2 does "
                "not exist. Choose the CA certificate file of your server.")
                .arg(sslModeKey(profile.sslMode), *missing)));
    }
    if (const auto valid = profile.validate(); !valid)
        return fail(ConnectionFailure::make(Kind::InvalidProfile, valid.error()));

    PgSession session;
    if (const auto opened = session.open(profile.conninfo(password), timeout); !opened) {
        ConnectionFailure failure = classifyConnectionError(profile, opened.error(), password);
        qCInfo(lcStudio) << "connection test failed:" << profile.displayName() << failure.sqlState
                         << failure.detail;
        return fail(failure);
    }

    ConnectionOutcome outcome;
    outcome.profile = profile;
    outcome.password = password;
    outcome.usesTls = session.usesTls();

    const auto role = databaseRole(session, profile);
    if (!role)
        return fail(role.error());
    outcome.databaseRole = *role;
    SchemaCheckResult schema = checkSchema(profile.toUrlWithPassword(password));
    if (!password.isEmpty())
        schema.explanation.replace(password, QStringLiteral("***"));
    if (!schema.versionRead) {
        return fail(ConnectionFailure::make(
            Kind::Other,
            Text::tr("Studio could not read the schema version of this database (%1).")
                .arg(schema.summary),
            schema.explanation));
    }
    if (!schema.usable) {
        return fail(ConnectionFailure::make(
            Kind::SchemaMismatch,
            Text::tr("This database's schema does not match this Studio. %1").arg(schema.summary),
            schema.explanation));
    }
    outcome.schemaSummary = schema.summary;

    readLoginSettings(session, outcome);
    return outcome;
}

QFuture<Result<ConnectionOutcome, ConnectionFailure>>
testConnectionAsync(const ConnectionProfile &profile, const QString &password,
                    std::chrono::milliseconds timeout)
{
    return QtConcurrent::run(
        [profile, password, timeout] { return testConnection(profile, password, timeout); });
}

} // namespace ballsdex::studio
