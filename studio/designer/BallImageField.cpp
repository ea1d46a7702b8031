// SPDX-License-Identifier: MIT
#include "designer/BallImageField.h"

#include "media/ImageCheck.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace ballsdex::studio {

namespace {

constexpr QSize thumbnailSize(96, 96);

Result<std::pair<QString, QImage>, QString> checkAndImport(const QString &path,
                                                           const ImageRequirements &requirements,
                                                           MediaLibrary library,
                                                           const QString &hint)
{
    auto image = checkImageFile(path, requirements);
    if (!image)
        return fail(image.error());
    auto stored = library.import(path, hint);
    if (!stored)
        return fail(stored.error());
    return std::pair {*stored,
                      image->scaled(thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)};
}

} // namespace

BallImageField::BallImageField(ImageRequirements requirements, MediaLibrary library,
                               QWidget *parent)
    : QWidget(parent)
    , m_requirements(std::move(requirements))
    , m_library(std::move(library))
    , m_thumbnail(new QLabel(this))
    , m_path(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
{
    setAcceptDrops(true);
    m_thumbnail->setObjectName(QStringLiteral("thumbnail"));
    m_thumbnail->setFixedSize(thumbnailSize);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_path->setObjectName(QStringLiteral("pathLabel"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();
    m_browse->setObjectName(QStringLiteral("browseButton"));

    auto *text = new QVBoxLayout;
    text->addWidget(m_path);
    text->addWidget(new QLabel(tr("Drop a PNG, JPEG or WebP file here, or:"), this));
    text->addWidget(m_browse, 0, Qt::AlignLeft);
    text->addWidget(m_problem);
    text->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_thumbnail);
    layout->addLayout(text, 1);

    connect(m_browse, &QPushButton::clicked, this, &BallImageField::browse);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BallImageField::imported);
    setMediaPath(QString());
}

BallImageField::~BallImageField()
{
    // The import works on its own copies; it may finish after this field is gone.
    m_watcher.disconnect(this);
}

void BallImageField::setMediaPath(const QString &mediaPath)
{
    ++m_generation; // an import still running belongs to what was shown before
    m_mediaPath = mediaPath;
    m_path->setText(mediaPath.isEmpty() ? tr("No image") : mediaPath);
    m_problem->hide();
    showThumbnail(QImage());
    const QString file = m_library.absolutePath(mediaPath);
    if (file.isEmpty())
        return;
    // Decoded off the GUI thread: the media folder may be a slow network share.
    const quint64 generation = m_generation;
    QtConcurrent::run([file] {
        if (!QFileInfo::exists(file))
            return QImage();
        QImageReader reader(file);
        reader.setScaledSize(reader.size().scaled(thumbnailSize, Qt::KeepAspectRatio));
        return reader.read();
    }).then(this, [this, generation](const QImage &image) {
        if (generation == m_generation)
            showThumbnail(image);
    });
}

QString BallImageField::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void BallImageField::showThumbnail(const QImage &image)
{
    if (image.isNull()) {
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(tr("—"));
    } else {
        m_thumbnail->setPixmap(QPixmap::fromImage(image));
    }
}

void BallImageField::browse()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Choose the %1").arg(m_requirements.purpose),
                                       QString(), tr("Images (*.png *.jpg *.jpeg *.webp)"));
    if (!path.isEmpty())
        importFile(path);
}

void BallImageField::importFile(const QString &path)
{
    if (m_watcher.isRunning()) {
        m_problem->setText(tr("Still importing the previous file; try again in a moment."));
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_path->setText(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_importGeneration = m_generation;
    m_watcher.setFuture(
        QtConcurrent::run(checkAndImport, path, m_requirements, m_library, m_nameHint));
}

void BallImageField::imported()
{
    if (m_importGeneration != m_generation)
        return; // another ball (or a cleared form) is shown now; the file stays unused
    const auto result = m_watcher.result();
    if (!result) {
        m_path->setText(m_mediaPath.isEmpty() ? tr("No image") : m_mediaPath);
        m_problem->setText(result.error());
        m_problem->show();
        Q_EMIT problemFound(result.error());
        return;
    }
    m_mediaPath = result->first;
    m_path->setText(m_mediaPath);
    showThumbnail(result->second);
    Q_EMIT mediaPathChosen(m_mediaPath);
}

void BallImageField::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void BallImageField::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    if (!urls.first().isLocalFile()) {
        m_problem->setText(tr("%1 is not a local file.").arg(urls.first().toDisplayString()));
        m_problem->show();
        return;
    }
    event->acceptProposedAction();
    importFile(urls.first().toLocalFile());
}

} // namespace ballsdex::studio
