// SPDX-License-Identifier: MIT
#pragma once

#include "designer/BallInput.h"

#include <QUndoCommand>

#include <functional>

namespace ballsdex::studio {

/// One undo step of the ball form: the whole form before and after. Consecutive typing in the
/// same text field merges into one step.
class BallEditCommand final : public QUndoCommand
{
public:
    using Apply = std::function<void(const BallInput &)>;

    /// The edit is already on screen: the first redo() does nothing.
    BallEditCommand(BallInput before, BallInput after, QString field, bool mergesTyping,
                    Apply apply);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override { return 0x62616c6c; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    BallInput m_before;
    BallInput m_after;
    QString m_field;
    bool m_mergesTyping;
    Apply m_apply;
    bool m_applied = true;
};

} // namespace ballsdex::studio
