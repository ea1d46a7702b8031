// SPDX-License-Identifier: MIT
#include "CommandTree.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ballsdex::interactions {

Result<void, CommandSpecError> CommandTree::add(CommandSpec command)
{
    if (auto error = command.validate()) {
        return fail(*error);
    }
    if (this->command(command.name())) {
        return fail(CommandSpecError {CommandSpecError::Kind::DuplicateName, command.name(),
                                      QStringLiteral("a command with this name exists")});
    }
    const auto inScope = std::count_if(m_commands.begin(), m_commands.end(),
                                       [&command](const CommandSpec &existing) {
                                           return existing.commandScope() == command.commandScope();
                                       });
    if (inScope >= MaxCommandsPerScope) {
        return fail(CommandSpecError {CommandSpecError::Kind::TooManyCommands, command.name(),
                                      QStringLiteral("more than 100 commands in one scope")});
    }
    m_commands.push_back(std::move(command));
    return {};
}

const CommandSpec *CommandTree::command(const QString &name) const
{
    const auto it = std::find_if(m_commands.begin(), m_commands.end(),
                                 [&name](const CommandSpec &c) { return c.name() == name; });
    return it == m_commands.end() ? nullptr : &*it;
}

const CommandSpec *CommandTree::leaf(const QStringList &path) const
{
    if (path.isEmpty()) {
        return nullptr;
    }
    const CommandSpec *top = command(path.first());
    if (!top) {
        return nullptr;
    }
    const CommandSpec *node = top->find(path.mid(1));
    return node && node->isLeaf() ? node : nullptr;
}

QJsonArray CommandTree::toJson(CommandScope scope) const
{
    QJsonArray array;
    for (const CommandSpec &command : m_commands) {
        if (command.commandScope() == scope) {
            array.append(command.toJson(scope));
        }
    }
    return array;
}

QString CommandTree::hash(CommandScope scope) const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QByteArray canonical = QJsonDocument(toJson(scope)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace ballsdex::interactions
