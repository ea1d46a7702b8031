// SPDX-License-Identifier: MIT
#include "moderation/BlacklistDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ballsdex::studio {

BlacklistDialog::BlacklistDialog(StudioContext &context, BlacklistChange change,
                                 domain::BlacklistTarget target, domain::Snowflake discordId,
                                 const QString &currentReason, QWidget *parent)
    : QDialog(parent)
    , m_actions(context)
    , m_change(change)
    , m_target(target)
    , m_discordId(discordId)
{
    setObjectName(QStringLiteral("blacklistDialog"));
    const bool guild = target == domain::BlacklistTarget::Guild;
    QString title;
    QString action;
    switch (change) {
    case BlacklistChange::Blacklist:
        title = guild ? tr("Blacklist guild %1") : tr("Blacklist user %1");
        action = tr("Blacklist");
        break;
    case BlacklistChange::Unblacklist:
        title = guild ? tr("Unblacklist guild %1") : tr("Unblacklist user %1");
        action = tr("Unblacklist");
        break;
    case BlacklistChange::EditReason:
        title
            = guild ? tr("Edit the ban reason of guild %1") : tr("Edit the ban reason of user %1");
        action = tr("Save reason");
        break;
    }
    setWindowTitle(title.arg(discordId));

    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(tr("Reason (required; your name and id are added to it):"), this);
    layout->addWidget(prompt);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlainText(currentReason);
    prompt->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BlacklistDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &BlacklistDialog::updateButton);
    updateButton();
}

void BlacklistDialog::updateButton()
{
    m_confirm->setEnabled(!m_busy && !m_reason->toPlainText().trimmed().isEmpty());
}

void BlacklistDialog::confirm()
{
    if (m_busy)
        return;
    m_busy = true;
    updateButton();
    m_message->setText(tr("Saving…"));
    m_actions.apply(m_change, m_target, m_discordId, m_reason->toPlainText())
        .then(this, [this](const BlacklistOutcome &outcome) { finish(outcome); });
}

void BlacklistDialog::finish(const BlacklistOutcome &outcome)
{
    m_busy = false;
    updateButton();
    m_message->setText(outcome.message);
    if (!outcome.done)
        return;
    Q_EMIT applied(outcome.message);
    accept();
}

} // namespace ballsdex::studio
