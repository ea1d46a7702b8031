// SPDX-License-Identifier: MIT
#pragma once

#include "features/collection/CollectionServices.h"
#include "interactions/PaginatorModel.h"
#include "interactions/View.h"
#include "storage/CollectionStats.h"

#include <optional>

namespace ballsdex::bot::features {

/// One row of /balls duplicate: a ball or a special and how many the player had.
struct DuplicateEntry
{
    domain::RowId id = 0;
    QString name;
    std::optional<interactions::Emoji> emoji;
    std::int64_t count = 0;
};

/// The duplicate select menu, 25 options per page with compact page buttons. Picking an option
/// recounts it in the database and answers "You have N <name> countryball(s)." ephemerally.
class DuplicateView final : public interactions::View
{
public:
    static inline const QString PickAction = QStringLiteral("pick");
    static constexpr int OptionsPerPage = 25;

    DuplicateView(CollectionHandle services, domain::RowId playerId,
                  storage::DuplicateGrouping grouping, QList<DuplicateEntry> entries,
                  domain::Snowflake invoker);

    [[nodiscard]] QJsonArray components() const override;
    QCoro::Task<void> onComponent(interactions::InteractionContext &context, QString action,
                                  QStringList args) override;

    [[nodiscard]] const interactions::PaginatorModel &model() const { return m_model; }

private:
    QCoro::Task<void> recount(interactions::InteractionContext &context);

    CollectionHandle m_services;
    domain::RowId m_playerId;
    storage::DuplicateGrouping m_grouping;
    QList<DuplicateEntry> m_entries;
    interactions::PaginatorModel m_model;
};

} // namespace ballsdex::bot::features
