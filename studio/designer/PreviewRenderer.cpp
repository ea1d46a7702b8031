// SPDX-License-Identifier: MIT
#include "designer/PreviewRenderer.h"

#include <QtConcurrentRun>

namespace ballsdex::studio {

PreviewRenderer::PreviewRenderer(std::shared_ptr<const render::CardRenderer> renderer,
                                 QObject *parent)
    : QObject(parent)
    , m_renderer(std::move(renderer))
{
    connect(&m_watcher, &QFutureWatcher<PreviewImage>::finished, this, &PreviewRenderer::finished);
}

PreviewRenderer::~PreviewRenderer()
{
    // The task holds the renderer by shared_ptr; only its result is dropped.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

PreviewImage PreviewRenderer::renderPreview(const render::CardRenderer &renderer,
                                            const render::CardData &card, QSize size)
{
    PreviewImage preview;
    preview.card = renderer.render(card);
    if (!preview.card.isNull() && size.isValid() && !size.isEmpty())
        preview.scaled = preview.card.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return preview;
}

void PreviewRenderer::request(const render::CardData &card, QSize size)
{
    if (m_busy) {
        m_pending.emplace(card, size);
        return;
    }
    start(card, size);
}

void PreviewRenderer::start(render::CardData card, QSize size)
{
    ++m_renders;
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run([renderer = m_renderer, card = std::move(card), size]() {
        return renderPreview(*renderer, card, size);
    }));
}

void PreviewRenderer::finished()
{
    const PreviewImage image = m_watcher.result();
    m_busy = false;
    if (m_pending) {
        auto [card, size] = std::move(*m_pending);
        m_pending.reset();
        start(std::move(card), size);
    }
    // Shown even when superseded: it is still newer than what is on screen while typing.
    Q_EMIT rendered(image);
}

} // namespace ballsdex::studio
