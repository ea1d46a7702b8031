// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue/EditorPage.h"
#include "domain/Catalogue.h"

#include <QHash>

namespace ballsdex::studio {

class ImageField;

/// Economies: name and square icon. Balls using a deleted economy keep existing without one.
/// Fields: nameEdit, iconField.
class EconomyEditor final : public EditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EconomyEditor)

public:
    explicit EconomyEditor(StudioContext &context, QWidget *parent = nullptr);

protected:
    void fetchList() override;
    void showEntry(std::optional<domain::RowId> id) override;
    std::optional<QString> validate() override;
    QString typedName() const override;
    void save(std::optional<domain::RowId> id) override;
    void fetchUsage(domain::RowId id) override;
    void remove(domain::RowId id) override;

private:
    QHash<domain::RowId, domain::Economy> m_economies;
    QLineEdit *m_name = nullptr;
    ImageField *m_icon = nullptr;
};

} // namespace ballsdex::studio
