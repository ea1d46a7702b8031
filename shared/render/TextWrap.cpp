// SPDX-License-Identifier: MIT
#include "TextWrap.h"

#include <QRegularExpression>

namespace ballsdex::render {

namespace {

bool isWrapSpace(QChar c)
{
    // textwrap's whitespace set: \t \n \x0b \x0c \r and space.
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}

bool letterAt(const QString &text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).isLetter();
}

// textwrap breaks after a hyphen with two letters before it and letter, optional hyphen, letter
// after it.
bool hyphenBreak(const QString &text, qsizetype i)
{
    return letterAt(text, i - 1) && letterAt(text, i - 2) && letterAt(text, i + 1)
        && (letterAt(text, i + 2)
            || (i + 2 < text.size() && text.at(i + 2) == u'-' && letterAt(text, i + 3)));
}

bool wordCharAt(const QString &text, qsizetype i)
{
    return i >= 0 && i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == u'_');
}

// End of an "em-dash" (two or more hyphens between words), which textwrap keeps as its own chunk;
// 0 when there is none at i.
qsizetype emDashEnd(const QString &text, qsizetype i)
{
    if (text.at(i) != u'-' || i + 1 >= text.size() || text.at(i + 1) != u'-' || i == 0)
        return 0;
    const QChar before = text.at(i - 1);
    if (!wordCharAt(text, i - 1) && !QStringLiteral("!\"'&.,?").contains(before))
        return 0;
    qsizetype end = i;
    while (end < text.size() && text.at(end) == u'-')
        ++end;
    return wordCharAt(text, end) ? end : 0;
}

// textwrap's chunking: runs of whitespace, and words split after hyphens that follow letters.
QStringList chunks(const QString &text)
{
    QStringList out;
    QString current;
    bool inSpace = false;
    auto flush = [&] {
        if (!current.isEmpty())
            out.append(current);
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (qsizetype end = emDashEnd(text, i); end > 0) {
            flush();
            out.append(text.mid(i, end - i));
            i = end - 1;
            inSpace = false;
            continue;
        }
        const bool space = isWrapSpace(c);
        if (space != inSpace)
            flush();
        inSpace = space;
        current.append(space ? QChar(u' ') : c);
        if (!space && c == u'-' && hyphenBreak(text, i))
            flush();
    }
    flush();
    return out;
}

} // namespace

QStringList wrapText(const QString &text, int width)
{
    QStringList lines;
    if (width <= 0)
        return lines;
    QString expanded;
    for (const QChar c : text) {
        if (c == u'\t')
            expanded.append(QString(8 - expanded.size() % 8, u' '));
        else
            expanded.append(c);
    }
    QStringList pending = chunks(expanded);
    std::reverse(pending.begin(), pending.end());

    while (!pending.isEmpty()) {
        QStringList line;
        qsizetype length = 0;
        // Leading whitespace is dropped on every line but the first (drop_whitespace).
        if (!lines.isEmpty() && pending.constLast().trimmed().isEmpty())
            pending.removeLast();
        while (!pending.isEmpty()) {
            const qsizetype size = pending.constLast().size();
            if (length + size > width)
                break;
            line.append(pending.takeLast());
            length += size;
        }
        // Split a word longer than a whole line (break_long_words).
        if (!pending.isEmpty() && pending.constLast().size() > width) {
            qsizetype room = width - length;
            QString &word = pending.last();
            // Prefer ending the piece after a hyphen that is not at its start.
            const qsizetype hyphen = room > 0 ? word.lastIndexOf(u'-', room - 1) : -1;
            if (hyphen > 0 && QStringView(word).left(hyphen).count(u'-') != hyphen)
                room = hyphen + 1;
            if (room > 0) {
                line.append(word.left(room));
                word.remove(0, room);
                length += room;
            }
        }
        if (!line.isEmpty() && line.constLast().trimmed().isEmpty())
            line.removeLast();
        if (!line.isEmpty())
            lines.append(line.join(QString()));
    }
    return lines;
}

QStringList wrapParagraphs(const QString &text, int width)
{
    static const QRegularExpression breaks(QStringLiteral(
        "\\r\\n|[\\n\\r\\x{0b}\\x{0c}\\x{1c}\\x{1d}\\x{1e}\\x{85}\\x{2028}\\x{2029}]"));
    QStringList lines;
    for (const QString &paragraph : text.split(breaks))
        lines.append(wrapText(paragraph, width));
    return lines;
}

} // namespace ballsdex::render
