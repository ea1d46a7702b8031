// SPDX-License-Identifier: MIT
#include "ErrorTree.h"

#include <QJsonArray>

namespace ballsdex::fakediscord {

namespace {

QJsonObject inserted(QJsonObject node, const QStringList &path, qsizetype index,
                     const QJsonObject &leaf)
{
    if (index == path.size()) {
        QJsonArray errors = node.value(QLatin1String("_errors")).toArray();
        errors.append(leaf);
        node.insert(QStringLiteral("_errors"), errors);
        return node;
    }
    const QString key = path.at(index);
    node.insert(key, inserted(node.value(key).toObject(), path, index + 1, leaf));
    return node;
}

} // namespace

void ErrorTree::add(const QString &path, const QString &code, const QString &message)
{
    const QJsonObject leaf {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    m_errors = inserted(m_errors, path.split(QLatin1Char('.'), Qt::SkipEmptyParts), 0, leaf);
    ++m_count;
}

void ErrorTree::tooLong(const QString &path, int max)
{
    add(path, QStringLiteral("BASE_TYPE_MAX_LENGTH"),
        QStringLiteral("Must be %1 or fewer in length.").arg(max));
}

void ErrorTree::badLength(const QString &path, int min, int max)
{
    add(path, QStringLiteral("BASE_TYPE_BAD_LENGTH"),
        QStringLiteral("Must be between %1 and %2 in length.").arg(min).arg(max));
}

void ErrorTree::required(const QString &path)
{
    add(path, QStringLiteral("BASE_TYPE_REQUIRED"), QStringLiteral("This field is required"));
}

HttpResponse ErrorTree::response() const
{
    const QJsonObject body {{QStringLiteral("code"), 50035},
                            {QStringLiteral("message"), QStringLiteral("Invalid Form Body")},
                            {QStringLiteral("errors"), m_errors}};
    return HttpResponse::json(400, QJsonDocument(body));
}

HttpResponse discordError(int status, int code, const QString &message)
{
    return HttpResponse::json(status,
                              QJsonDocument(QJsonObject {{QStringLiteral("code"), code},
                                                         {QStringLiteral("message"), message}}));
}

} // namespace ballsdex::fakediscord
