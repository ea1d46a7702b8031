// SPDX-License-Identifier: MIT
#pragma once

#include "CustomId.h"

#include <QCoro/QCoroTask>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace ballsdex::interactions {

class InteractionContext;

/// Locale code ("fr", "en-GB", "es-419") → text.
using Localizations = QMap<QString, QString>;

/// An option choice, also the unit of autocomplete results. value: string, integer or double.
struct Choice
{
    QString name;
    QJsonValue value;
    Localizations nameLocalizations;
};

/// Handlers run on the router's thread. They may throw or call InteractionContext::fail();
/// both end in the one error path (an ephemeral message with an error id).
using CommandHandler = std::function<QCoro::Task<void>(InteractionContext &)>;
/// Receives the focused option's current text; the framework answers with at most 25 choices.
using AutocompleteHandler
    = std::function<QCoro::Task<QList<Choice>>(InteractionContext &, QString focusedValue)>;
/// Component clicks and modal submits, routed by the custom_id prefix.
using ComponentHandler = std::function<QCoro::Task<void>(InteractionContext &, CustomId)>;

} // namespace ballsdex::interactions
