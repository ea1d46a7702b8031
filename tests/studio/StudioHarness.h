// SPDX-License-Identifier: MIT
// The whole of Studio wired to real parts: a migrated PostgreSQL database with the starter
// catalogue, its images in a media folder, the fake Discord (REST + OAuth) on loopback, the bot's
// published login settings, and the real main window logging in through the fake browser.
// Shared by the end-to-end widget test and the screenshot tool.
#pragma once

#include "auth/SecretStore.h"
#include "fakediscord/oauth/FakeBrowser.h"
#include "fakediscord/oauth/FakeDiscordOAuth.h"
#include "fakediscord/rest/FakeDiscordRest.h"
#include "mainwindow/MainWindow.h"
#include "session/StudioRole.h"
#include "support/TestDatabase.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace ballsdex::testing {

class StudioHarness final
{
public:
    static constexpr const char *ClientId = "1100000000000000001";
    static constexpr const char *AdminGuildId = "1200000000000000001";
    static constexpr const char *RootRoleId = "1300000000000000001"; ///< → Admin
    static constexpr const char *StaffRoleId = "1300000000000000002"; ///< → Staff
    static constexpr const char *ArtistRoleId = "1300000000000000003"; ///< → Artist
    static constexpr const char *UserId = "1400000000000000001";

    StudioHarness();
    ~StudioHarness();
    StudioHarness(const StudioHarness &) = delete;
    StudioHarness &operator=(const StudioHarness &) = delete;

    /// False (with why()) when PostgreSQL or the fakes could not be set up.
    [[nodiscard]] bool isReady() const { return m_why.isEmpty(); }
    [[nodiscard]] const QString &why() const { return m_why; }

    /// The browser user's roles in the admin guild (by the ids above).
    void setDiscordRoles(const QStringList &roleIds);
    /// Connects the window to the database (as `databaseUser`, default the superuser) and waits
    /// for the login page.
    [[nodiscard]] bool connect(const QString &databaseUser = QStringLiteral("postgres"));
    /// A LOGIN role of the cluster in `groupRole` (ballsdex_artist…), dropped with the harness.
    [[nodiscard]] QString createDatabaseLogin(const QString &groupRole);
    /// Clicks "Log in with Discord" and waits for the workspace.
    [[nodiscard]] bool logIn();

    /// A player with `count` instances of the starter balls; returns the player's row id.
    qint64 seedPlayer(qint64 discordId, int count);

    [[nodiscard]] studio::MainWindow &window() { return *m_window; }
    [[nodiscard]] TestDatabase &database() { return *m_database; }
    [[nodiscard]] fakediscord::FakeDiscordOAuth &oauth() { return *m_oauth; }
    [[nodiscard]] fakediscord::FakeBrowser &browser() { return *m_browser; }
    [[nodiscard]] studio::MemorySecretStore &secrets() { return m_secrets; }
    [[nodiscard]] QString mediaRoot() const { return m_media.path(); }
    /// One SQL value (first column of the first row) as text, empty when there is no row.
    [[nodiscard]] QString scalar(const QString &sql) const;

private:
    bool seedCatalogue();
    void publishLoginSettings();

    QString m_why;
    QStringList m_logins;
    QTemporaryDir m_media;
    QTemporaryDir m_config;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<fakediscord::FakeDiscordRest> m_rest;
    std::unique_ptr<fakediscord::FakeDiscordOAuth> m_oauth;
    std::unique_ptr<fakediscord::FakeBrowser> m_browser;
    studio::MemorySecretStore m_secrets;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<studio::MainWindow> m_window;
};

} // namespace ballsdex::testing
