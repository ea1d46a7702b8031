// SPDX-License-Identifier: MIT
#include "GatewayLogging.h"

Q_LOGGING_CATEGORY(lcGateway, "ballsdex.gateway")
