// SPDX-License-Identifier: MIT
#include "designer/BallEditCommand.h"

#include <QCoreApplication>

namespace ballsdex::studio {

BallEditCommand::BallEditCommand(BallInput before, BallInput after, QString field,
                                 bool mergesTyping, Apply apply)
    : m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(std::move(field))
    , m_mergesTyping(mergesTyping)
    , m_apply(std::move(apply))
{
    setText(QCoreApplication::translate("BallEditCommand", "Edit %1").arg(m_field));
}

void BallEditCommand::undo()
{
    m_apply(m_before);
}

void BallEditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_apply(m_after);
}

bool BallEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const BallEditCommand *>(other);
    if (!m_mergesTyping || !next->m_mergesTyping || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace ballsdex::studio
