// SPDX-License-Identifier: MIT
#pragma once

#include "InteractionContext.h"

#include <QJsonArray>
#include <QSet>

#include <chrono>

namespace ballsdex::interactions {

class ViewRegistry;

/// A set of components on one message with its own state, allowed users and inactivity
/// timeout. Its custom_ids are "view:<view id>:<action>[:args]"; the registry routes clicks
/// and modal submits back here and disables the components when the timeout expires.
class View
{
public:
    static constexpr std::chrono::milliseconds DefaultTimeout {180'000};
    static inline const QString DefaultRefusal
        = QStringLiteral("You cannot interact with this view.");

    explicit View(std::chrono::milliseconds timeout = DefaultTimeout);
    virtual ~View();
    View(const View &) = delete;
    View &operator=(const View &) = delete;

    /// The current action rows (use customId() for interactive components).
    [[nodiscard]] virtual QJsonArray components() const = 0;
    virtual QCoro::Task<void> onComponent(InteractionContext &context, QString action,
                                          QStringList args)
        = 0;
    /// A modal opened by this view was submitted. Default: acknowledged silently.
    virtual QCoro::Task<void> onModal(InteractionContext &context, QString action,
                                      QStringList args);
    /// The timeout expired; the components were disabled already (unless finished).
    virtual void onTimeout() { }
    [[nodiscard]] virtual QString refusalMessage() const { return DefaultRefusal; }

    /// Only these users may use the view; none = anyone.
    void setAllowedUsers(QSet<Snowflake> users) { m_allowed = std::move(users); }
    [[nodiscard]] bool isAllowed(Snowflake userId) const;

    [[nodiscard]] const QString &id() const { return m_id; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    /// Throws std::logic_error when the id would exceed 100 characters (a programming error).
    [[nodiscard]] QString customId(const QString &action, const QStringList &args = {}) const;
    /// No more timeout edit (the view already disabled itself); clicks still reach the view.
    void markFinished() { m_finished = true; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    /// Unregisters now: later clicks get the "no longer active" answer, no timeout edit.
    void stop();

private:
    friend class ViewRegistry;

    QSet<Snowflake> m_allowed;
    QString m_id;
    ViewRegistry *m_registry = nullptr;
    std::chrono::milliseconds m_timeout;
    bool m_finished = false;
};

} // namespace ballsdex::interactions
