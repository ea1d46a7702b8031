// SPDX-License-Identifier: MIT
#include "CommandTokenizer.h"

namespace ballsdex::sandbox {

Result<QStringList, QString> tokenizeCommandLine(const QString &line)
{
    QStringList words;
    QString current;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == u'\\' && quote == u'"' && i + 1 < line.size()
                       && (line.at(i + 1) == u'"' || line.at(i + 1) == u'\\')) {
                current += line.at(++i);
            } else {
                current += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                words.append(current);
            current.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'\\' && i + 1 < line.size()) {
            current += line.at(++i);
        } else {
            current += c;
        }
    }
    if (!quote.isNull())
        return fail(QStringLiteral("unclosed %1 quote").arg(quote));
    if (inWord)
        words.append(current);
    return words;
}

std::pair<QString, QString> splitKeyValue(const QString &word)
{
    const qsizetype colon = word.indexOf(u':');
    const qsizetype equals = word.indexOf(u'=');
    qsizetype at = -1;
    if (colon > 0 && (equals < 0 || colon < equals))
        at = colon;
    else if (equals > 0)
        at = equals;
    if (at <= 0)
        return {QString(), word};
    return {word.left(at), word.mid(at + 1)};
}

} // namespace ballsdex::sandbox
