// SPDX-License-Identifier: MIT
#include "Embed.h"

#include "TextLimits.h"

#include <QJsonArray>

namespace ballsdex::interactions {

namespace {

/// Cuts to the field limit and the remaining budget, and charges the budget.
QString take(const QString &text, int fieldLimit, int &budget)
{
    const QString cut = truncated(text, std::min(fieldLimit, budget));
    budget -= static_cast<int>(cut.size());
    return cut;
}

} // namespace

Embed &Embed::title(QString text)
{
    m_title = std::move(text);
    return *this;
}

Embed &Embed::description(QString text)
{
    m_description = std::move(text);
    return *this;
}

Embed &Embed::url(QString url)
{
    m_url = std::move(url);
    return *this;
}

Embed &Embed::color(quint32 rgb)
{
    m_color = static_cast<int>(rgb & 0xFFFFFF);
    return *this;
}

Embed &Embed::timestamp(QDateTime time)
{
    m_timestamp = std::move(time);
    return *this;
}

Embed &Embed::footer(QString text, QString iconUrl)
{
    m_footerText = std::move(text);
    m_footerIcon = std::move(iconUrl);
    return *this;
}

Embed &Embed::author(QString name, QString url, QString iconUrl)
{
    m_authorName = std::move(name);
    m_authorUrl = std::move(url);
    m_authorIcon = std::move(iconUrl);
    return *this;
}

Embed &Embed::thumbnail(QString url)
{
    m_thumbnail = std::move(url);
    return *this;
}

Embed &Embed::image(QString url)
{
    m_image = std::move(url);
    return *this;
}

Embed &Embed::field(QString name, QString value, bool inlined)
{
    m_fields.append(Field {std::move(name), std::move(value), inlined});
    return *this;
}

QJsonObject Embed::toJson() const
{
    int budget = limits::EmbedTotal;
    return toJson(budget);
}

QJsonObject Embed::toJson(int &budget) const
{
    QJsonObject json {{QStringLiteral("type"), QStringLiteral("rich")}};
    if (const QString title = take(m_title, limits::EmbedTitle, budget); !title.isEmpty()) {
        json.insert(QStringLiteral("title"), title);
    }
    if (!m_authorName.isEmpty()) {
        if (const QString name = take(m_authorName, limits::AuthorName, budget); !name.isEmpty()) {
            QJsonObject author {{QStringLiteral("name"), name}};
            if (!m_authorUrl.isEmpty()) {
                author.insert(QStringLiteral("url"), m_authorUrl);
            }
            if (!m_authorIcon.isEmpty()) {
                author.insert(QStringLiteral("icon_url"), m_authorIcon);
            }
            json.insert(QStringLiteral("author"), author);
        }
    }
    if (!m_footerText.isEmpty()) {
        if (const QString text = take(m_footerText, limits::FooterText, budget); !text.isEmpty()) {
            QJsonObject footer {{QStringLiteral("text"), text}};
            if (!m_footerIcon.isEmpty()) {
                footer.insert(QStringLiteral("icon_url"), m_footerIcon);
            }
            json.insert(QStringLiteral("footer"), footer);
        }
    }
    if (const QString text = take(m_description, limits::EmbedDescription, budget);
        !text.isEmpty()) {
        json.insert(QStringLiteral("description"), text);
    }
    QJsonArray fields;
    for (const Field &field : m_fields) {
        if (fields.size() >= limits::EmbedFields || budget < 2) {
            break;
        }
        // Discord refuses empty names and values; a zero-width space stands in for them.
        const QString name = field.name.trimmed().isEmpty() ? QString(QChar(0x200B)) : field.name;
        const QString value
            = field.value.trimmed().isEmpty() ? QString(QChar(0x200B)) : field.value;
        int nameBudget = budget - 1; // keep at least one character for the value
        const QString fieldName = take(name, limits::FieldName, nameBudget);
        budget -= static_cast<int>(fieldName.size());
        const QString fieldValue = take(value, limits::FieldValue, budget);
        fields.append(QJsonObject {{QStringLiteral("name"), fieldName},
                                   {QStringLiteral("value"), fieldValue},
                                   {QStringLiteral("inline"), field.inlined}});
    }
    if (!fields.isEmpty()) {
        json.insert(QStringLiteral("fields"), fields);
    }
    if (!m_url.isEmpty()) {
        json.insert(QStringLiteral("url"), m_url);
    }
    if (m_color >= 0) {
        json.insert(QStringLiteral("color"), m_color);
    }
    if (m_timestamp.isValid()) {
        json.insert(QStringLiteral("timestamp"), m_timestamp.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!m_thumbnail.isEmpty()) {
        json.insert(QStringLiteral("thumbnail"),
                    QJsonObject {{QStringLiteral("url"), m_thumbnail}});
    }
    if (!m_image.isEmpty()) {
        json.insert(QStringLiteral("image"), QJsonObject {{QStringLiteral("url"), m_image}});
    }
    return json;
}

} // namespace ballsdex::interactions
