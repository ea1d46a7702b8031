// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace ballsdex::studio {

/// What Studio learnt about a database's schema. Studio never migrates: it only reports.
struct SchemaCheckResult
{
    bool usable = false; ///< the schema is exactly the version this Studio knows
    bool versionRead = false; ///< false: the URL or the connection failed before the check
    QString summary; ///< one line for the status bar
    QString explanation; ///< what is wrong and what to do, empty when usable
};

/// Checks a database's schema version off the GUI thread.
class SchemaCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaCheck)

public:
    explicit SchemaCheck(QObject *parent = nullptr);

    /// Starts a check of the database at `url`; `finished` follows.
    void start(const QString &url);

Q_SIGNALS:
    void finished(const ballsdex::studio::SchemaCheckResult &result);

private:
    QFutureWatcher<SchemaCheckResult> m_watcher;
};

/// The check itself (blocking); exposed for tests.
SchemaCheckResult checkSchema(const QString &url);

} // namespace ballsdex::studio
