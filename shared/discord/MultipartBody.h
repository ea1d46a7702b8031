// SPDX-License-Identifier: MIT
#pragma once

#include "RestTypes.h"

class QHttpMultiPart;
class QObject;

namespace ballsdex::discord {

/// payload_json + files[n] (spec §2.11). New files get attachment ids 0..n-1 appended to the
/// payload's `attachments` (entries already there, e.g. kept attachments on edit, stay first).
[[nodiscard]] QJsonObject withAttachmentEntries(QJsonObject payload, const QList<RestFile> &files);

/// A multipart/form-data body owned by parent (the reply); QNAM adds the boundary header.
[[nodiscard]] QHttpMultiPart *buildMultipart(const QJsonObject &payload,
                                             const QList<RestFile> &files, QObject *parent);

} // namespace ballsdex::discord
