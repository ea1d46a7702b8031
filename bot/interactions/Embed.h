// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ballsdex::interactions {

/// A rich embed. toJson() enforces every per-field limit and the shared 6000-character budget
/// (title, author, footer, description, then fields, in that order), truncating with "…".
class Embed final
{
public:
    struct Field
    {
        QString name;
        QString value;
        bool inlined = false;
    };

    Embed &title(QString text);
    Embed &description(QString text);
    Embed &url(QString url);
    /// 0xRRGGBB
    Embed &color(quint32 rgb);
    Embed &timestamp(QDateTime time);
    Embed &footer(QString text, QString iconUrl = {});
    Embed &author(QString name, QString url = {}, QString iconUrl = {});
    Embed &thumbnail(QString url);
    Embed &image(QString url);
    Embed &field(QString name, QString value, bool inlined = false);

    [[nodiscard]] const QString &titleText() const { return m_title; }
    [[nodiscard]] const QString &descriptionText() const { return m_description; }
    [[nodiscard]] const QString &footerText() const { return m_footerText; }
    [[nodiscard]] const QList<Field> &fields() const { return m_fields; }

    /// This embed alone in a message.
    [[nodiscard]] QJsonObject toJson() const;
    /// Consumes `budget` (characters left for the whole message's embeds).
    [[nodiscard]] QJsonObject toJson(int &budget) const;

private:
    QString m_title;
    QString m_description;
    QString m_url;
    QString m_footerText;
    QString m_footerIcon;
    QString m_authorName;
    QString m_authorUrl;
    QString m_authorIcon;
    QString m_thumbnail;
    QString m_image;
    QDateTime m_timestamp;
    QList<Field> m_fields;
    int m_color = -1;
};

} // namespace ballsdex::interactions
