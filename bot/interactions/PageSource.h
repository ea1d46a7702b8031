// SPDX-License-Identifier: MIT
#pragma once

#include "Embed.h"
#include "Message.h"

#include <QCoro/QCoroTask>

namespace ballsdex::interactions {

/// The pages a Paginator shows (content and embeds; the paginator adds its components).
class PageSource
{
public:
    virtual ~PageSource() = default;
    [[nodiscard]] virtual int pageCount() const = 0;
    /// index is 0-based and within pageCount().
    virtual QCoro::Task<Message> page(int index) = 0;
};

/// Splits fields over pages of one embed; footer "Page i/N" when there are several pages.
class FieldPageSource final : public PageSource
{
public:
    FieldPageSource(Embed base, QList<Embed::Field> fields, int perPage = 25);

    [[nodiscard]] int pageCount() const override;
    QCoro::Task<Message> page(int index) override;

private:
    Embed m_base;
    QList<Embed::Field> m_fields;
    int m_perPage;
};

} // namespace ballsdex::interactions
