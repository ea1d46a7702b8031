// SPDX-License-Identifier: MIT
#include "PackEditor.h"

#include "catalogue/PackForm.h"
#include "catalogue/WhenReady.h"
#include "storage/CatalogueRepository.h"
#include "storage/PackRepository.h"

namespace ballsdex::studio {

PackEditor::PackEditor(StudioContext &context, QWidget *parent)
    : EditorPage(context, parent)
    , m_form(std::make_unique<PackForm>(this, form(), [this]() { markEdited(); }))
{
    setObjectName(QStringLiteral("packEditor"));
}

PackEditor::~PackEditor() = default;

void PackEditor::fetchList()
{
    fetchSpecials();
    whenReady(this, storage::PackRepository(context().database).list(),
              [this](const Result<QList<domain::Pack>, storage::StorageError> &packs) {
                  if (!packs) {
                      reportFailure(packs.error());
                      return;
                  }
                  m_packs.clear();
                  QList<Entry> entries;
                  for (const domain::Pack &pack : *packs) {
                      m_packs.insert(pack.id, pack);
                      const QString label = pack.emoji.value_or(QString()) + QLatin1Char(' ')
                          + pack.name + (pack.enabled ? QString() : tr(" (off sale)"));
                      entries.append({pack.id, label.trimmed(),
                                      pack.name + QLatin1Char(' ') + pack.description});
                  }
                  setEntries(entries);
              });
}

void PackEditor::fetchSpecials()
{
    whenReady(this, storage::CatalogueRepository(context().database).loadAll(),
              [this](const Result<storage::CatalogueSnapshot, storage::StorageError> &loaded) {
                  // A failure is reported by the pack list, which fails the same way.
                  if (loaded)
                      m_form->setSpecials(loaded->specials);
              });
}

void PackEditor::showEntry(std::optional<domain::RowId> id)
{
    m_form->show(id ? m_packs.value(*id) : domain::Pack {});
}

std::optional<QString> PackEditor::validate()
{
    return m_form->validate();
}

QString PackEditor::typedName() const
{
    return m_form->name();
}

void PackEditor::save(std::optional<domain::RowId> id)
{
    const domain::Pack pack = m_form->value(id.value_or(0));
    storage::PackRepository repository(context().database);
    auto future = id ? repository.update(pack, context().actor())
                     : repository.create(pack, context().actor());
    whenReady(this, future, [this](const Result<domain::Pack, storage::StorageError> &stored) {
        if (!stored) {
            reportFailure(stored.error());
            return;
        }
        m_packs.insert(stored->id, *stored);
        saveSucceeded(stored->id);
    });
}

void PackEditor::fetchUsage(domain::RowId id)
{
    whenReady(this, storage::PackRepository(context().database).usage(id),
              [this, id](const Result<storage::PackUsage, storage::StorageError> &usage) {
                  if (!usage) {
                      reportFailure(usage.error());
                      return;
                  }
                  confirmRemove(id,
                                tr("%n player(s) hold %1 unopened copies, which will be "
                                   "removed. The opening history keeps the pack's name.",
                                   nullptr, static_cast<int>(usage->owners))
                                    .arg(usage->unopened));
              });
}

void PackEditor::remove(domain::RowId id)
{
    whenReady(this, storage::PackRepository(context().database).remove(id, context().actor()),
              [this, id](const Result<void, storage::StorageError> &done) {
                  if (!done) {
                      reportFailure(done.error());
                      return;
                  }
                  m_packs.remove(id);
                  removeSucceeded(id);
              });
}

} // namespace ballsdex::studio
