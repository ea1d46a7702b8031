// SPDX-License-Identifier: MIT
#include "designer/BallList.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ballsdex::studio {

namespace {

constexpr int idRole = Qt::UserRole + 1;
constexpr int searchRole = Qt::UserRole + 2;

} // namespace

BallList::BallList(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_model(new QStandardItemModel(0, 3, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    m_search->setObjectName(QStringLiteral("ballSearch"));
    m_search->setPlaceholderText(tr("Search balls"));
    m_search->setClearButtonEnabled(true);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Rarity"), tr("Enabled")});
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(searchRole);
    m_filter->setFilterKeyColumn(0);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(Qt::UserRole);
    m_table->setObjectName(QStringLiteral("ballTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto *add = new QPushButton(tr("New ball"), this);
    add->setObjectName(QStringLiteral("newBallButton"));
    auto *open = new QPushButton(tr("Open"), this);
    open->setObjectName(QStringLiteral("openBallButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(open);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // Fixed-string filtering: whatever is typed is matched literally, never interpreted.
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(add, &QPushButton::clicked, this, &BallList::newBallRequested);
    connect(open, &QPushButton::clicked, this, &BallList::openCurrent);
    connect(m_table, &QTableView::activated, this, &BallList::openCurrent);
}

void BallList::setBalls(const QList<domain::Ball> &balls)
{
    const domain::RowId selected = m_table->currentIndex().data(idRole).toLongLong();
    m_model->removeRows(0, m_model->rowCount());
    for (const domain::Ball &ball : balls) {
        auto *name = new QStandardItem(ball.country);
        name->setData(QVariant::fromValue<qint64>(ball.id), idRole);
        name->setData(ball.country.toLower(), Qt::UserRole);
        const QStringList searchable {ball.country,      ball.shortName.value_or(QString()),
                                      ball.catchNames,   ball.translations,
                                      ball.capacityName, ball.capacityDescription,
                                      ball.credits,      QString::number(ball.id)};
        name->setData(searchable.join(u'\n'), searchRole);
        auto *rarity = new QStandardItem(QLocale().toString(ball.rarity, 'g', 6));
        rarity->setData(ball.rarity, Qt::UserRole);
        auto *enabled = new QStandardItem(ball.enabled ? tr("yes") : tr("no"));
        enabled->setData(ball.enabled, Qt::UserRole);
        m_model->appendRow({name, rarity, enabled});
    }
    selectBall(selected);
}

QList<domain::RowId> BallList::visibleIds() const
{
    QList<domain::RowId> ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(idRole).toLongLong());
    return ids;
}

void BallList::selectBall(domain::RowId id)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(idRole).toLongLong() == id) {
            m_table->setCurrentIndex(index);
            return;
        }
    }
}

void BallList::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        Q_EMIT openBallRequested(index.siblingAtColumn(0).data(idRole).toLongLong());
}

} // namespace ballsdex::studio
