// SPDX-License-Identifier: MIT
#include "EmojiText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ballsdex::studio {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EmojiText)
};

} // namespace

bool isCustomEmojiId(const QString &emoji)
{
    static const QRegularExpression snowflake(QStringLiteral("^[0-9]{17,20}$"));
    return snowflake.match(emoji).hasMatch();
}

Result<QString, QString> normaliseEmoji(const QString &text, int maxLength)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    static const QRegularExpression pasted(QStringLiteral("^<a?:[A-Za-z0-9_~]{2,32}:([0-9]+)>$"));
    const QRegularExpressionMatch match = pasted.match(trimmed);
    const QString value = match.hasMatch() ? match.captured(1) : trimmed;
    bool hasDigit = false;
    bool hasNonAscii = false;
    bool hasOther = false;
    for (const char32_t code : value.toUcs4()) {
        if (code >= U'0' && code <= U'9')
            hasDigit = true;
        else if (code >= 0x80)
            hasNonAscii = true;
        else if (code != U'#' && code != U'*')
            hasOther = true; // letters, spaces, punctuation: not part of an emoji
    }
    if (!hasNonAscii) {
        if (hasDigit && !hasOther && isCustomEmojiId(value))
            return value;
        return fail(Text::tr("The emoji must be a Unicode emoji or a custom emoji id (17 to 20 "
                             "digits)."));
    }
    if (hasOther)
        return fail(Text::tr("The emoji must be a single emoji, without letters or spaces."));
    if (value.toUcs4().size() > maxLength)
        return fail(Text::tr("The emoji is too long (at most %1 characters).").arg(maxLength));
    return value;
}

} // namespace ballsdex::studio
