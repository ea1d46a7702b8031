// SPDX-License-Identifier: MIT
#include "PackForm.h"

#include "catalogue/EmojiText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <cmath>

namespace ballsdex::studio {
namespace {

using domain::PackSpecialMode;

constexpr int nameLength = 64;
constexpr int emojiLength = 64;

/// Empty text is "no value"; otherwise a finite number or a parse failure.
struct Number
{
    bool present = false;
    bool valid = true;
    double value = 0.0;
};

Number number(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    return {true, ok && std::isfinite(value), value};
}

bool isWhole(const Number &parsed)
{
    return parsed.valid && parsed.value == std::trunc(parsed.value);
}

QString text(std::optional<double> value)
{
    return value ? QLocale::c().toString(*value, 'g', 12) : QString();
}

} // namespace

PackForm::PackForm(QWidget *owner, QFormLayout *form, const std::function<void()> &edited)
{
    const auto lineEdit = [&](const QString &name, int length) {
        auto *edit = new QLineEdit(owner);
        edit->setObjectName(name);
        edit->setMaxLength(length);
        QObject::connect(edit, &QLineEdit::textEdited, owner, edited);
        return edit;
    };
    m_name = lineEdit(QStringLiteral("nameEdit"), nameLength);
    m_description = new QPlainTextEdit(owner);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setMaximumHeight(80);
    QObject::connect(m_description, &QPlainTextEdit::textChanged, owner, edited);
    m_emoji = lineEdit(QStringLiteral("emojiEdit"), 80);
    m_price = lineEdit(QStringLiteral("priceEdit"), 19);
    m_cards = new QSpinBox(owner);
    m_cards->setObjectName(QStringLiteral("cardsSpin"));
    m_cards->setRange(domain::Pack::minCards, domain::Pack::maxCards);
    QObject::connect(m_cards, &QSpinBox::valueChanged, owner, edited);
    m_minRarity = lineEdit(QStringLiteral("minRarityEdit"), 32);
    m_maxRarity = lineEdit(QStringLiteral("maxRarityEdit"), 32);
    m_minRarity->setPlaceholderText(tr("no lower bound"));
    m_maxRarity->setPlaceholderText(tr("no upper bound"));
    m_mode = new QComboBox(owner);
    m_mode->setObjectName(QStringLiteral("specialModeCombo"));
    m_mode->addItem(tr("Natural (rolled like a catch)"), int(PackSpecialMode::Natural));
    m_mode->addItem(tr("None (never a special)"), int(PackSpecialMode::None));
    m_mode->addItem(tr("Forced (every card gets the special)"), int(PackSpecialMode::Forced));
    QObject::connect(m_mode, &QComboBox::currentIndexChanged, owner, edited);
    m_special = new QComboBox(owner);
    m_special->setObjectName(QStringLiteral("specialCombo"));
    QObject::connect(m_special, &QComboBox::currentIndexChanged, owner, edited);
    m_dailyLimit = lineEdit(QStringLiteral("dailyLimitEdit"), 10);
    m_dailyLimit->setPlaceholderText(tr("unlimited"));
    m_enabled = new QCheckBox(tr("On sale"), owner);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    QObject::connect(m_enabled, &QCheckBox::toggled, owner, edited);

    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Emoji"), m_emoji);
    form->addRow(tr("Price (coins)"), m_price);
    form->addRow(tr("Cards"), m_cards);
    form->addRow(tr("Minimum ball rarity"), m_minRarity);
    form->addRow(tr("Maximum ball rarity"), m_maxRarity);
    form->addRow(tr("Specials"), m_mode);
    form->addRow(tr("Special"), m_special);
    form->addRow(tr("Daily limit per player"), m_dailyLimit);
    form->addRow(QString(), m_enabled);
    setSpecials({});
}

void PackForm::setSpecials(const QList<domain::Special> &specials)
{
    const std::optional<domain::RowId> current = chosenSpecial();
    const QSignalBlocker blocker(m_special);
    m_special->clear();
    m_special->addItem(tr("(none)"));
    for (const domain::Special &special : specials)
        m_special->addItem(special.name, QVariant::fromValue(special.id));
    choose(current);
}

void PackForm::show(const domain::Pack &pack)
{
    m_name->setText(pack.name);
    m_description->setPlainText(pack.description);
    m_emoji->setText(pack.emoji.value_or(QString()));
    m_price->setText(QString::number(pack.price));
    m_cards->setValue(pack.cardsCount);
    m_minRarity->setText(text(pack.minRarity));
    m_maxRarity->setText(text(pack.maxRarity));
    m_mode->setCurrentIndex(m_mode->findData(int(pack.specialMode)));
    choose(pack.specialId);
    m_dailyLimit->setText(pack.dailyLimit ? QString::number(*pack.dailyLimit) : QString());
    m_enabled->setChecked(pack.enabled);
}

std::optional<QString> PackForm::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The name must not be empty.");
    const Result<QString, QString> emoji = normaliseEmoji(m_emoji->text(), emojiLength);
    if (!emoji)
        return emoji.error();
    const Number price = number(m_price);
    if (!price.present || !isWhole(price) || price.value < 0 || price.value > 9e18)
        return tr("The price must be a whole number of coins, 0 or more.");
    const Number low = number(m_minRarity);
    const Number high = number(m_maxRarity);
    if (!low.valid || !high.valid || (low.present && low.value < 0)
        || (high.present && high.value < 0))
        return tr("Rarity bounds must be empty (unbounded) or numbers of 0 or more.");
    if (low.present && high.present && low.value > high.value)
        return tr("The minimum rarity must not be above the maximum rarity.");
    if (m_mode->currentData().toInt() == int(PackSpecialMode::Forced) && !chosenSpecial())
        return tr("A pack with the forced special mode needs a special: choose one.");
    const Number limit = number(m_dailyLimit);
    if (limit.present && (!isWhole(limit) || limit.value < 1 || limit.value > 1e9))
        return tr("The daily limit must be empty (unlimited) or a whole number above 0.");
    return std::nullopt;
}

domain::Pack PackForm::value(domain::RowId id) const
{
    domain::Pack pack;
    pack.id = id;
    pack.name = m_name->text().trimmed();
    pack.description = m_description->toPlainText().trimmed();
    const QString emoji = normaliseEmoji(m_emoji->text(), emojiLength).value_or(QString());
    pack.emoji = emoji.isEmpty() ? std::nullopt : std::optional(emoji);
    pack.price = static_cast<std::int64_t>(number(m_price).value);
    pack.cardsCount = m_cards->value();
    const Number low = number(m_minRarity);
    const Number high = number(m_maxRarity);
    pack.minRarity = low.present ? std::optional(low.value) : std::nullopt;
    pack.maxRarity = high.present ? std::optional(high.value) : std::nullopt;
    pack.specialMode = static_cast<PackSpecialMode>(m_mode->currentData().toInt());
    pack.specialId = chosenSpecial();
    const Number limit = number(m_dailyLimit);
    pack.dailyLimit = limit.present ? std::optional(static_cast<int>(limit.value)) : std::nullopt;
    pack.enabled = m_enabled->isChecked();
    return pack;
}

QString PackForm::name() const
{
    return m_name->text();
}

std::optional<domain::RowId> PackForm::chosenSpecial() const
{
    const QVariant data = m_special->currentData();
    return data.isValid() ? std::optional(data.value<domain::RowId>()) : std::nullopt;
}

void PackForm::choose(std::optional<domain::RowId> specialId)
{
    const int index = specialId ? m_special->findData(QVariant::fromValue(*specialId)) : 0;
    m_special->setCurrentIndex(std::max(index, 0));
}

} // namespace ballsdex::studio
