// SPDX-License-Identifier: MIT
#include "PageSource.h"

#include "TextLimits.h"

namespace ballsdex::interactions {

FieldPageSource::FieldPageSource(Embed base, QList<Embed::Field> fields, int perPage)
    : m_base(std::move(base))
    , m_fields(std::move(fields))
    , m_perPage(std::clamp(perPage, 1, limits::EmbedFields))
{
}

int FieldPageSource::pageCount() const
{
    return std::max(1, static_cast<int>((m_fields.size() + m_perPage - 1) / m_perPage));
}

QCoro::Task<Message> FieldPageSource::page(int index)
{
    Embed embed = m_base;
    for (const Embed::Field &field : m_fields.mid(qsizetype(index) * m_perPage, m_perPage)) {
        embed.field(field.name, field.value, field.inlined);
    }
    if (pageCount() > 1) {
        embed.footer(QStringLiteral("Page %1/%2").arg(index + 1).arg(pageCount()));
    }
    co_return Message().embed(std::move(embed));
}

} // namespace ballsdex::interactions
