// SPDX-License-Identifier: MIT
#pragma once

#include "interactions/InteractionContext.h"
#include "interactions/PageSource.h"
#include "storage/SocialRepository.h"

namespace ballsdex::interactions {
class ViewRegistry;
}

namespace ballsdex::bot::features {

/// Friend and block lists: five numbered entries per page in the embed's description,
/// "**i.** <@id> (id)" then "<dateLabel>: <t:…:d>"; the footer shows `hint` on a single page
/// and "Page i/N" otherwise.
class SocialListSource final : public interactions::PageSource
{
public:
    static constexpr int PerPage = 5;

    struct Labels
    {
        QString title; ///< "Friend List"
        QString dateLabel; ///< "Since"
        QString hint; ///< footer of a single page
    };

    /// Answers `context` with a compact ephemeral paginator over `links` (not empty).
    static QCoro::Task<void> show(interactions::ViewRegistry &views,
                                  interactions::InteractionContext &context,
                                  QList<storage::SocialLink> links, Labels labels);

    SocialListSource(interactions::Embed base, QList<storage::SocialLink> links, QString dateLabel,
                     QString hint);

    [[nodiscard]] int pageCount() const override;
    QCoro::Task<interactions::Message> page(int index) override;

private:
    interactions::Embed m_base;
    QList<storage::SocialLink> m_links;
    QString m_dateLabel;
    QString m_hint;
};

} // namespace ballsdex::bot::features
