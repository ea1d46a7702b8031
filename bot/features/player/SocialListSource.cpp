// SPDX-License-Identifier: MIT
#include "features/player/SocialListSource.h"

#include "features/player/SocialTarget.h"
#include "interactions/Paginator.h"

namespace ballsdex::bot::features {

namespace {
constexpr quint32 blurple = 0x5865F2;
}

QCoro::Task<void> SocialListSource::show(interactions::ViewRegistry &views,
                                         interactions::InteractionContext &context,
                                         QList<storage::SocialLink> links, Labels labels)
{
    interactions::Embed base;
    base.title(labels.title).color(blurple);
    if (const QString avatar = SocialTarget::avatarUrl(context.interaction().user);
        !avatar.isEmpty())
        base.thumbnail(avatar);
    auto source = std::make_unique<SocialListSource>(std::move(base), std::move(links),
                                                     labels.dateLabel, labels.hint);
    interactions::PaginatorOptions options;
    options.compact = true;
    auto paginator
        = std::make_shared<interactions::Paginator>(std::move(source), context.userId(), options);
    co_await interactions::Paginator::start(views, context, std::move(paginator),
                                            interactions::Visibility::Ephemeral);
}

SocialListSource::SocialListSource(interactions::Embed base, QList<storage::SocialLink> links,
                                   QString dateLabel, QString hint)
    : m_base(std::move(base))
    , m_links(std::move(links))
    , m_dateLabel(std::move(dateLabel))
    , m_hint(std::move(hint))
{
}

int SocialListSource::pageCount() const
{
    return std::max(1, static_cast<int>((m_links.size() + PerPage - 1) / PerPage));
}

QCoro::Task<interactions::Message> SocialListSource::page(int index)
{
    QStringList entries;
    const qsizetype first = qsizetype(index) * PerPage;
    for (qsizetype i = first; i < std::min(first + PerPage, m_links.size()); ++i) {
        const storage::SocialLink &link = m_links.at(i);
        entries.append(QStringLiteral("**%1.** <@%2> (%2)\n%3: <t:%4:d>")
                           .arg(i + 1)
                           .arg(link.discordId)
                           .arg(m_dateLabel)
                           .arg(link.since.toSecsSinceEpoch()));
    }
    interactions::Embed embed = m_base;
    embed.description(entries.join(QStringLiteral("\n\n")));
    embed.footer(pageCount() > 1 ? QStringLiteral("Page %1/%2").arg(index + 1).arg(pageCount())
                                 : m_hint);
    co_return interactions::Message().embed(std::move(embed));
}

} // namespace ballsdex::bot::features
