// SPDX-License-Identifier: MIT
#include "app/LogSetup.h"

#include <QLoggingCategory>

namespace ballsdex::bot {

void applyLogSettings(const config::LoggingSettings &logging)
{
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-dd hh:mm:ss} %{if-debug}DEBUG%{endif}%{if-info}INFO%{endif}"
        "%{if-warning}WARNING%{endif}%{if-critical}CRITICAL%{endif}%{if-fatal}FATAL%{endif} "
        "%{category}: %{message}"));
    QString rules;
    switch (logging.level) {
    case config::LogLevel::Debug:
        rules = QStringLiteral("*.debug=true");
        break;
    case config::LogLevel::Info:
        rules = QStringLiteral("*.debug=false");
        break;
    case config::LogLevel::Warning:
        rules = QStringLiteral("*.debug=false\n*.info=false");
        break;
    case config::LogLevel::Error:
    case config::LogLevel::Critical:
        rules = QStringLiteral("*.debug=false\n*.info=false\n*.warning=false");
        break;
    }
    QLoggingCategory::setFilterRules(rules);
}

} // namespace ballsdex::bot
