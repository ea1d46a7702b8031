// SPDX-License-Identifier: MIT
#include "InteractionTransport.h"

namespace ballsdex::interactions {

QString TransportError::toString() const
{
    static const char *const names[]
        = {"unknown interaction", "already acknowledged", "http", "network", "refused"};
    QString text = QString::fromLatin1(names[static_cast<int>(kind)]);
    if (httpStatus != 0) {
        text += QStringLiteral(" %1").arg(httpStatus);
    }
    if (discordCode != 0) {
        text += QStringLiteral(" (%1)").arg(discordCode);
    }
    if (!message.isEmpty()) {
        text += QStringLiteral(": ") + message;
    }
    return text;
}

} // namespace ballsdex::interactions
