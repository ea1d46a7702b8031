// SPDX-License-Identifier: MIT
#include "RegimeEditor.h"

#include "catalogue/ImageField.h"
#include "catalogue/WhenReady.h"
#include "storage/CatalogueRepository.h"

#include <QFormLayout>
#include <QLineEdit>

namespace ballsdex::studio {
namespace {

constexpr int nameLength = 64;

} // namespace

RegimeEditor::RegimeEditor(StudioContext &context, QWidget *parent)
    : EditorPage(context, parent)
{
    setObjectName(QStringLiteral("regimeEditor"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(nameLength);
    m_background = new ImageField(context.mediaRoot, ImageRequirements::cardBackground(),
                                  QStringLiteral("regime"), false, this);
    m_background->setObjectName(QStringLiteral("backgroundField"));
    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Background"), m_background);
    connect(m_name, &QLineEdit::textEdited, this, &RegimeEditor::markEdited);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_background->setNameHint(QStringLiteral("regime ") + name);
    });
    connect(m_background, &ImageField::edited, this, &RegimeEditor::markEdited);
    connect(m_background, &ImageField::failed, this,
            [this](const QString &message) { showMessage(message, true); });
}

void RegimeEditor::fetchList()
{
    whenReady(this, storage::CatalogueRepository(context().database).loadAll(),
              [this](const Result<storage::CatalogueSnapshot, storage::StorageError> &loaded) {
                  if (!loaded) {
                      reportFailure(loaded.error());
                      return;
                  }
                  m_regimes.clear();
                  QList<Entry> entries;
                  for (const domain::Regime &regime : loaded->regimes) {
                      m_regimes.insert(regime.id, regime);
                      entries.append({regime.id, regime.name, regime.name});
                  }
                  setEntries(entries);
              });
}

void RegimeEditor::showEntry(std::optional<domain::RowId> id)
{
    const domain::Regime regime = id ? m_regimes.value(*id) : domain::Regime {};
    m_name->setText(regime.name);
    m_background->setPath(regime.background);
}

std::optional<QString> RegimeEditor::validate()
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The name must not be empty.");
    if (m_background->path().isEmpty())
        return tr("Choose a background image (1428\u00d7"
                  "2000).");
    return std::nullopt;
}

QString RegimeEditor::typedName() const
{
    return m_name->text();
}

void RegimeEditor::save(std::optional<domain::RowId> id)
{
    const domain::Regime regime {id.value_or(0), m_name->text(), m_background->path()};
    storage::CatalogueRepository repository(context().database);
    auto future = id ? repository.updateRegime(regime, context().actor())
                     : repository.createRegime(regime, context().actor());
    whenReady(this, future, [this](const Result<domain::Regime, storage::StorageError> &stored) {
        if (!stored) {
            reportFailure(stored.error());
            return;
        }
        m_regimes.insert(stored->id, *stored);
        saveSucceeded(stored->id);
    });
}

void RegimeEditor::fetchUsage(domain::RowId id)
{
    whenReady(this, storage::CatalogueRepository(context().database).regimeUsage(id),
              [this, id](const Result<storage::CatalogueUsage, storage::StorageError> &usage) {
                  if (!usage) {
                      reportFailure(usage.error());
                      return;
                  }
                  if (usage->balls > 0) {
                      const QString message
                          = tr("This regime is used by %n ball(s) with %1 instance(s) in all; "
                               "move the balls to another regime before deleting it.",
                               nullptr, static_cast<int>(usage->balls))
                                .arg(usage->instances);
                      showMessage(message, true);
                      Q_EMIT failed(message);
                      return;
                  }
                  confirmRemove(id, tr("No ball uses this regime."));
              });
}

void RegimeEditor::remove(domain::RowId id)
{
    whenReady(this,
              storage::CatalogueRepository(context().database).deleteRegime(id, context().actor()),
              [this, id](const Result<void, storage::StorageError> &done) {
                  if (!done) {
                      reportFailure(done.error());
                      return;
                  }
                  m_regimes.remove(id);
                  removeSucceeded(id);
              });
}

} // namespace ballsdex::studio
