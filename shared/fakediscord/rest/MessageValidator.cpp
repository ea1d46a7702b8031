// SPDX-License-Identifier: MIT
#include "MessageValidator.h"

#include <QJsonArray>

namespace ballsdex::fakediscord {

namespace {

constexpr int ComponentsV2Flag = 1 << 15;

QString k(const char *name)
{
    return QString::fromLatin1(name);
}

void maxText(const QJsonObject &object, const char *field, int max, const QString &path,
             ErrorTree &errors)
{
    if (discordLength(object.value(k(field)).toString()) > max)
        errors.tooLong(path + k(field), max);
}

void checkAttachmentUrl(const QString &url, const QString &path, const MessageContext &context,
                        ErrorTree &errors)
{
    if (!url.startsWith(QLatin1String("attachment://")))
        return;
    const QString filename = url.mid(13);
    static const QStringList images
        = {QStringLiteral(".png"), QStringLiteral(".jpg"), QStringLiteral(".jpeg"),
           QStringLiteral(".gif"), QStringLiteral(".webp")};
    const bool image = std::any_of(images.begin(), images.end(), [&filename](const QString &ext) {
        return filename.endsWith(ext, Qt::CaseInsensitive);
    });
    if (!context.uploadFilenames.contains(filename) || !image)
        errors.add(path, QStringLiteral("URL_TYPE_INVALID_URL"),
                   QStringLiteral("Not a well formed URL or not an uploaded image: ") + url);
}

void checkEmbeds(const QJsonArray &embeds, const MessageContext &context, const QString &prefix,
                 ErrorTree &errors)
{
    if (embeds.size() > 10)
        errors.tooLong(prefix + k("embeds"), 10);
    int total = 0;
    for (qsizetype i = 0; i < embeds.size(); ++i) {
        const QJsonObject embed = embeds.at(i).toObject();
        const QString path = prefix + QStringLiteral("embeds.%1.").arg(i);
        maxText(embed, "title", 256, path, errors);
        maxText(embed, "description", 4096, path, errors);
        const QJsonObject footer = embed.value(k("footer")).toObject();
        const QJsonObject author = embed.value(k("author")).toObject();
        maxText(footer, "text", 2048, path + k("footer."), errors);
        maxText(author, "name", 256, path + k("author."), errors);
        total += discordLength(embed.value(k("title")).toString())
            + discordLength(embed.value(k("description")).toString())
            + discordLength(footer.value(k("text")).toString())
            + discordLength(author.value(k("name")).toString());
        const QJsonArray fields = embed.value(k("fields")).toArray();
        if (fields.size() > 25)
            errors.tooLong(path + k("fields"), 25);
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const QJsonObject field = fields.at(f).toObject();
            const QString fieldPath = path + QStringLiteral("fields.%1.").arg(f);
            const int name = discordLength(field.value(k("name")).toString());
            const int value = discordLength(field.value(k("value")).toString());
            if (name == 0)
                errors.required(fieldPath + k("name"));
            if (value == 0)
                errors.required(fieldPath + k("value"));
            if (name > 256)
                errors.tooLong(fieldPath + k("name"), 256);
            if (value > 1024)
                errors.tooLong(fieldPath + k("value"), 1024);
            total += name + value;
        }
        checkAttachmentUrl(embed.value(k("image")).toObject().value(k("url")).toString(),
                           path + k("image.url"), context, errors);
        checkAttachmentUrl(embed.value(k("thumbnail")).toObject().value(k("url")).toString(),
                           path + k("thumbnail.url"), context, errors);
    }
    if (total > 6000)
        errors.add(prefix + k("embeds"), QStringLiteral("MAX_EMBED_SIZE_EXCEEDED"),
                   QStringLiteral("Embed size exceeds maximum size of 6000"));
}

void checkCustomId(const QJsonObject &component, const QString &path, QSet<QString> &seen,
                   ErrorTree &errors)
{
    const QString customId = component.value(k("custom_id")).toString();
    if (customId.isEmpty() || customId.size() > 100) {
        errors.badLength(path + k("custom_id"), 1, 100);
        return;
    }
    if (seen.contains(customId))
        errors.add(path + k("custom_id"), QStringLiteral("COMPONENT_CUSTOM_ID_DUPLICATED"),
                   QStringLiteral("Component custom id cannot be duplicated"));
    seen.insert(customId);
}

void checkComponent(const QJsonObject &component, const QString &path, QSet<QString> &seen,
                    ErrorTree &errors)
{
    const int type = component.value(k("type")).toInt();
    if (type == 2) {
        const int style = component.value(k("style")).toInt();
        maxText(component, "label", 80, path, errors);
        if (style == 5) {
            const QString url = component.value(k("url")).toString();
            if (url.isEmpty())
                errors.required(path + k("url"));
            else if (url.size() > 512)
                errors.tooLong(path + k("url"), 512);
        } else if (style != 6) {
            checkCustomId(component, path, seen, errors);
        }
        if (style < 1 || style > 6)
            errors.add(path + k("style"), QStringLiteral("BASE_TYPE_CHOICES"),
                       QStringLiteral("Value must be one of {1, 2, 3, 4, 5, 6}."));
    } else if (type == 3 || (type >= 5 && type <= 8)) {
        checkCustomId(component, path, seen, errors);
        maxText(component, "placeholder", 150, path, errors);
        const QJsonArray options = component.value(k("options")).toArray();
        if (type == 3 && options.isEmpty())
            errors.required(path + k("options"));
        if (options.size() > 25)
            errors.tooLong(path + k("options"), 25);
        for (qsizetype o = 0; o < options.size(); ++o) {
            const QJsonObject option = options.at(o).toObject();
            const QString optionPath = path + QStringLiteral("options.%1.").arg(o);
            for (const char *field : {"label", "value"}) {
                const int size = discordLength(option.value(k(field)).toString());
                if (size < 1 || size > 100)
                    errors.badLength(optionPath + k(field), 1, 100);
            }
            maxText(option, "description", 100, optionPath, errors);
        }
    }
}

void checkComponents(const QJsonArray &rows, const QString &prefix, ErrorTree &errors)
{
    if (rows.size() > 5)
        errors.tooLong(prefix + k("components"), 5);
    QSet<QString> seen;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject row = rows.at(r).toObject();
        const QString rowPath = prefix + QStringLiteral("components.%1.").arg(r);
        if (row.value(k("type")).toInt() != 1) {
            errors.add(rowPath + k("type"), QStringLiteral("UNION_TYPE_CHOICES"),
                       QStringLiteral("Value of field \"type\" must be one of (1,)."));
            continue;
        }
        const QJsonArray children = row.value(k("components")).toArray();
        if (children.isEmpty())
            errors.badLength(rowPath + k("components"), 1, 5);
        if (children.size() > 5)
            errors.tooLong(rowPath + k("components"), 5);
        bool hasSelect = false;
        for (qsizetype c = 0; c < children.size(); ++c) {
            const QJsonObject child = children.at(c).toObject();
            const int type = child.value(k("type")).toInt();
            hasSelect = hasSelect || type == 3 || (type >= 5 && type <= 8);
            checkComponent(child, rowPath + QStringLiteral("components.%1.").arg(c), seen, errors);
        }
        if (hasSelect && children.size() > 1)
            errors.add(rowPath + k("components"), QStringLiteral("COMPONENT_LAYOUT_WIDTH_EXCEEDED"),
                       QStringLiteral("The specified component exceeds the maximum width"));
    }
}

void checkMentions(const QJsonObject &mentions, const QString &prefix, ErrorTree &errors)
{
    const QJsonArray parse = mentions.value(k("parse")).toArray();
    for (const QJsonValue &value : parse) {
        const QString kind = value.toString();
        if (kind != QLatin1String("users") && kind != QLatin1String("roles")
            && kind != QLatin1String("everyone"))
            errors.add(prefix + k("allowed_mentions.parse"), QStringLiteral("BASE_TYPE_CHOICES"),
                       QStringLiteral("Value must be one of {'everyone', 'roles', 'users'}."));
    }
    for (const char *kind : {"users", "roles"}) {
        const QJsonArray ids = mentions.value(k(kind)).toArray();
        if (parse.contains(k(kind)) && !ids.isEmpty())
            errors.add(prefix + k("allowed_mentions"),
                       QStringLiteral("MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE"),
                       QStringLiteral("parse:[\"%1\"] and %1: [ids] are mutually exclusive.")
                           .arg(k(kind)));
        if (ids.size() > 100)
            errors.tooLong(prefix + k("allowed_mentions.") + k(kind), 100);
    }
}

void checkAttachments(const QJsonArray &attachments, const MessageContext &context,
                      const QString &prefix, ErrorTree &errors)
{
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QJsonValue idValue = attachments.at(i).toObject().value(k("id"));
        const QString id
            = idValue.isDouble() ? QString::number(idValue.toInteger()) : idValue.toString();
        if (!context.uploadIds.contains(id) && !context.keptAttachments.contains(id))
            errors.add(
                prefix + QStringLiteral("attachments.%1.id").arg(i),
                QStringLiteral("ATTACHMENT_NOT_FOUND"),
                QStringLiteral("Attachment with id %1 was not found in the request or the message")
                    .arg(id));
    }
}

} // namespace

int discordLength(const QString &text)
{
    return static_cast<int>(text.trimmed().toUcs4().size());
}

void validateMessage(const QJsonObject &payload, const MessageContext &context, ErrorTree &errors,
                     const QString &prefix)
{
    const int flags = payload.value(k("flags")).toInt();
    if (flags & ComponentsV2Flag) {
        for (const char *field : {"content", "embeds", "poll", "sticker_ids"}) {
            if (payload.contains(k(field)) && !payload.value(k(field)).isNull())
                errors.add(
                    prefix + k(field),
                    QStringLiteral("MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2"),
                    QStringLiteral("The 'content' and 'embeds' fields cannot be used when using "
                                   "MessageFlags.IS_COMPONENTS_V2"));
        }
    } else {
        maxText(payload, "content", 2000, prefix, errors);
        checkEmbeds(payload.value(k("embeds")).toArray(), context, prefix, errors);
        checkComponents(payload.value(k("components")).toArray(), prefix, errors);
    }
    if (payload.value(k("nonce")).toString().size() > 25)
        errors.tooLong(prefix + k("nonce"), 25);
    if (payload.value(k("sticker_ids")).toArray().size() > 3)
        errors.tooLong(prefix + k("sticker_ids"), 3);
    checkMentions(payload.value(k("allowed_mentions")).toObject(), prefix, errors);
    checkAttachments(payload.value(k("attachments")).toArray(), context, prefix, errors);
}

bool isEmptyMessage(const QJsonObject &payload, bool hasFiles)
{
    if (hasFiles)
        return false;
    return payload.value(k("content")).toString().trimmed().isEmpty()
        && payload.value(k("embeds")).toArray().isEmpty()
        && payload.value(k("components")).toArray().isEmpty()
        && payload.value(k("sticker_ids")).toArray().isEmpty() && !payload.contains(k("poll"));
}

void validateModal(const QJsonObject &data, ErrorTree &errors)
{
    const QString customId = data.value(k("custom_id")).toString();
    if (customId.isEmpty() || customId.size() > 100)
        errors.badLength(QStringLiteral("data.custom_id"), 1, 100);
    const int title = discordLength(data.value(k("title")).toString());
    if (title < 1 || title > 45)
        errors.badLength(QStringLiteral("data.title"), 1, 45);
    const qsizetype components = data.value(k("components")).toArray().size();
    if (components < 1 || components > 5)
        errors.badLength(QStringLiteral("data.components"), 1, 5);
}

void validateAutocomplete(const QJsonObject &data, ErrorTree &errors)
{
    const QJsonArray choices = data.value(k("choices")).toArray();
    if (choices.size() > 25)
        errors.tooLong(QStringLiteral("data.choices"), 25);
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const QJsonObject choice = choices.at(i).toObject();
        const QString path = QStringLiteral("data.choices.%1.").arg(i);
        const int name = discordLength(choice.value(k("name")).toString());
        if (name < 1 || name > 100)
            errors.badLength(path + k("name"), 1, 100);
        if (choice.value(k("value")).isString() && choice.value(k("value")).toString().size() > 100)
            errors.tooLong(path + k("value"), 100);
    }
}

} // namespace ballsdex::fakediscord
