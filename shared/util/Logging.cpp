// SPDX-License-Identifier: MIT
#include "Logging.h"

Q_LOGGING_CATEGORY(lcConfig, "ballsdex.config")
Q_LOGGING_CATEGORY(lcStorage, "ballsdex.storage")
Q_LOGGING_CATEGORY(lcMigrations, "ballsdex.migrations")
Q_LOGGING_CATEGORY(lcBot, "ballsdex.bot")
Q_LOGGING_CATEGORY(lcStudio, "ballsdex.studio")
