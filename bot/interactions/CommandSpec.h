// SPDX-License-Identifier: MIT
#pragma once

#include "CommandSpecError.h"
#include "OptionSpec.h"

#include <QJsonObject>

#include <chrono>
#include <optional>
#include <vector>

namespace ballsdex::interactions {

/// Where a top-level command is registered.
enum class CommandScope {
    Global,
    AdminGuilds, ///< bulk-overwritten in each configured admin guild only
};

/// Visibility of a reply (flag 64 = EPHEMERAL).
enum class Visibility { Public, Ephemeral };

/// A node of the slash-command tree: a top-level command, a group, or a subcommand.
///   CommandSpec::command("balls", "Manage your collection")
///       .add(CommandSpec::subcommand("list", "List your balls")
///                .option(OptionSpec::user("user", "Whose"))
///                .cooldown(10s)
///                .handler(listHandler));
class CommandSpec final
{
public:
    enum class Kind { Command, Group, SubCommand };

    static CommandSpec command(QString name, QString description);
    static CommandSpec group(QString name, QString description);
    static CommandSpec subcommand(QString name, QString description);

    CommandSpec &option(OptionSpec option);
    /// A group or subcommand below this node.
    CommandSpec &add(CommandSpec child);
    CommandSpec &localize(const QString &locale, QString name, QString description = {});

    // Top-level settings.
    CommandSpec &scope(CommandScope scope);
    /// Permission bits a member needs by default; 0 = administrators only.
    CommandSpec &defaultMemberPermissions(quint64 bits);
    /// Only usable in guilds: contexts [GUILD], integration_types [GUILD_INSTALL].
    CommandSpec &guildOnly();
    CommandSpec &contexts(QList<int> contexts);
    CommandSpec &integrationTypes(QList<int> types);
    CommandSpec &nsfw(bool value = true);

    // Leaf settings (a command without children, or a subcommand).
    CommandSpec &handler(CommandHandler handler);
    /// One use per user per window; violations get the cooldown message.
    CommandSpec &cooldown(std::chrono::milliseconds window);
    /// Visibility of the framework's defer and of error messages after it.
    CommandSpec &ephemeral(bool value = true);
    /// Defer before calling the handler (work known to be slow).
    CommandSpec &deferImmediately(bool value = true);
    /// Permissions the bot needs in the channel; without them the user gets an ephemeral
    /// explanation instead of a failing call (checked against app_permissions).
    CommandSpec &requireBotPermissions(quint64 bits);
    /// Permissions the member needs (beyond default_member_permissions, which Discord enforces).
    CommandSpec &requireUserPermissions(quint64 bits);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &description() const { return m_description; }
    [[nodiscard]] CommandScope commandScope() const { return m_scope; }
    [[nodiscard]] const std::vector<CommandSpec> &children() const { return m_children; }
    [[nodiscard]] const QList<OptionSpec> &options() const { return m_options; }
    [[nodiscard]] const CommandHandler &commandHandler() const { return m_handler; }
    [[nodiscard]] std::optional<std::chrono::milliseconds> cooldownWindow() const
    {
        return m_cooldown;
    }
    [[nodiscard]] quint64 botPermissions() const { return m_botPermissions; }
    [[nodiscard]] quint64 userPermissions() const { return m_userPermissions; }
    [[nodiscard]] Visibility visibility() const
    {
        return m_ephemeral ? Visibility::Ephemeral : Visibility::Public;
    }
    [[nodiscard]] bool defersImmediately() const { return m_deferImmediately; }
    [[nodiscard]] bool isLeaf() const { return m_children.empty(); }
    [[nodiscard]] std::optional<quint64> defaultPermissions() const { return m_defaultPermissions; }
    [[nodiscard]] const OptionSpec *findOption(const QString &name) const;
    /// The node reached by `path` below this one (empty path = this node).
    [[nodiscard]] const CommandSpec *find(const QStringList &path) const;

    /// The object Discord expects; guild commands omit the global-only fields.
    [[nodiscard]] QJsonObject toJson(CommandScope target = CommandScope::Global) const;
    [[nodiscard]] std::optional<CommandSpecError> validate() const;
    /// Names, descriptions and choices counted against the 8000-character limit.
    [[nodiscard]] int size() const;

private:
    CommandSpec(Kind kind, QString name, QString description);
    [[nodiscard]] std::optional<CommandSpecError> validateNode(const QString &parentPath) const;

    QString m_name;
    QString m_description;
    Localizations m_nameLocalizations;
    Localizations m_descriptionLocalizations;
    QList<OptionSpec> m_options;
    std::vector<CommandSpec> m_children;
    CommandHandler m_handler;
    QList<int> m_contexts;
    QList<int> m_integrationTypes;
    std::optional<quint64> m_defaultPermissions;
    std::optional<std::chrono::milliseconds> m_cooldown;
    quint64 m_botPermissions = 0;
    quint64 m_userPermissions = 0;
    Kind m_kind;
    CommandScope m_scope = CommandScope::Global;
    bool m_nsfw = false;
    bool m_ephemeral = false;
    bool m_deferImmediately = false;
    bool m_topLevelSettingsUsed = false;
};

} // namespace ballsdex::interactions
