// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "domain/Pack.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace ballsdex::studio {

/// The fields of a pack and the schema's rules in the user's words. Fields (children of the
/// owner): nameEdit, descriptionEdit, emojiEdit, priceEdit, cardsSpin, minRarityEdit,
/// maxRarityEdit (empty = unbounded), specialModeCombo, specialCombo, dailyLimitEdit (empty =
/// unlimited), enabledCheck.
class PackForm final
{
    Q_DECLARE_TR_FUNCTIONS(PackForm)

public:
    /// Adds the rows to `form`; `edited` runs on every user change.
    PackForm(QWidget *owner, QFormLayout *form, const std::function<void()> &edited);

    /// The specials the special picker offers (keeps the current choice when still there).
    void setSpecials(const QList<domain::Special> &specials);
    void show(const domain::Pack &pack);
    /// A message for the first broken rule, nullopt when the pack can be saved.
    [[nodiscard]] std::optional<QString> validate() const;
    /// The pack as typed (call after validate()).
    [[nodiscard]] domain::Pack value(domain::RowId id) const;
    [[nodiscard]] QString name() const;

private:
    [[nodiscard]] std::optional<domain::RowId> chosenSpecial() const;
    void choose(std::optional<domain::RowId> specialId);

    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_emoji = nullptr;
    QLineEdit *m_price = nullptr;
    QSpinBox *m_cards = nullptr;
    QLineEdit *m_minRarity = nullptr;
    QLineEdit *m_maxRarity = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_special = nullptr;
    QLineEdit *m_dailyLimit = nullptr;
    QCheckBox *m_enabled = nullptr;
};

} // namespace ballsdex::studio
