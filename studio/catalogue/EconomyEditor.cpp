// SPDX-License-Identifier: MIT
#include "EconomyEditor.h"

#include "catalogue/ImageField.h"
#include "catalogue/WhenReady.h"
#include "storage/CatalogueRepository.h"

#include <QFormLayout>
#include <QLineEdit>

namespace ballsdex::studio {
namespace {

constexpr int nameLength = 64;

} // namespace

EconomyEditor::EconomyEditor(StudioContext &context, QWidget *parent)
    : EditorPage(context, parent)
{
    setObjectName(QStringLiteral("economyEditor"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(nameLength);
    m_icon = new ImageField(context.mediaRoot, ImageRequirements::economyIcon(),
                            QStringLiteral("economy"), false, this);
    m_icon->setObjectName(QStringLiteral("iconField"));
    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Icon"), m_icon);
    connect(m_name, &QLineEdit::textEdited, this, &EconomyEditor::markEdited);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_icon->setNameHint(QStringLiteral("economy ") + name);
    });
    connect(m_icon, &ImageField::edited, this, &EconomyEditor::markEdited);
    connect(m_icon, &ImageField::failed, this,
            [this](const QString &message) { showMessage(message, true); });
}

void EconomyEditor::fetchList()
{
    whenReady(this, storage::CatalogueRepository(context().database).loadAll(),
              [this](const Result<storage::CatalogueSnapshot, storage::StorageError> &loaded) {
                  if (!loaded) {
                      reportFailure(loaded.error());
                      return;
                  }
                  m_economies.clear();
                  QList<Entry> entries;
                  for (const domain::Economy &economy : loaded->economies) {
                      m_economies.insert(economy.id, economy);
                      entries.append({economy.id, economy.name, economy.name});
                  }
                  setEntries(entries);
              });
}

void EconomyEditor::showEntry(std::optional<domain::RowId> id)
{
    const domain::Economy economy = id ? m_economies.value(*id) : domain::Economy {};
    m_name->setText(economy.name);
    m_icon->setPath(economy.icon);
}

std::optional<QString> EconomyEditor::validate()
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The name must not be empty.");
    if (m_icon->path().isEmpty())
        return tr("Choose an icon image (square, 512\u00d7"
                  "512 recommended).");
    return std::nullopt;
}

QString EconomyEditor::typedName() const
{
    return m_name->text();
}

void EconomyEditor::save(std::optional<domain::RowId> id)
{
    const domain::Economy economy {id.value_or(0), m_name->text(), m_icon->path()};
    storage::CatalogueRepository repository(context().database);
    auto future = id ? repository.updateEconomy(economy, context().actor())
                     : repository.createEconomy(economy, context().actor());
    whenReady(this, future, [this](const Result<domain::Economy, storage::StorageError> &stored) {
        if (!stored) {
            reportFailure(stored.error());
            return;
        }
        m_economies.insert(stored->id, *stored);
        saveSucceeded(stored->id);
    });
}

void EconomyEditor::fetchUsage(domain::RowId id)
{
    whenReady(this, storage::CatalogueRepository(context().database).economyUsage(id),
              [this, id](const Result<storage::CatalogueUsage, storage::StorageError> &usage) {
                  if (!usage) {
                      reportFailure(usage.error());
                      return;
                  }
                  confirmRemove(id,
                                tr("%n ball(s) use this economy; they will keep existing "
                                   "without an economy icon.",
                                   nullptr, static_cast<int>(usage->balls)));
              });
}

void EconomyEditor::remove(domain::RowId id)
{
    whenReady(this,
              storage::CatalogueRepository(context().database).deleteEconomy(id, context().actor()),
              [this, id](const Result<void, storage::StorageError> &done) {
                  if (!done) {
                      reportFailure(done.error());
                      return;
                  }
                  m_economies.remove(id);
                  removeSucceeded(id);
              });
}

} // namespace ballsdex::studio
