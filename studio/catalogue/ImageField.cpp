// SPDX-License-Identifier: MIT
#include "ImageField.h"

#include "catalogue/WhenReady.h"
#include "media/ImageCheck.h"
#include "media/MediaLibrary.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtConcurrentRun>

namespace ballsdex::studio {
namespace {

constexpr int previewHeight = 60;

} // namespace

ImageField::ImageField(QString mediaRoot, ImageRequirements requirements, QString nameHint,
                       bool optional, QWidget *parent)
    : QWidget(parent)
    , m_mediaRoot(std::move(mediaRoot))
    , m_requirements(std::move(requirements))
    , m_nameHint(std::move(nameHint))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setFixedSize(previewHeight, previewHeight);
    m_preview->setAlignment(Qt::AlignCenter);
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setPlaceholderText(optional ? tr("No image") : tr("Choose an image"));
    m_chooseButton = new QPushButton(tr("Choose\u2026"), this);
    m_chooseButton->setObjectName(QStringLiteral("chooseButton"));
    layout->addWidget(m_preview);
    layout->addWidget(m_pathEdit, 1);
    layout->addWidget(m_chooseButton);
    connect(m_chooseButton, &QPushButton::clicked, this, &ImageField::choose);
    if (optional) {
        auto *clearButton = new QPushButton(tr("Remove"), this);
        clearButton->setObjectName(QStringLiteral("clearButton"));
        layout->addWidget(clearButton);
        connect(clearButton, &QPushButton::clicked, this, [this]() {
            setPath(QString());
            Q_EMIT edited();
        });
    }
}

QString ImageField::path() const
{
    return m_pathEdit->text();
}

void ImageField::setPath(const QString &relativePath)
{
    ++m_generation; // an import still running belongs to what was shown before
    m_pathEdit->setText(relativePath);
    showPreview();
}

void ImageField::choose()
{
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Choose the %1").arg(m_requirements.purpose),
                                       QString(), tr("Images (*.png *.jpg *.jpeg *.webp)"));
    if (!file.isEmpty())
        importFrom(file);
}

void ImageField::importFrom(const QString &sourcePath)
{
    m_chooseButton->setEnabled(false);
    auto work = [sourcePath, root = m_mediaRoot, requirements = m_requirements,
                 hint = m_nameHint]() -> Result<QString, QString> {
        const Result<QImage, QString> checked = checkImageFile(sourcePath, requirements);
        if (!checked)
            return fail(checked.error());
        MediaLibrary library(root);
        return library.import(sourcePath, hint);
    };
    const quint64 generation = m_generation;
    whenReady(this, QtConcurrent::run(std::move(work)),
              [this, generation](Result<QString, QString> result) {
                  m_chooseButton->setEnabled(true);
                  if (generation != m_generation)
                      return; // another entry is shown now
                  if (!result) {
                      Q_EMIT failed(result.error());
                      return;
                  }
                  setPath(*result);
                  Q_EMIT edited();
                  Q_EMIT imported(*result);
              });
}

void ImageField::showPreview()
{
    m_preview->clear();
    if (path().isEmpty())
        return;
    const QString file = MediaLibrary(m_mediaRoot).absolutePath(path());
    const quint64 generation = m_generation;
    // Decoded off the GUI thread (the media folder may be a network share); only the thumbnail
    // is decoded, which keeps a 1428x2000 background cheap.
    whenReady(this, QtConcurrent::run([file] {
                  QImageReader reader(file);
                  const QSize full = reader.size();
                  if (!full.isValid())
                      return QImage();
                  reader.setScaledSize(
                      full.scaled(previewHeight, previewHeight, Qt::KeepAspectRatio));
                  return reader.read();
              }),
              [this, generation](const QImage &image) {
                  if (generation != m_generation)
                      return;
                  if (image.isNull())
                      m_preview->setText(tr("missing"));
                  else
                      m_preview->setPixmap(QPixmap::fromImage(image));
              });
}

} // namespace ballsdex::studio
