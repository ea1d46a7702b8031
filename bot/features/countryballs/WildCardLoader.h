// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

#include <memory>

namespace ballsdex::features::countryballs {

/// A wild card ready to upload: the ball's own file, or the neutral fallback image when that file
/// is missing or not a readable image (`problem` says why).
struct WildCardImage
{
    QByteArray data;
    QString suffix; ///< extension to upload under; "png" for the fallback
    QString problem; ///< empty when the ball's own file is used

    [[nodiscard]] bool isFallback() const { return !problem.isEmpty(); }
};

/// Reads wild cards off the event-loop thread (bot-features.md §2.4). The first read of each file
/// version (size, modification time) decodes it once to catch corrupt files; later reads of that
/// version only read the bytes. Image formats this Qt cannot decode are sent unchecked.
class WildCardLoader final
{
public:
    WildCardLoader();

    /// Reads @p path on the global thread pool; an empty path means "no wild card set".
    [[nodiscard]] QFuture<WildCardImage> load(const QString &path) const;
    /// The same, blocking; thread-safe.
    [[nodiscard]] WildCardImage read(const QString &path) const;
    /// The PNG sent when a wild card cannot be used: a plain grey ball.
    [[nodiscard]] static QByteArray fallbackPng();

private:
    struct Verified;
    std::shared_ptr<Verified> m_verified;
};

} // namespace ballsdex::features::countryballs
