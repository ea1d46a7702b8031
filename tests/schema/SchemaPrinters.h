// SPDX-License-Identifier: MIT
#pragma once

// Lets QCOMPARE print the schema module's enums (found by argument-dependent lookup).

#include "schema/MigrationError.h"
#include "schema/SchemaStatus.h"

#include <QByteArray>

namespace ballsdex::schema {

inline char *toString(SchemaStatus::State state)
{
    return qstrdup(stateName(state).toUtf8().constData());
}

inline char *toString(MigrationErrorKind kind)
{
    return qstrdup(errorKindName(kind).toUtf8().constData());
}

} // namespace ballsdex::schema
