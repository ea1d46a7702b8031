// SPDX-License-Identifier: MIT
#pragma once

#include "media/ImageRequirements.h"
#include "media/MediaLibrary.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ballsdex::studio {

/// One image of a ball (wild card, collection card): a thumbnail, the stored path, a Browse
/// button, and drag-and-drop of a file. A chosen file is checked (checkImageFile) and copied
/// into the media folder off the GUI thread; problems are shown under the field and reported.
class BallImageField final : public QWidget
{
    Q_OBJECT

public:
    BallImageField(ImageRequirements requirements, MediaLibrary library, QWidget *parent = nullptr);
    ~BallImageField() override;

    [[nodiscard]] QString mediaPath() const { return m_mediaPath; }
    /// Shows a stored path; no signal.
    void setMediaPath(const QString &mediaPath);
    /// The stem imported files are named after (the ball's name).
    void setNameHint(const QString &hint) { m_nameHint = hint; }
    [[nodiscard]] QString problem() const;
    [[nodiscard]] bool isImporting() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    /// What Browse and a drop do with the chosen file.
    void importFile(const QString &path);

Q_SIGNALS:
    /// A new file was imported; `mediaPath` is what the database stores.
    void mediaPathChosen(const QString &mediaPath);
    void problemFound(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void imported();
    void showThumbnail(const QImage &image);

    ImageRequirements m_requirements;
    MediaLibrary m_library;
    QString m_mediaPath;
    QString m_nameHint;
    QLabel *m_thumbnail;
    QLabel *m_path;
    QLabel *m_problem;
    QPushButton *m_browse;
    QFutureWatcher<Result<std::pair<QString, QImage>, QString>> m_watcher;
    quint64 m_generation = 0;
    quint64 m_importGeneration = 0;
};

} // namespace ballsdex::studio
