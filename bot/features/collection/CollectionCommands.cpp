// SPDX-License-Identifier: MIT
#include "features/collection/CollectionCommands.h"

#include "features/collection/CollectionServices.h"
#include "features/common/CatalogueOptions.h"
#include "features/common/InstanceOption.h"

#include <chrono>

namespace ballsdex::bot::features {
namespace {

using namespace std::chrono_literals;
using interactions::CommandSpec;
using interactions::InteractionContext;
using interactions::OptionSpec;

/// Hex ids are short, but "=Country" searches typed into the autocomplete need some room.
constexpr int instanceOptionMaxLength = 64;

OptionSpec specialOption(const CollectionServices &services, QString description)
{
    return OptionSpec::string(QStringLiteral("special"), std::move(description))
        .maxLength(specialOptionMaxLength)
        .autocomplete(visibleSpecialAutocomplete(services.catalogue));
}

} // namespace

CollectionCommands::CollectionCommands(CollectionWording wording, storage::Database &database,
                                       const services::CatalogueCache &catalogue,
                                       const services::StaffDirectory &staff,
                                       interactions::ViewRegistry &views)
    : m_services(std::make_shared<const CollectionServices>(
        CollectionServices {std::move(wording), database, catalogue, staff, views}))
{
}

CommandSpec CollectionCommands::completionCommand() const
{
    const CollectionHandle services = m_services;
    const QString &plural = services->wording.collectiblesName;
    CommandSpec command = CommandSpec::subcommand(
        QStringLiteral("completion"),
        QStringLiteral("Show your current completion of the %1").arg(services->wording.botName));
    command
        .option(OptionSpec::user(QStringLiteral("user"),
                                 QStringLiteral("The user whose completion you want to view")))
        .option(specialOption(*services,
                              QStringLiteral("The special you want to see the completion of")))
        .option(OptionSpec::boolean(QStringLiteral("self_caught"),
                                    QStringLiteral("Only count %1 caught (true) or received "
                                                   "by trade (false)")
                                        .arg(plural)))
        .cooldown(20s)
        .handler(
            [services](InteractionContext &context) { return runCompletion(services, context); });
    return command;
}

CommandSpec CollectionCommands::compareCommand() const
{
    const CollectionHandle services = m_services;
    CommandSpec command
        = CommandSpec::subcommand(QStringLiteral("compare"),
                                  QStringLiteral("Compare your %1 with another player")
                                      .arg(services->wording.collectiblesName));
    command
        .option(OptionSpec::user(QStringLiteral("user"), QStringLiteral("The user to compare with"))
                    .required())
        .option(specialOption(*services, QStringLiteral("Only compare this special")))
        .cooldown(20s)
        .handler([services](InteractionContext &context) { return runCompare(services, context); });
    return command;
}

CommandSpec CollectionCommands::collectionCommand() const
{
    const CollectionHandle services = m_services;
    const QString &singular = services->wording.collectibleName;
    CommandSpec command = CommandSpec::subcommand(
        QStringLiteral("collection"),
        QStringLiteral("Show the totals of your %1 collection").arg(singular));
    command
        .option(OptionSpec::string(QStringLiteral("countryball"),
                                   QStringLiteral("Only this %1").arg(singular))
                    .maxLength(ballOptionMaxLength)
                    .autocomplete(enabledBallAutocomplete(services->catalogue)))
        .option(OptionSpec::boolean(QStringLiteral("ephemeral"),
                                    QStringLiteral("Only you can see the answer")))
        .handler(
            [services](InteractionContext &context) { return runCollection(services, context); });
    return command;
}

CommandSpec CollectionCommands::duplicateCommand() const
{
    const CollectionHandle services = m_services;
    const QString &plural = services->wording.collectiblesName;
    CommandSpec command = CommandSpec::subcommand(
        QStringLiteral("duplicate"),
        QStringLiteral("Show your most duplicated %1 or specials").arg(plural));
    command
        .option(OptionSpec::string(QStringLiteral("type"), QStringLiteral("What to group by"))
                    .required()
                    .choice(plural, QStringLiteral("countryballs"))
                    .choice(QStringLiteral("specials"), QStringLiteral("specials")))
        .option(OptionSpec::integer(QStringLiteral("limit"),
                                    QStringLiteral("How many %1 to list at most").arg(plural))
                    .minValue(1)
                    .maxValue(10000))
        .cooldown(20s)
        .ephemeral()
        .handler(
            [services](InteractionContext &context) { return runDuplicate(services, context); });
    return command;
}

CommandSpec CollectionCommands::favoriteCommand() const
{
    const CollectionHandle services = m_services;
    const QString &singular = services->wording.collectibleName;
    InstanceOptionRules rules;
    rules.collectibleName = singular;
    CommandSpec command = CommandSpec::subcommand(
        QStringLiteral("favorite"), QStringLiteral("Set or unset a %1 as favorite").arg(singular));
    command
        .option(
            OptionSpec::string(QStringLiteral("countryball"),
                               QStringLiteral("The %1 to set or unset").arg(singular))
                .required()
                .maxLength(instanceOptionMaxLength)
                .autocomplete(instanceAutocomplete(services->database, services->catalogue, rules)))
        .option(specialOption(*services, QStringLiteral("Filter the choices above by special")))
        .ephemeral()
        .handler(
            [services](InteractionContext &context) { return runFavorite(services, context); });
    return command;
}

std::vector<CommandSpec> CollectionCommands::subcommands() const
{
    std::vector<CommandSpec> commands;
    commands.push_back(completionCommand());
    commands.push_back(favoriteCommand());
    commands.push_back(duplicateCommand());
    commands.push_back(compareCommand());
    commands.push_back(collectionCommand());
    return commands;
}

} // namespace ballsdex::bot::features
