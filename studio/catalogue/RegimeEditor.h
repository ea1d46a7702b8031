// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue/EditorPage.h"
#include "domain/Catalogue.h"

#include <QHash>

namespace ballsdex::studio {

class ImageField;

/// Regimes: name and card background (1428x2000). A regime balls still use cannot be deleted.
/// Fields: nameEdit, backgroundField.
class RegimeEditor final : public EditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegimeEditor)

public:
    explicit RegimeEditor(StudioContext &context, QWidget *parent = nullptr);

protected:
    void fetchList() override;
    void showEntry(std::optional<domain::RowId> id) override;
    std::optional<QString> validate() override;
    QString typedName() const override;
    void save(std::optional<domain::RowId> id) override;
    void fetchUsage(domain::RowId id) override;
    void remove(domain::RowId id) override;

private:
    QHash<domain::RowId, domain::Regime> m_regimes;
    QLineEdit *m_name = nullptr;
    ImageField *m_background = nullptr;
};

} // namespace ballsdex::studio
