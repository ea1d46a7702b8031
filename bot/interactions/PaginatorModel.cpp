// SPDX-License-Identifier: MIT
#include "PaginatorModel.h"

namespace ballsdex::interactions {

PaginatorModel::PaginatorModel(int pageCount, bool compact)
    : m_pageCount(std::max(pageCount, 1))
    , m_compact(compact)
{
}

int PaginatorModel::goTo(int index)
{
    m_current = std::clamp(index, 0, m_pageCount - 1);
    return m_current;
}

bool PaginatorModel::apply(const QString &action)
{
    const int before = m_current;
    if (action == First) {
        goTo(0);
    } else if (action == Previous) {
        goTo(m_current - 1);
    } else if (action == Next) {
        goTo(m_current + 1);
    } else if (action == Last) {
        goTo(m_pageCount - 1);
    } else {
        return false;
    }
    return before != m_current || action == First || action == Last;
}

QList<PagerButton> PaginatorModel::buttons() const
{
    QList<PagerButton> buttons;
    const bool atFirst = m_current == 0;
    const bool atLast = m_current == m_pageCount - 1;
    const QString ellipsis(QChar(0x2026));
    if (isPaginating()) {
        buttons.append({First, QStringLiteral("≪"), ButtonStyle::Primary, atFirst, 0});
        if (m_compact) {
            buttons.append({Previous, QStringLiteral("Back"), ButtonStyle::Primary, atFirst, 0});
            buttons.append({Next, QStringLiteral("Next"), ButtonStyle::Primary, atLast, 0});
        } else {
            buttons.append({Previous, atFirst ? ellipsis : QString::number(m_current),
                            ButtonStyle::Primary, atFirst, 0});
            buttons.append(
                {Current, QString::number(m_current + 1), ButtonStyle::Secondary, true, 0});
            buttons.append({Next, atLast ? ellipsis : QString::number(m_current + 2),
                            ButtonStyle::Primary, atLast, 0});
        }
        buttons.append({Last, QStringLiteral("≫"), ButtonStyle::Primary, atLast, 0});
        if (!m_compact) {
            buttons.append(
                {Jump, QStringLiteral("Skip to page..."), ButtonStyle::Secondary, false, 1});
        }
    }
    buttons.append({Quit, QStringLiteral("Quit"), ButtonStyle::Danger, false,
                    isPaginating() && !m_compact ? 1 : 0});
    if (m_compact && isPaginating()) {
        // ≪ Back Next ≫ Quit: five buttons, one row.
        buttons.last().row = 0;
    }
    return buttons;
}

int PaginatorModel::jumpMaxLength() const
{
    return static_cast<int>(QString::number(m_pageCount).size());
}

Result<int, QString> PaginatorModel::parseJump(const QString &text) const
{
    const QString trimmed = text.trimmed();
    bool ok = !trimmed.isEmpty() && trimmed.size() <= 9;
    for (const QChar c : trimmed) {
        ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    }
    const int page = ok ? trimmed.toInt(&ok) : 0;
    if (!ok) {
        return fail(QStringLiteral("Please enter a page number."));
    }
    if (page < 1 || page > m_pageCount) {
        return fail(QStringLiteral("Please enter a page between 1 and %1.").arg(m_pageCount));
    }
    return page - 1;
}

} // namespace ballsdex::interactions
