// SPDX-License-Identifier: MIT
#pragma once

#include "connection/SchemaCheck.h"

#include <QMainWindow>

namespace ballsdex::studio {

/// Studio's top-level window; the designer and moderation desk dock into it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Checks the database's schema version and shows the outcome (never migrates).
    void connectToDatabase(const QString &url);

Q_SIGNALS:
    void databaseChecked(bool usable);

private:
    void createMenus();
    void showAbout();
    void showSchemaCheck(const SchemaCheckResult &result);

    SchemaCheck *m_schemaCheck = nullptr;
};

} // namespace ballsdex::studio
