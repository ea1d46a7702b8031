// SPDX-License-Identifier: MIT
#pragma once

#include "media/ImageRequirements.h"
#include "util/Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace ballsdex::studio {

/// The image formats Studio stores, as QImageReader names them.
[[nodiscard]] bool isAcceptedImageFormat(const QByteArray &format);

/// Checks a file chosen by the user before it enters the media folder: it must be readable, a
/// real PNG, JPEG or WebP judged by its content (not its extension), at most `maxBytes` (checked
/// before decoding) and within the size range (read from the header, before decoding). The
/// decoded image on success; otherwise a translated message naming the file.
[[nodiscard]] Result<QImage, QString> checkImageFile(const QString &path,
                                                     const ImageRequirements &requirements);

} // namespace ballsdex::studio
