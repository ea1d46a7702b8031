// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue/EditorPage.h"
#include "domain/Pack.h"

#include <QHash>

#include <memory>

namespace ballsdex::studio {

class PackForm;

/// Packs sold for coins (fields: see PackForm). Deleting a pack also removes the unopened copies
/// players hold; the confirmation says how many.
class PackEditor final : public EditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackEditor)

public:
    explicit PackEditor(StudioContext &context, QWidget *parent = nullptr);
    ~PackEditor() override;

protected:
    void fetchList() override;
    void showEntry(std::optional<domain::RowId> id) override;
    std::optional<QString> validate() override;
    QString typedName() const override;
    void save(std::optional<domain::RowId> id) override;
    void fetchUsage(domain::RowId id) override;
    void remove(domain::RowId id) override;

private:
    void fetchSpecials();

    QHash<domain::RowId, domain::Pack> m_packs;
    std::unique_ptr<PackForm> m_form;
};

} // namespace ballsdex::studio
