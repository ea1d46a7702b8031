// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Ids.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ballsdex::interactions {

enum class ButtonStyle { Primary = 1, Secondary = 2, Success = 3, Danger = 4, Link = 5 };

/// Unicode emoji (name only) or a custom emoji (id + name).
struct Emoji
{
    QString name;
    domain::Snowflake id = 0;
    bool animated = false;

    [[nodiscard]] QJsonObject toJson() const;
};

struct Button
{
    ButtonStyle style = ButtonStyle::Secondary;
    QString customId; ///< all styles but Link
    QString label;
    std::optional<Emoji> emoji;
    QString url; ///< Link only
    bool disabled = false;

    static Button make(ButtonStyle style, QString customId, QString label);
    static Button link(QString url, QString label);
    [[nodiscard]] QJsonObject toJson() const;
};

struct SelectOption
{
    QString label;
    QString value;
    QString description;
    std::optional<Emoji> emoji;
    bool isDefault = false;
};

struct StringSelect
{
    QString customId;
    QList<SelectOption> options;
    QString placeholder;
    int minValues = 1;
    int maxValues = 1;
    bool disabled = false;

    [[nodiscard]] QJsonObject toJson() const;
};

/// A legacy (non components-v2) action row: up to 5 buttons or exactly one select.
struct ActionRow
{
    QJsonArray components;

    static ActionRow buttons(const QList<Button> &buttons);
    static ActionRow select(const StringSelect &select);
    [[nodiscard]] QJsonObject toJson() const;
};

struct TextInput
{
    QString customId;
    QString label;
    QString description;
    bool paragraph = false;
    std::optional<int> minLength;
    std::optional<int> maxLength;
    bool required = true;
    QString value;
    QString placeholder;
};

/// A modal in the Label (type 18) layout; at most 5 inputs, texts cut to their limits.
struct Modal
{
    QString customId;
    QString title;
    QList<TextInput> inputs;

    [[nodiscard]] QJsonObject toJson() const;
};

/// Copy of action rows with every interactive component disabled (view timeout, finished prompt).
[[nodiscard]] QJsonArray disabledComponents(const QJsonArray &rows);

} // namespace ballsdex::interactions
