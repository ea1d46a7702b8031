// SPDX-License-Identifier: MIT
#include "View.h"

#include "ViewRegistry.h"

#include <stdexcept>

namespace ballsdex::interactions {

View::View(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{
}

View::~View() = default;

QCoro::Task<void> View::onModal(InteractionContext &context, QString, QStringList)
{
    co_await context.deferUpdate();
}

bool View::isAllowed(Snowflake userId) const
{
    return m_allowed.isEmpty() || m_allowed.contains(userId);
}

QString View::customId(const QString &action, const QStringList &args) const
{
    auto encoded = CustomId::encode(ViewRegistry::Prefix, QStringList {m_id, action} + args);
    if (!encoded) {
        throw std::logic_error(encoded.error().toStdString());
    }
    return *encoded;
}

void View::stop()
{
    if (m_registry) {
        m_registry->stop(m_id);
    }
}

} // namespace ballsdex::interactions
