// SPDX-License-Identifier: MIT
#include "DiscordLogging.h"

Q_LOGGING_CATEGORY(lcDiscordRest, "ballsdex.discord.rest")
