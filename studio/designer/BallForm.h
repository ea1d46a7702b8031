// SPDX-License-Identifier: MIT
#pragma once

#include "designer/BallInput.h"
#include "designer/BallValidation.h"
#include "media/MediaLibrary.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace ballsdex::studio {

class BallImageField;

/// The fields of one ball (data-model §1.2 `ball`), each with the objectName the validation
/// messages and tests use. Reports user edits with the edited field; setInput() does not.
class BallForm final : public QWidget
{
    Q_OBJECT

public:
    explicit BallForm(const MediaLibrary &library, QWidget *parent = nullptr);

    /// Fills the regime and economy pickers; the current choice is kept.
    void setCatalogue(const storage::CatalogueSnapshot &catalogue);
    [[nodiscard]] BallInput input() const;
    void setInput(const BallInput &input);
    /// Marks the fields with problems (tooltip and red frame); an empty list clears them.
    void showProblems(const QList<FieldProblem> &problems);
    void setEditable(bool editable);

Q_SIGNALS:
    void edited(const QString &field);
    void imageProblem(const QString &message);

private:
    QLineEdit *addLine(const char *objectName, int maxLength);
    void fillRegimes(domain::RowId selected);
    void fillEconomies(std::optional<domain::RowId> selected);
    void announce(QObject *sender);
    [[nodiscard]] QList<QWidget *> fields() const;

    storage::CatalogueSnapshot m_catalogue;
    bool m_applying = false;
    QLineEdit *m_country;
    QLineEdit *m_shortName;
    QLineEdit *m_catchNames;
    QLineEdit *m_translations;
    QLineEdit *m_rarity;
    QLineEdit *m_health;
    QLineEdit *m_attack;
    QCheckBox *m_enabled;
    QCheckBox *m_tradeable;
    QLineEdit *m_abilityName;
    QPlainTextEdit *m_abilityDescription;
    QLineEdit *m_credits;
    QLineEdit *m_emojiId;
    QComboBox *m_regime;
    QComboBox *m_economy;
    QLineEdit *m_quicksell;
    BallImageField *m_wildCard;
    BallImageField *m_collectionCard;
    domain::RowId m_id = 0;
};

} // namespace ballsdex::studio
