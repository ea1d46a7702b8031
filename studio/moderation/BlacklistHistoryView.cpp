// SPDX-License-Identifier: MIT
#include "moderation/BlacklistHistoryView.h"

#include "moderation/ModerationRows.h"
#include "moderation/ModerationText.h"
#include "moderation/PagedTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ballsdex::studio {

BlacklistHistoryView::BlacklistHistoryView(storage::Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("blacklistHistoryView"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Discord id or words of the reason"));
    m_search->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("historyKind"));
    m_kind->addItem(tr("Users and guilds"));
    m_kind->addItem(tr("Users"));
    m_kind->addItem(tr("Guilds"));
    auto *searchButton = new QPushButton(tr("Search"), this);
    searchButton->setObjectName(QStringLiteral("historySearchButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);

    m_model = new PagedTableModel(moderationRows::historyHeaders(), 150, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_search, 1);
    row->addWidget(m_kind);
    row->addWidget(searchButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::returnPressed, this, &BlacklistHistoryView::refresh);
    connect(searchButton, &QPushButton::clicked, this, &BlacklistHistoryView::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BlacklistHistoryView::refresh);
    connect(m_model, &PagedTableModel::pageLoaded, this, [this] {
        m_status->setText(m_model->rowCount() == 0 ? tr("No blacklist action matches.")
                                                   : QString());
        Q_EMIT refreshed();
    });
    connect(m_model, &PagedTableModel::loadFailed, this,
            [this](const storage::StorageError &error) {
                m_status->setText(moderationText::storageMessage(error));
                Q_EMIT refreshed();
            });
}

void BlacklistHistoryView::refresh()
{
    storage::HistoryFilter filter;
    if (m_kind->currentIndex() == 1)
        filter.target = domain::BlacklistTarget::User;
    else if (m_kind->currentIndex() == 2)
        filter.target = domain::BlacklistTarget::Guild;
    const QString text = m_search->text().trimmed();
    const bool numeric = !text.isEmpty() && std::ranges::all_of(text, [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (numeric) {
        const auto id = moderationText::parseDiscordId(text);
        if (!id) {
            m_status->setText(id.error());
            return;
        }
        filter.discordId = *id;
    } else {
        filter.reasonContains = text;
    }
    m_status->setText(tr("Loading…"));
    m_model->setLoader(moderationRows::historyLoader(m_database, filter));
    m_model->fetchMore();
}

} // namespace ballsdex::studio
