// SPDX-License-Identifier: MIT
#pragma once

#include "Components.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace ballsdex::interactions {

/// One paginator button as the model wants it (spec bot-features §0.2).
struct PagerButton
{
    QString action; ///< first, previous, current, next, last, jump, quit
    QString label;
    ButtonStyle style = ButtonStyle::Secondary;
    bool disabled = false;
    int row = 0;
};

/// Page position and the buttons that go with it, without I/O.
/// Full: ≪ · previous number · current (disabled) · next number · ≫, then "Skip to page..."
/// and Quit; ends show a disabled "…". Compact: ≪ Back Next ≫ Quit. One page: Quit only.
class PaginatorModel final
{
public:
    static inline const QString First = QStringLiteral("first");
    static inline const QString Previous = QStringLiteral("previous");
    static inline const QString Current = QStringLiteral("current");
    static inline const QString Next = QStringLiteral("next");
    static inline const QString Last = QStringLiteral("last");
    static inline const QString Jump = QStringLiteral("jump");
    static inline const QString Quit = QStringLiteral("quit");

    explicit PaginatorModel(int pageCount, bool compact = false);

    [[nodiscard]] int pageCount() const { return m_pageCount; }
    [[nodiscard]] int current() const { return m_current; }
    [[nodiscard]] bool isCompact() const { return m_compact; }
    [[nodiscard]] bool isPaginating() const { return m_pageCount > 1; }

    /// Clamped to the pages; returns the new current page (0-based).
    int goTo(int index);
    /// Applies a navigation action; false for actions that do not move.
    bool apply(const QString &action);

    [[nodiscard]] QList<PagerButton> buttons() const;
    /// Max length of the page-jump text input: the digits of the page count.
    [[nodiscard]] int jumpMaxLength() const;
    /// The 0-based page for the typed text, or the message to show the user.
    [[nodiscard]] Result<int, QString> parseJump(const QString &text) const;

private:
    int m_pageCount;
    int m_current = 0;
    bool m_compact;
};

} // namespace ballsdex::interactions
