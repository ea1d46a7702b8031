// SPDX-License-Identifier: MIT
#include "MessageLimits.h"

#include <QJsonArray>

#include <algorithm>

namespace ballsdex::discord {

namespace {

using L = MessageLimits;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString tooLong(int max)
{
    return QStringLiteral("Must be %1 or fewer in length.").arg(max);
}

void checkText(const QJsonObject &object, const char *name, int max, const QString &path,
               QStringList &out)
{
    const QString text = object.value(key(name)).toString();
    if (L::length(text) > max)
        out.append(path + key(name) + QStringLiteral(": ") + tooLong(max));
}

void checkEmbeds(const QJsonArray &embeds, QStringList &out)
{
    if (embeds.size() > L::Embeds)
        out.append(QStringLiteral("embeds: Must be %1 or fewer in length.").arg(L::Embeds));
    int total = 0;
    for (qsizetype i = 0; i < embeds.size(); ++i) {
        const QJsonObject embed = embeds.at(i).toObject();
        const QString path = QStringLiteral("embeds.%1.").arg(i);
        checkText(embed, "title", L::EmbedTitle, path, out);
        checkText(embed, "description", L::EmbedDescription, path, out);
        checkText(embed.value(key("footer")).toObject(), "text", L::FooterText,
                  path + key("footer."), out);
        checkText(embed.value(key("author")).toObject(), "name", L::AuthorName,
                  path + key("author."), out);
        const QJsonArray fields = embed.value(key("fields")).toArray();
        if (fields.size() > L::EmbedFields)
            out.append(path + QStringLiteral("fields: ") + tooLong(L::EmbedFields));
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const QJsonObject field = fields.at(f).toObject();
            const QString fieldPath = path + QStringLiteral("fields.%1.").arg(f);
            checkText(field, "name", L::FieldName, fieldPath, out);
            checkText(field, "value", L::FieldValue, fieldPath, out);
            if (L::length(field.value(key("name")).toString()) == 0)
                out.append(fieldPath + QStringLiteral("name: This field is required"));
            if (L::length(field.value(key("value")).toString()) == 0)
                out.append(fieldPath + QStringLiteral("value: This field is required"));
        }
        total += L::embedLength(embed);
    }
    if (total > L::EmbedTotal)
        out.append(
            QStringLiteral("embeds: Embed size exceeds maximum size of %1").arg(L::EmbedTotal));
}

void checkCustomId(const QJsonObject &component, const QString &path, QStringList &out)
{
    const int size = static_cast<int>(component.value(key("custom_id")).toString().size());
    if (size < 1 || size > L::CustomId)
        out.append(
            path
            + QStringLiteral("custom_id: Must be between 1 and %1 in length.").arg(L::CustomId));
}

void checkComponents(const QJsonArray &rows, QStringList &out)
{
    if (rows.size() > L::ActionRows)
        out.append(QStringLiteral("components: Must be %1 or fewer in length.").arg(L::ActionRows));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject row = rows.at(r).toObject();
        const QString rowPath = QStringLiteral("components.%1.").arg(r);
        if (row.value(key("type")).toInt() != 1)
            continue; // components v2 layouts are not pre-checked here
        const QJsonArray children = row.value(key("components")).toArray();
        int buttons = 0;
        int selects = 0;
        for (qsizetype c = 0; c < children.size(); ++c) {
            const QJsonObject child = children.at(c).toObject();
            const QString path = rowPath + QStringLiteral("components.%1.").arg(c);
            const int type = child.value(key("type")).toInt();
            if (type == 2) {
                ++buttons;
                checkText(child, "label", L::ButtonLabel, path, out);
                if (child.value(key("style")).toInt() != 5
                    && child.value(key("style")).toInt() != 6)
                    checkCustomId(child, path, out);
            } else if (type >= 3 && type <= 8 && type != 4) {
                ++selects;
                checkCustomId(child, path, out);
                checkText(child, "placeholder", L::Placeholder, path, out);
                if (child.value(key("options")).toArray().size() > L::SelectOptions)
                    out.append(path + QStringLiteral("options: ") + tooLong(L::SelectOptions));
            }
        }
        if (buttons > L::ButtonsPerRow)
            out.append(rowPath + QStringLiteral("components: ") + tooLong(L::ButtonsPerRow));
        if (selects > 0 && children.size() > 1)
            out.append(rowPath + QStringLiteral("components: A select must be alone in its row"));
    }
}

void checkMentions(const QJsonObject &mentions, QStringList &out)
{
    const QJsonArray parse = mentions.value(key("parse")).toArray();
    for (const char *kind : {"users", "roles"}) {
        const QJsonArray ids = mentions.value(key(kind)).toArray();
        if (parse.contains(key(kind)) && !ids.isEmpty())
            out.append(QStringLiteral("allowed_mentions: parse:[\"%1\"] and %1: [ids] are mutually "
                                      "exclusive.")
                           .arg(key(kind)));
        if (ids.size() > L::MentionIds)
            out.append(QStringLiteral("allowed_mentions.") + key(kind) + QStringLiteral(": ")
                       + tooLong(L::MentionIds));
    }
}

/// Cuts the text at `field` to its limit and to what is left of the 6000 budget.
void clampText(QJsonObject &object, const char *field, int max, int &budget)
{
    if (!object.contains(key(field)))
        return;
    const QString text = object.value(key(field)).toString();
    const QString cut = L::truncated(text, std::min(max, std::max(0, budget)));
    budget -= L::length(cut);
    if (cut != text)
        object.insert(key(field), cut);
}

QJsonObject clampEmbed(QJsonObject embed, int &budget)
{
    clampText(embed, "title", L::EmbedTitle, budget);
    clampText(embed, "description", L::EmbedDescription, budget);
    QJsonArray fields;
    const QJsonArray original = embed.value(key("fields")).toArray();
    for (qsizetype i = 0; i < original.size() && fields.size() < L::EmbedFields; ++i) {
        QJsonObject field = original.at(i).toObject();
        if (budget < 2)
            break; // a field needs a non-empty name and value
        int nameBudget = budget - 1;
        clampText(field, "name", L::FieldName, nameBudget);
        budget = nameBudget + 1;
        clampText(field, "value", L::FieldValue, budget);
        fields.append(field);
    }
    if (embed.contains(key("fields")))
        embed.insert(key("fields"), fields);
    for (const char *part : {"footer", "author"}) {
        if (!embed.contains(key(part)))
            continue;
        QJsonObject inner = embed.value(key(part)).toObject();
        if (qstrcmp(part, "footer") == 0)
            clampText(inner, "text", L::FooterText, budget);
        else
            clampText(inner, "name", L::AuthorName, budget);
        embed.insert(key(part), inner);
    }
    return embed;
}

} // namespace

int MessageLimits::length(const QString &text)
{
    const QString trimmed = text.trimmed();
    int count = 0;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (!(trimmed.at(i).isLowSurrogate() && i > 0 && trimmed.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

QString MessageLimits::truncated(const QString &text, int max, const QString &ellipsis)
{
    if (length(text) <= max)
        return text;
    const QString trimmed = text.trimmed();
    const int ellipsisLength = length(ellipsis);
    const bool withEllipsis = max > ellipsisLength;
    const int keep = withEllipsis ? max - ellipsisLength : std::max(0, max);
    qsizetype cut = 0;
    for (int points = 0; points < keep && cut < trimmed.size(); ++points)
        cut += (trimmed.at(cut).isHighSurrogate() && cut + 1 < trimmed.size()) ? 2 : 1;
    QString out = trimmed.left(cut).trimmed();
    return withEllipsis ? out + ellipsis : out;
}

int MessageLimits::embedLength(const QJsonObject &embed)
{
    int total = length(embed.value(key("title")).toString())
        + length(embed.value(key("description")).toString())
        + length(embed.value(key("footer")).toObject().value(key("text")).toString())
        + length(embed.value(key("author")).toObject().value(key("name")).toString());
    const QJsonArray fields = embed.value(key("fields")).toArray();
    for (const QJsonValue &field : fields) {
        total += length(field.toObject().value(key("name")).toString())
            + length(field.toObject().value(key("value")).toString());
    }
    return total;
}

QStringList MessageLimits::problems(const QJsonObject &message)
{
    QStringList out;
    checkText(message, "content", Content, QString(), out);
    const QString nonce = message.value(key("nonce")).toString();
    if (nonce.size() > Nonce)
        out.append(QStringLiteral("nonce: ") + tooLong(Nonce));
    checkEmbeds(message.value(key("embeds")).toArray(), out);
    checkComponents(message.value(key("components")).toArray(), out);
    checkMentions(message.value(key("allowed_mentions")).toObject(), out);
    return out;
}

QJsonObject MessageLimits::clamped(QJsonObject message)
{
    if (message.contains(key("content"))) {
        message.insert(key("content"),
                       truncated(message.value(key("content")).toString(), Content));
    }
    if (message.contains(key("embeds"))) {
        const QJsonArray original = message.value(key("embeds")).toArray();
        QJsonArray embeds;
        int budget = EmbedTotal;
        for (qsizetype i = 0; i < original.size() && embeds.size() < Embeds; ++i)
            embeds.append(clampEmbed(original.at(i).toObject(), budget));
        message.insert(key("embeds"), embeds);
    }
    if (message.contains(key("components"))) {
        QJsonArray rows = message.value(key("components")).toArray();
        while (rows.size() > ActionRows)
            rows.removeLast();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QJsonObject row = rows.at(r).toObject();
            QJsonArray children = row.value(key("components")).toArray();
            for (qsizetype c = 0; c < children.size(); ++c) {
                QJsonObject child = children.at(c).toObject();
                int unlimited = EmbedTotal;
                clampText(child, "label", ButtonLabel, unlimited);
                clampText(child, "placeholder", Placeholder, unlimited);
                if (child.contains(key("options"))) {
                    QJsonArray options = child.value(key("options")).toArray();
                    while (options.size() > SelectOptions)
                        options.removeLast();
                    for (qsizetype o = 0; o < options.size(); ++o) {
                        QJsonObject option = options.at(o).toObject();
                        for (const char *field : {"label", "description"}) {
                            int room = EmbedTotal;
                            clampText(option, field, SelectText, room);
                        }
                        options[o] = option;
                    }
                    child.insert(key("options"), options);
                }
                children[c] = child;
            }
            row.insert(key("components"), children);
            rows[r] = row;
        }
        message.insert(key("components"), rows);
    }
    return message;
}

} // namespace ballsdex::discord
