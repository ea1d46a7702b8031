// SPDX-License-Identifier: MIT
#pragma once

#include "media/ImageRequirements.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ballsdex::studio {

/// One image of a catalogue entry: the stored media-relative path, a thumbnail, and "Choose…",
/// which checks the file (checkImageFile) and copies it into the media folder (MediaLibrary)
/// off the GUI thread. Children: pathEdit (read-only), preview, chooseButton, clearButton.
class ImageField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageField)

public:
    ImageField(QString mediaRoot, ImageRequirements requirements, QString nameHint, bool optional,
               QWidget *parent = nullptr);

    [[nodiscard]] QString path() const;
    /// Shows a stored path (no check, no signal).
    void setPath(const QString &relativePath);
    /// Used as the imported file's name stem ("regime-democracy").
    void setNameHint(const QString &hint) { m_nameHint = hint; }

    /// Checks and imports `sourcePath`; imported() or failed() follows. Choose… calls this.
    void importFrom(const QString &sourcePath);

Q_SIGNALS:
    /// The path changed through the user (import or clear).
    void edited();
    void imported(const QString &relativePath);
    void failed(const QString &message);

private:
    void choose();
    void showPreview();

    QString m_mediaRoot;
    ImageRequirements m_requirements;
    QString m_nameHint;
    QLineEdit *m_pathEdit = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_chooseButton = nullptr;
    quint64 m_generation = 0;
};

} // namespace ballsdex::studio
