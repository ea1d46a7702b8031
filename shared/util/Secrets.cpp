// SPDX-License-Identifier: MIT
#include "Secrets.h"

#include <QUrl>

namespace ballsdex::util {

QString maskedSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QStringLiteral("(not set)");
    return QStringLiteral("***(%1 characters)").arg(secret.size());
}

QString redactUrlPassword(const QString &url)
{
    QUrl parsed(url);
    if (!parsed.isValid() || parsed.password().isEmpty())
        return url;
    parsed.setPassword(QStringLiteral("***"));
    return parsed.toString();
}

} // namespace ballsdex::util
