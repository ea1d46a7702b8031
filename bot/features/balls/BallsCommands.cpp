// SPDX-License-Identifier: MIT
#include "features/balls/BallsCommands.h"

#include "features/balls/BallsContext.h"
#include "features/balls/CardCommands.h"
#include "render/EncodedCardCache.h"
#include "features/balls/CountCommand.h"
#include "features/balls/ListCommand.h"

namespace ballsdex::bot::features {

BallsCommands::BallsCommands(BallsWording wording, storage::Database &database,
                             const services::CatalogueCache &catalogue,
                             std::shared_ptr<const render::CardRenderer> renderer,
                             interactions::ViewRegistry &views,
                             const services::StaffDirectory &staff)
    : m_wording(std::move(wording))
    , m_database(database)
    , m_catalogue(catalogue)
    , m_cards(std::make_shared<const render::EncodedCardCache>(std::move(renderer)))
    , m_views(views)
    , m_staff(staff)
{
}

Result<void, interactions::CommandSpecError>
BallsCommands::registerInto(interactions::CommandTree &tree,
                            std::vector<interactions::CommandSpec> extraSubcommands) const
{
    auto shared = std::make_shared<const BallsContext>(
        BallsContext {m_wording, m_database, m_catalogue, m_cards, m_views, m_staff});
    interactions::CommandSpec group = interactions::CommandSpec::command(
        m_wording.groupName,
        QStringLiteral("View and manage your %1 collection").arg(m_wording.collectiblesName));
    group.add(listSubcommand(shared))
        .add(infoSubcommand(shared))
        .add(lastSubcommand(shared))
        .add(countSubcommand(shared));
    for (interactions::CommandSpec &extra : extraSubcommands)
        group.add(std::move(extra));
    return tree.add(std::move(group));
}

} // namespace ballsdex::bot::features
