// SPDX-License-Identifier: MIT
#include "InteractionsLogging.h"

Q_LOGGING_CATEGORY(lcInteractions, "ballsdex.bot.interactions")
