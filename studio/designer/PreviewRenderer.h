// SPDX-License-Identifier: MIT
#pragma once

#include "render/CardData.h"
#include "render/CardRenderer.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QSize>

#include <memory>
#include <optional>

namespace ballsdex::studio {

/// A rendered preview: the full 1428×2000 card and the same scaled to the preview area.
struct PreviewImage
{
    QImage card;
    QImage scaled;
};

/// Renders card previews with the shared renderer on the thread pool. At most one render runs;
/// requests made meanwhile collapse into the latest one, rendered when the running one ends.
class PreviewRenderer final : public QObject
{
    Q_OBJECT

public:
    explicit PreviewRenderer(std::shared_ptr<const render::CardRenderer> renderer,
                             QObject *parent = nullptr);
    ~PreviewRenderer() override;

    /// Renders `card` scaled to fit `size` (keeping the aspect ratio).
    void request(const render::CardData &card, QSize size);
    /// A render runs or its result has not been delivered yet.
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// Renders started so far (requests superseded while waiting are not counted).
    [[nodiscard]] int renderCount() const { return m_renders; }

    /// What one preview costs: render, then a smooth scale to fit `size`. Thread-safe.
    [[nodiscard]] static PreviewImage renderPreview(const render::CardRenderer &renderer,
                                                    const render::CardData &card, QSize size);

Q_SIGNALS:
    void rendered(const ballsdex::studio::PreviewImage &image);

private:
    void start(render::CardData card, QSize size);
    void finished();

    std::shared_ptr<const render::CardRenderer> m_renderer;
    QFutureWatcher<PreviewImage> m_watcher;
    std::optional<std::pair<render::CardData, QSize>> m_pending;
    int m_renders = 0;
    bool m_busy = false;
};

} // namespace ballsdex::studio
