// SPDX-License-Identifier: MIT
#include "designer/BallForm.h"

#include "designer/BallImageField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ballsdex::studio {

namespace {

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

BallForm::BallForm(const MediaLibrary &library, QWidget *parent)
    : QWidget(parent)
{
    m_country = addLine("countryEdit", 48);
    m_shortName = addLine("shortNameEdit", 24);
    m_catchNames = addLine("catchNamesEdit", 0);
    m_translations = addLine("translationsEdit", 0);
    m_rarity = addLine("rarityEdit", 0);
    m_health = addLine("healthEdit", 0);
    m_attack = addLine("attackEdit", 0);
    m_abilityName = addLine("abilityNameEdit", 64);
    m_credits = addLine("creditsEdit", 64);
    m_emojiId = addLine("emojiIdEdit", 20);
    m_quicksell = addLine("quicksellEdit", 0);
    m_catchNames->setPlaceholderText(tr("other accepted answers, separated by ;"));
    m_translations->setPlaceholderText(tr("translated names, separated by ;"));
    m_shortName->setPlaceholderText(tr("only when the name is too long for the card"));

    m_enabled = new QCheckBox(tr("Enabled (spawns, counts for completion)"), this);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_tradeable = new QCheckBox(tr("Tradeable"), this);
    m_tradeable->setObjectName(QStringLiteral("tradeableCheck"));
    for (QCheckBox *box : {m_enabled, m_tradeable})
        connect(box, &QCheckBox::toggled, this, [this, box] { announce(box); });

    m_abilityDescription = new QPlainTextEdit(this);
    m_abilityDescription->setObjectName(QStringLiteral("abilityDescriptionEdit"));
    m_abilityDescription->setTabChangesFocus(true);
    connect(m_abilityDescription, &QPlainTextEdit::textChanged, this,
            [this] { announce(m_abilityDescription); });

    m_regime = new QComboBox(this);
    m_regime->setObjectName(QStringLiteral("regimeCombo"));
    m_economy = new QComboBox(this);
    m_economy->setObjectName(QStringLiteral("economyCombo"));
    for (QComboBox *combo : {m_regime, m_economy})
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] { announce(combo); });

    m_wildCard = new BallImageField(ImageRequirements::wildCard(), library, this);
    m_wildCard->setObjectName(QStringLiteral("wildCardField"));
    m_collectionCard = new BallImageField(ImageRequirements::collectionCard(), library, this);
    m_collectionCard->setObjectName(QStringLiteral("collectionCardField"));
    for (BallImageField *field : {m_wildCard, m_collectionCard}) {
        connect(field, &BallImageField::mediaPathChosen, this, [this, field] { announce(field); });
        connect(field, &BallImageField::problemFound, this, &BallForm::imageProblem);
    }

    auto *main = new QGroupBox(tr("Ball"), this);
    auto *mainForm = new QFormLayout(main);
    mainForm->addRow(tr("Name"), m_country);
    mainForm->addRow(tr("Health"), m_health);
    mainForm->addRow(tr("Attack"), m_attack);
    mainForm->addRow(tr("Rarity"), m_rarity);
    mainForm->addRow(tr("Emoji ID"), m_emojiId);
    mainForm->addRow(tr("Regime"), m_regime);
    mainForm->addRow(tr("Economy"), m_economy);
    mainForm->addRow(tr("Quicksell value"), m_quicksell);

    auto *assets = new QGroupBox(tr("Assets (use only artwork you have the rights to)"), this);
    auto *assetForm = new QFormLayout(assets);
    assetForm->addRow(tr("Wild card"), m_wildCard);
    assetForm->addRow(tr("Collection card"), m_collectionCard);
    assetForm->addRow(tr("Credits"), m_credits);

    auto *ability = new QGroupBox(tr("Ability"), this);
    auto *abilityForm = new QFormLayout(ability);
    abilityForm->addRow(tr("Name"), m_abilityName);
    abilityForm->addRow(tr("Description"), m_abilityDescription);

    auto *advanced = new QGroupBox(tr("Advanced"), this);
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(m_enabled);
    advancedForm->addRow(m_tradeable);
    advancedForm->addRow(tr("Short name"), m_shortName);
    advancedForm->addRow(tr("Catch names"), m_catchNames);
    advancedForm->addRow(tr("Translations"), m_translations);

    auto *layout = new QVBoxLayout(this);
    for (QWidget *group : {main, assets, ability, advanced})
        layout->addWidget(group);
    layout->addStretch();
    setInput(BallInput {});
}

QLineEdit *BallForm::addLine(const char *objectName, int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    if (maxLength > 0)
        edit->setMaxLength(maxLength);
    connect(edit, &QLineEdit::textEdited, this, [this, edit] { announce(edit); });
    return edit;
}

void BallForm::announce(QObject *sender)
{
    if (m_applying)
        return;
    if (sender == m_country) {
        m_wildCard->setNameHint(m_country->text() + QStringLiteral(" wild"));
        m_collectionCard->setNameHint(m_country->text());
    }
    Q_EMIT edited(sender->objectName());
}

void BallForm::setCatalogue(const storage::CatalogueSnapshot &catalogue)
{
    const BallInput current = input();
    m_catalogue = catalogue;
    m_applying = true;
    fillRegimes(current.regimeId);
    fillEconomies(current.economyId);
    m_applying = false;
}

void BallForm::fillRegimes(domain::RowId selected)
{
    m_regime->clear();
    m_regime->addItem(tr("(choose a regime)"), QVariant::fromValue<qint64>(0));
    for (const domain::Regime &regime : m_catalogue.regimes)
        m_regime->addItem(regime.name, QVariant::fromValue<qint64>(regime.id));
    const QVariant data = QVariant::fromValue<qint64>(selected);
    if (selected != 0 && m_regime->findData(data) < 0)
        m_regime->addItem(tr("Unknown regime #%1").arg(selected), data);
    selectData(m_regime, data);
}

void BallForm::fillEconomies(std::optional<domain::RowId> selected)
{
    m_economy->clear();
    m_economy->addItem(tr("None"), QVariant());
    for (const domain::Economy &economy : m_catalogue.economies)
        m_economy->addItem(economy.name, QVariant::fromValue<qint64>(economy.id));
    const QVariant data = selected ? QVariant::fromValue<qint64>(*selected) : QVariant();
    if (selected && m_economy->findData(data) < 0)
        m_economy->addItem(tr("Unknown economy #%1").arg(*selected), data);
    selectData(m_economy, data);
}

BallInput BallForm::input() const
{
    BallInput input;
    input.id = m_id;
    input.country = m_country->text();
    input.shortName = m_shortName->text();
    input.catchNames = m_catchNames->text();
    input.translations = m_translations->text();
    input.rarity = m_rarity->text();
    input.health = m_health->text();
    input.attack = m_attack->text();
    input.enabled = m_enabled->isChecked();
    input.tradeable = m_tradeable->isChecked();
    input.capacityName = m_abilityName->text();
    input.capacityDescription = m_abilityDescription->toPlainText();
    input.credits = m_credits->text();
    input.emojiId = m_emojiId->text();
    input.regimeId = m_regime->currentData().toLongLong();
    const QVariant economy = m_economy->currentData();
    if (economy.isValid())
        input.economyId = economy.toLongLong();
    input.quicksellValue = m_quicksell->text();
    input.wildCard = m_wildCard->mediaPath();
    input.collectionCard = m_collectionCard->mediaPath();
    return input;
}

void BallForm::setInput(const BallInput &input)
{
    m_applying = true;
    m_id = input.id;
    const auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    setText(m_country, input.country);
    setText(m_shortName, input.shortName);
    setText(m_catchNames, input.catchNames);
    setText(m_translations, input.translations);
    setText(m_rarity, input.rarity);
    setText(m_health, input.health);
    setText(m_attack, input.attack);
    m_enabled->setChecked(input.enabled);
    m_tradeable->setChecked(input.tradeable);
    setText(m_abilityName, input.capacityName);
    if (m_abilityDescription->toPlainText() != input.capacityDescription)
        m_abilityDescription->setPlainText(input.capacityDescription);
    setText(m_credits, input.credits);
    setText(m_emojiId, input.emojiId);
    fillRegimes(input.regimeId);
    fillEconomies(input.economyId);
    setText(m_quicksell, input.quicksellValue);
    if (m_wildCard->mediaPath() != input.wildCard)
        m_wildCard->setMediaPath(input.wildCard);
    if (m_collectionCard->mediaPath() != input.collectionCard)
        m_collectionCard->setMediaPath(input.collectionCard);
    m_wildCard->setNameHint(input.country + QStringLiteral(" wild"));
    m_collectionCard->setNameHint(input.country);
    m_applying = false;
}

QList<QWidget *> BallForm::fields() const
{
    return {
        m_country, m_shortName, m_catchNames,  m_translations,       m_rarity,  m_health,  m_attack,
        m_enabled, m_tradeable, m_abilityName, m_abilityDescription, m_credits, m_emojiId, m_regime,
        m_economy, m_quicksell, m_wildCard,    m_collectionCard};
}

void BallForm::showProblems(const QList<FieldProblem> &problems)
{
    for (QWidget *field : fields()) {
        QStringList messages;
        for (const FieldProblem &problem : problems) {
            if (problem.field == field->objectName())
                messages.append(problem.message);
        }
        const bool bad = !messages.isEmpty();
        if (field->property("invalid").toBool() == bad && field->toolTip() == messages.join(u'\n'))
            continue;
        field->setProperty("invalid", bad);
        field->setToolTip(messages.join(u'\n'));
        field->setStyleSheet(bad ? QStringLiteral("border: 1px solid #c0392b;") : QString());
    }
}

void BallForm::setEditable(bool editable)
{
    for (QWidget *field : fields()) {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->setReadOnly(!editable);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            text->setReadOnly(!editable);
        else
            field->setEnabled(editable);
    }
}

} // namespace ballsdex::studio
