// SPDX-License-Identifier: MIT
#pragma once

#include "ErrorTree.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace ballsdex::fakediscord {

/// What a message payload may refer to besides itself.
struct MessageContext
{
    QSet<QString> uploadIds; ///< n of every files[n] part in this request
    QStringList uploadFilenames; ///< filenames of those parts
    QSet<QString> keptAttachments; ///< ids of attachments the edited message already has
};

/// Discord's limits on a message payload (spec §2.8, §2.10, §2.12, §7.24), independently of the
/// client's own checks. `prefix` nests the paths (e.g. "data." for interaction callbacks).
void validateMessage(const QJsonObject &payload, const MessageContext &context, ErrorTree &errors,
                     const QString &prefix = {});
/// True when the payload would create a message with nothing in it (→ 50006).
[[nodiscard]] bool isEmptyMessage(const QJsonObject &payload, bool hasFiles);
/// Modal (callback type 9) data: custom_id 1-100, title 1-45, 1-5 components.
void validateModal(const QJsonObject &data, ErrorTree &errors);
/// Autocomplete (callback type 8) data: ≤25 choices, names 1-100, string values ≤100.
void validateAutocomplete(const QJsonObject &data, ErrorTree &errors);
/// Code points of the trimmed text.
[[nodiscard]] int discordLength(const QString &text);

} // namespace ballsdex::fakediscord
