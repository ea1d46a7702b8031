// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace ballsdex::interactions {

using domain::Snowflake;

enum class InteractionType {
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    Autocomplete = 4,
    ModalSubmit = 5,
};

enum class OptionType {
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
};

/// True for the option types whose value is a snowflake with its object in `resolved`.
[[nodiscard]] bool isEntityOption(OptionType type);
[[nodiscard]] QString optionTypeName(OptionType type);

/// Permission bits the framework itself checks (spec §2.2).
namespace permission {
inline constexpr quint64 Administrator = 1ULL << 3;
inline constexpr quint64 ManageGuild = 1ULL << 5;
inline constexpr quint64 ViewChannel = 1ULL << 10;
inline constexpr quint64 SendMessages = 1ULL << 11;
inline constexpr quint64 EmbedLinks = 1ULL << 14;
inline constexpr quint64 AttachFiles = 1ULL << 15;
inline constexpr quint64 ReadMessageHistory = 1ULL << 16;
inline constexpr quint64 UseExternalEmojis = 1ULL << 18;

/// The bits of `required` that `granted` lacks (none when granted includes Administrator).
[[nodiscard]] quint64 missing(quint64 required, quint64 granted);
/// Discord's names for the bits ("Send Messages", "Attach Files"), in bit order.
[[nodiscard]] QStringList names(quint64 bits);
} // namespace permission

struct User
{
    Snowflake id = 0;
    QString username;
    QString globalName;
    QString avatar;
    bool bot = false;

    [[nodiscard]] QString displayName() const
    {
        return globalName.isEmpty() ? username : globalName;
    }
};

struct Member
{
    std::optional<QString> nick;
    QList<Snowflake> roles;
    std::optional<quint64> permissions;
};

struct Role
{
    Snowflake id = 0;
    QString name;
    quint64 permissions = 0;
    int position = 0;
};

struct Channel
{
    Snowflake id = 0;
    QString name;
    int type = 0;
    std::optional<quint64> permissions;
    std::optional<Snowflake> parentId;
};

struct Attachment
{
    Snowflake id = 0;
    QString filename;
    QString contentType;
    qint64 size = 0;
    QString url;
    QString proxyUrl;
};

/// The `resolved` maps of command, component and modal data.
struct ResolvedData
{
    QHash<Snowflake, User> users;
    QHash<Snowflake, Member> members;
    QHash<Snowflake, Role> roles;
    QHash<Snowflake, Channel> channels;
    QHash<Snowflake, Attachment> attachments;
    QHash<Snowflake, QJsonObject> messages;
};

/// One leaf parameter. Entity options (user, channel, role, mentionable, attachment) hold the
/// snowflake as Snowflake; in autocomplete the focused value is kept as the raw typed text.
struct OptionValue
{
    using Value = std::variant<std::monostate, QString, qint64, double, bool>;

    QString name;
    OptionType type = OptionType::String;
    Value value;
    bool focused = false;
};

/// The result of walking `data.options`: the invoked path and the leaf parameters.
struct ParsedOptions
{
    QStringList path; ///< {"admin", "balls", "spawn"}: command, then group/subcommand names
    QList<OptionValue> options;
    std::optional<QString> focused; ///< autocomplete: name of the focused option

    [[nodiscard]] QString commandPath() const { return path.join(QLatin1Char(' ')); }
    [[nodiscard]] const OptionValue *find(const QString &name) const;
    [[nodiscard]] bool has(const QString &name) const { return find(name) != nullptr; }
    [[nodiscard]] std::optional<QString> string(const QString &name) const;
    [[nodiscard]] std::optional<qint64> integer(const QString &name) const;
    /// Numbers accept integral JSON too.
    [[nodiscard]] std::optional<double> number(const QString &name) const;
    [[nodiscard]] std::optional<bool> boolean(const QString &name) const;
    /// The snowflake of an entity option.
    [[nodiscard]] std::optional<Snowflake> id(const QString &name) const;
};

/// A field of a submitted modal, from either the Label (type 18) or the ActionRow layout.
struct ModalField
{
    QString customId;
    int componentType = 4;
    QString value; ///< text inputs
    QStringList values; ///< selects inside labels
};

/// Why `data.options` (or the rest of `data`) could not be read.
struct OptionError
{
    enum class Kind {
        Malformed, ///< not the documented JSON shape
        UnknownType, ///< an option type this bot does not know
        TypeMismatch, ///< the value's JSON type does not fit the option type
        BadSnowflake, ///< an entity option whose value is not a snowflake
        OutOfRange, ///< an integer beyond ±(2^53-1) or not integral
        DuplicateName,
        BadNesting, ///< groups in subcommands, values next to nested options, ...
    };

    Kind kind = Kind::Malformed;
    QString option; ///< the option path it concerns ("grp sub param"), may be empty
    QString detail;

    [[nodiscard]] QString toString() const;
};

/// A parsed INTERACTION_CREATE. Data problems do not lose the envelope: they are kept in
/// dataError so the router can still answer the user.
struct Interaction
{
    Snowflake id = 0;
    Snowflake applicationId = 0;
    InteractionType type = InteractionType::Ping;
    QString token;
    std::optional<Snowflake> guildId;
    std::optional<Snowflake> channelId;
    User user; ///< member.user in guilds, user in DMs
    std::optional<Member> member;
    std::optional<quint64> memberPermissions;
    std::optional<quint64> appPermissions;
    QString locale;
    QString guildLocale;
    std::optional<int> context; ///< 0 guild, 1 bot DM, 2 private channel

    // APPLICATION_COMMAND and AUTOCOMPLETE
    Snowflake commandId = 0;
    int commandType = 1;
    std::optional<Snowflake> commandGuildId;
    std::optional<Snowflake> targetId;
    ParsedOptions options;

    // MESSAGE_COMPONENT and MODAL_SUBMIT
    QString customId;
    int componentType = 0;
    QStringList values;
    QList<ModalField> fields;

    ResolvedData resolved;
    std::optional<Snowflake> messageId; ///< the message a component or modal came from
    QJsonObject message;

    std::optional<OptionError> dataError;

    /// Creation time encoded in the interaction id.
    [[nodiscard]] QDateTime createdAt() const;
    [[nodiscard]] QString commandPath() const { return options.commandPath(); }
    [[nodiscard]] bool inGuild() const { return guildId.has_value(); }

    [[nodiscard]] std::optional<User> userOption(const QString &name) const;
    [[nodiscard]] std::optional<Member> memberOption(const QString &name) const;
    [[nodiscard]] std::optional<Channel> channelOption(const QString &name) const;
    [[nodiscard]] std::optional<Role> roleOption(const QString &name) const;
    [[nodiscard]] std::optional<Attachment> attachmentOption(const QString &name) const;

    [[nodiscard]] const ModalField *field(const QString &customId) const;
    [[nodiscard]] QString fieldValue(const QString &customId) const;
};

/// Snowflake creation time: (id >> 22) + Discord epoch.
[[nodiscard]] QDateTime snowflakeTime(Snowflake id);

} // namespace ballsdex::interactions
