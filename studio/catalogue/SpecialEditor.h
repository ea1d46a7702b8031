// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue/EditorPage.h"
#include "domain/Catalogue.h"

#include <QHash>

class QCheckBox;
class QDateTimeEdit;
class QPlainTextEdit;

namespace ballsdex::studio {

class ImageField;

/// Specials (events such as "Shiny"): rarity 0..1 per catch, an optional UTC time window, emoji,
/// optional background. Fields: nameEdit, catchPhraseEdit, rarityEdit (accepts "1/2048"),
/// emojiEdit, backgroundField, creditsEdit, startCheck + startEdit, endCheck + endEdit,
/// tradeableCheck, hiddenCheck.
class SpecialEditor final : public EditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecialEditor)

public:
    explicit SpecialEditor(StudioContext &context, QWidget *parent = nullptr);

    /// Parses a rarity as typed: a decimal ("0.001") or a fraction ("1/2048").
    [[nodiscard]] static std::optional<double> parseRarity(const QString &text);

protected:
    void fetchList() override;
    void showEntry(std::optional<domain::RowId> id) override;
    std::optional<QString> validate() override;
    QString typedName() const override;
    void save(std::optional<domain::RowId> id) override;
    void fetchUsage(domain::RowId id) override;
    void remove(domain::RowId id) override;

private:
    QDateTimeEdit *addDateRow(const QString &label, const QString &name, QCheckBox *&check);
    [[nodiscard]] domain::Special formValue(domain::RowId id) const;

    QHash<domain::RowId, domain::Special> m_specials;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_catchPhrase = nullptr;
    QLineEdit *m_rarity = nullptr;
    QLineEdit *m_emoji = nullptr;
    ImageField *m_background = nullptr;
    QLineEdit *m_credits = nullptr;
    QCheckBox *m_startCheck = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QCheckBox *m_endCheck = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QCheckBox *m_tradeable = nullptr;
    QCheckBox *m_hidden = nullptr;
};

} // namespace ballsdex::studio
