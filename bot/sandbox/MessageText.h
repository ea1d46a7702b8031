// SPDX-License-Identifier: MIT
#pragma once

#include "SandboxWorld.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ballsdex::sandbox {

/// A button or select a person can use, numbered from 1 in reading order across the message's
/// action rows (and the sections and containers of components-v2 messages). Link buttons get no
/// number: they send no interaction.
struct ComponentRef
{
    int number = 0;
    int type = 2; ///< 2 button, 3 string select, 5 user, 6 role, 7 mentionable, 8 channel select
    QString customId;
    QString label; ///< button label (or emoji name), select placeholder
    bool disabled = false;
    QJsonObject json;
};

/// The interactive components of a message, in the numbering renderMessage() prints.
[[nodiscard]] QList<ComponentRef> interactiveComponents(const QJsonObject &message);

/// One input of a modal, numbered from 1.
struct ModalField
{
    int number = 0;
    QString customId;
    QString label;
    int componentType = 4; ///< 4 text input, 3/5-8 selects
    int style = 1; ///< text inputs: 1 short, 2 paragraph
    bool required = true;
    QString value; ///< prefilled value, then what the person filled in
    QStringList values; ///< selects
    QString placeholder;
};

struct ModalForm
{
    QString customId;
    QString title;
    bool labelLayout = true; ///< fields inside Labels (type 18) rather than action rows
    QList<ModalField> fields;

    /// By number ("1"), custom id or label (case-insensitive).
    [[nodiscard]] ModalField *field(const QString &key);
};

/// Reads the `data` of a MODAL callback (type 9), either layout.
[[nodiscard]] ModalForm parseModal(const QJsonObject &data);
/// The MODAL_SUBMIT `data`, in the layout the modal used.
[[nodiscard]] QJsonObject modalSubmitData(const ModalForm &form);

/// What rendering needs besides the message: names for mentions and the local copies of files.
struct RenderContext
{
    const SandboxWorld *world = nullptr;
    QHash<QString, QString> savedFiles; ///< attachment filename → local path
};

/// Mentions (<@id>, <#id>, <@&id>) and custom emojis (<:name:id>) as readable text.
[[nodiscard]] QString readableText(const QString &text, const RenderContext &context);
/// An embed as "| "-prefixed lines: author, title (url), description, fields, image, thumbnail,
/// footer.
[[nodiscard]] QStringList renderEmbed(const QJsonObject &embed, const RenderContext &context);
/// Content, embeds, components (numbered as interactiveComponents()) and attachments.
[[nodiscard]] QStringList renderMessage(const QJsonObject &message, const RenderContext &context);
/// Title and numbered fields.
[[nodiscard]] QStringList renderModal(const ModalForm &form);

} // namespace ballsdex::sandbox
