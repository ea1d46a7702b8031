// SPDX-License-Identifier: MIT
#include "Components.h"

#include "TextLimits.h"

namespace ballsdex::interactions {

QJsonObject Emoji::toJson() const
{
    QJsonObject json {{QStringLiteral("name"), name}};
    if (id != 0) {
        json.insert(QStringLiteral("id"), QString::number(id));
        if (animated) {
            json.insert(QStringLiteral("animated"), true);
        }
    }
    return json;
}

Button Button::make(ButtonStyle style, QString customId, QString label)
{
    Button button;
    button.style = style;
    button.customId = std::move(customId);
    button.label = std::move(label);
    return button;
}

Button Button::link(QString url, QString label)
{
    Button button;
    button.style = ButtonStyle::Link;
    button.url = std::move(url);
    button.label = std::move(label);
    return button;
}

QJsonObject Button::toJson() const
{
    QJsonObject json {{QStringLiteral("type"), 2},
                      {QStringLiteral("style"), static_cast<int>(style)}};
    if (!label.isEmpty()) {
        json.insert(QStringLiteral("label"), truncated(label, limits::ButtonLabel));
    }
    if (emoji) {
        json.insert(QStringLiteral("emoji"), emoji->toJson());
    }
    if (style == ButtonStyle::Link) {
        json.insert(QStringLiteral("url"), url);
    } else {
        json.insert(QStringLiteral("custom_id"), customId);
    }
    if (disabled) {
        json.insert(QStringLiteral("disabled"), true);
    }
    return json;
}

QJsonObject StringSelect::toJson() const
{
    QJsonArray array;
    for (const SelectOption &option : options) {
        if (array.size() >= limits::SelectOptions) {
            break;
        }
        QJsonObject entry {
            {QStringLiteral("label"), truncated(option.label, limits::SelectOptionText)},
            {QStringLiteral("value"), truncated(option.value, limits::SelectOptionText)}};
        if (!option.description.isEmpty()) {
            entry.insert(QStringLiteral("description"),
                         truncated(option.description, limits::SelectOptionText));
        }
        if (option.emoji) {
            entry.insert(QStringLiteral("emoji"), option.emoji->toJson());
        }
        if (option.isDefault) {
            entry.insert(QStringLiteral("default"), true);
        }
        array.append(entry);
    }
    const int count = static_cast<int>(array.size());
    QJsonObject json {{QStringLiteral("type"), 3},
                      {QStringLiteral("custom_id"), customId},
                      {QStringLiteral("options"), array},
                      {QStringLiteral("min_values"), std::clamp(minValues, 0, count)},
                      {QStringLiteral("max_values"), std::clamp(maxValues, 1, std::max(count, 1))}};
    if (!placeholder.isEmpty()) {
        json.insert(QStringLiteral("placeholder"),
                    truncated(placeholder, limits::SelectPlaceholder));
    }
    if (disabled) {
        json.insert(QStringLiteral("disabled"), true);
    }
    return json;
}

ActionRow ActionRow::buttons(const QList<Button> &buttons)
{
    ActionRow row;
    for (const Button &button : buttons.mid(0, limits::ButtonsPerRow)) {
        row.components.append(button.toJson());
    }
    return row;
}

ActionRow ActionRow::select(const StringSelect &select)
{
    ActionRow row;
    row.components.append(select.toJson());
    return row;
}

QJsonObject ActionRow::toJson() const
{
    return QJsonObject {{QStringLiteral("type"), 1}, {QStringLiteral("components"), components}};
}

QJsonObject Modal::toJson() const
{
    QJsonArray components;
    for (const TextInput &input : inputs.mid(0, limits::ModalComponents)) {
        QJsonObject text {{QStringLiteral("type"), 4},
                          {QStringLiteral("custom_id"), input.customId},
                          {QStringLiteral("style"), input.paragraph ? 2 : 1},
                          {QStringLiteral("required"), input.required}};
        if (input.minLength) {
            text.insert(QStringLiteral("min_length"), std::clamp(*input.minLength, 0, 4000));
        }
        if (input.maxLength) {
            text.insert(QStringLiteral("max_length"), std::clamp(*input.maxLength, 1, 4000));
        }
        if (!input.value.isEmpty()) {
            text.insert(QStringLiteral("value"), truncated(input.value, limits::TextInputValue));
        }
        if (!input.placeholder.isEmpty()) {
            text.insert(QStringLiteral("placeholder"),
                        truncated(input.placeholder, limits::TextInputPlaceholder));
        }
        QJsonObject label {{QStringLiteral("type"), 18},
                           {QStringLiteral("label"), truncated(input.label, limits::LabelText)},
                           {QStringLiteral("component"), text}};
        if (!input.description.isEmpty()) {
            label.insert(QStringLiteral("description"),
                         truncated(input.description, limits::LabelDescription));
        }
        components.append(label);
    }
    return QJsonObject {{QStringLiteral("custom_id"), customId},
                        {QStringLiteral("title"), truncated(title, limits::ModalTitle)},
                        {QStringLiteral("components"), components}};
}

QJsonArray disabledComponents(const QJsonArray &rows)
{
    QJsonArray result;
    for (const QJsonValue &rowValue : rows) {
        QJsonObject row = rowValue.toObject();
        QJsonArray children = row.value(QLatin1String("components")).toArray();
        for (qsizetype i = 0; i < children.size(); ++i) {
            QJsonObject child = children.at(i).toObject();
            const int type = child.value(QLatin1String("type")).toInt();
            const bool link = type == 2
                && child.value(QLatin1String("style")).toInt()
                    == static_cast<int>(ButtonStyle::Link);
            if (type >= 2 && type <= 8 && type != 4 && !link) {
                child.insert(QStringLiteral("disabled"), true);
            }
            children.replace(i, child);
        }
        row.insert(QStringLiteral("components"), children);
        result.append(row);
    }
    return result;
}

} // namespace ballsdex::interactions
