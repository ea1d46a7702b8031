// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QString>

namespace ballsdex::studio {

/// The media folder the bot reads card images from. Imported files get a safe name:
/// `<slug of the hint>-<content hash>.<real format's extension>` (lower-case ASCII, no path
/// parts), never replacing another file. Paths it returns are relative to the folder, as the
/// database stores them.
class MediaLibrary final
{
public:
    explicit MediaLibrary(QString root);

    /// Copies `sourcePath` (a PNG, JPEG or WebP by content; check it with checkImageFile first)
    /// into the folder. Importing the same bytes under the same hint again returns the existing
    /// file. A translated message naming the file on failure.
    [[nodiscard]] Result<QString, QString> import(const QString &sourcePath,
                                                  const QString &nameHint);

    /// Absolute file name of a stored path; empty when the path would leave the folder.
    [[nodiscard]] QString absolutePath(const QString &relativePath) const;

    [[nodiscard]] const QString &root() const { return m_root; }

    /// The file-name stem `import` derives from a hint: lower-case ASCII letters, digits and
    /// single dashes, at most 40 characters, "image" when nothing is left.
    [[nodiscard]] static QString slug(const QString &nameHint);

private:
    QString m_root;
};

} // namespace ballsdex::studio
