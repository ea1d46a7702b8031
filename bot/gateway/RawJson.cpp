// SPDX-License-Identifier: MIT
#include "RawJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>
#include <charconv>
#include <climits>
#include <cstring>

namespace ballsdex::gateway {

namespace {

constexpr int MaxNesting = 1024; // QJsonDocument's limit

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// True when one of the 8 bytes is '"', '\\' or not ASCII (may also be true after a zero byte).
bool hasStringSpecial(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto hasZero = [](quint64 v) {
        return (v - ones) & ~v & highs;
    };
    return ((hasZero(word ^ (ones * '"')) | hasZero(word ^ (ones * '\\')) | word) & highs) != 0;
}

// '"', '\\' and every non-ASCII byte: where a string scan has to look closer.
constexpr auto StringSpecial = [] {
    std::array<bool, 256> table {};
    for (int c = 0x80; c < 0x100; ++c)
        table[c] = true;
    table['"'] = true;
    table['\\'] = true;
    return table;
}();

bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || a.front() == b.front())
        && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

/// Validates JSON text with QJsonDocument's rules (which are laxer than RFC 8259 in places:
/// control characters in strings, unknown escapes, numbers like "1." and ".5") without building
/// anything, and reports the top-level members of an object.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {
    }

    /// A whole document: optional UTF-8 BOM, one object or array, surrounding whitespace.
    /// `isObject` tells which it was when the text is valid.
    bool document(std::span<const QByteArrayView> keys, std::span<QByteArrayView> values,
                  bool *isObject)
    {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        skipSpace();
        if (m_p == m_end)
            return false;
        *isObject = *m_p == '{';
        bool ok = false;
        if (*isObject)
            ok = object(1, keys, values);
        else if (*m_p == '[')
            ok = array(1);
        skipSpace();
        return ok && m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && isSpace(*m_p))
            ++m_p;
    }

    bool value(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            return object(depth + 1, {}, {});
        case '[':
            return array(depth + 1);
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool object(int depth, std::span<const QByteArrayView> keys, std::span<QByteArrayView> values)
    {
        if (depth > MaxNesting)
            return false;
        ++m_p;
        skipSpace();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (m_p == m_end || *m_p != '"')
                return false;
            const char *keyBegin = m_p;
            bool escaped = false;
            if (!string(&escaped))
                return false;
            const QByteArrayView key(keyBegin, m_p - keyBegin);
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
            skipSpace();
            const char *valueBegin = m_p;
            if (!value(depth))
                return false;
            if (!keys.empty())
                remember(key, escaped, QByteArrayView(valueBegin, m_p - valueBegin), keys, values);
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
            skipSpace();
        }
    }

    static void remember(QByteArrayView quotedKey, bool escaped, QByteArrayView value,
                         std::span<const QByteArrayView> keys, std::span<QByteArrayView> values)
    {
        const QByteArrayView bare = quotedKey.sliced(1, quotedKey.size() - 2);
        QByteArray decoded;
        if (escaped)
            decoded = rawjson::toString(quotedKey).toUtf8();
        for (std::size_t i = 0; i < keys.size() && i < values.size(); ++i) {
            if (sameBytes(escaped ? QByteArrayView(decoded) : bare, keys[i]))
                values[i] = value;
        }
    }

    bool array(int depth)
    {
        if (depth > MaxNesting)
            return false;
        ++m_p;
        skipSpace();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!value(depth))
                return false;
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
            skipSpace();
        }
    }

    bool string(bool *escaped)
    {
        const char *p = m_p + 1;
        const char *const end = m_end;
        for (;;) {
            while (end - p >= 8) {
                quint64 word = 0;
                std::memcpy(&word, p, 8);
                if (hasStringSpecial(word))
                    break;
                p += 8;
            }
            while (p != end && !StringSpecial[static_cast<unsigned char>(*p)])
                ++p;
            if (p == end)
                return false;
            if (*p == '"') {
                m_p = p + 1;
                return true;
            }
            if (*p == '\\') {
                if (escaped)
                    *escaped = true;
                if (++p == end)
                    return false;
                if (*p != 'u') {
                    ++p; // QJsonDocument takes any other escaped byte as itself
                    continue;
                }
                if (end - p < 5 || !isHex(p[1]) || !isHex(p[2]) || !isHex(p[3]) || !isHex(p[4]))
                    return false;
                p += 5;
                continue;
            }
            m_p = p;
            if (!utf8Sequence())
                return false;
            p = m_p;
        }
    }

    // One multi-byte UTF-8 sequence: no overlong forms, surrogates or code points past U+10FFFF.
    bool utf8Sequence()
    {
        const auto byte = [this](qsizetype i) {
            return static_cast<unsigned char>(m_p[i]);
        };
        const unsigned char lead = byte(0);
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (m_end - m_p < length || byte(1) < low || byte(1) > high)
            return false;
        for (int i = 2; i < length; ++i) {
            if (byte(i) < 0x80 || byte(i) > 0xBF)
                return false;
        }
        m_p += length;
        return true;
    }

    template<std::size_t N> bool literal(const char (&word)[N])
    {
        constexpr qsizetype length = N - 1;
        if (m_end - m_p < length || std::memcmp(m_p, word, length) != 0)
            return false;
        m_p += length;
        return true;
    }

    // QJsonDocument's number: -?(0|[0-9]*)(.[0-9]*)?([eE][+-]?[0-9]*)? that converts to a finite
    // double without underflowing to zero.
    bool number()
    {
        const char *begin = m_p;
        if (m_p != m_end && *m_p == '-')
            ++m_p;
        int digits = 0;
        if (m_p != m_end && *m_p == '0') {
            ++m_p;
            digits = 1;
        } else {
            while (m_p != m_end && isDigit(*m_p)) {
                ++m_p;
                ++digits;
            }
        }
        bool plain = true;
        if (m_p != m_end && *m_p == '.') {
            plain = false;
            ++m_p;
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            plain = false;
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (plain && digits > 0 && digits <= 18)
            return true;
        double parsed = 0;
        const auto [end, error] = std::from_chars(begin, m_p, parsed);
        return error == std::errc() && end == m_p;
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

namespace rawjson {

std::optional<qint64> plainInteger(QByteArrayView text)
{
    qsizetype i = 0;
    const bool negative = !text.isEmpty() && text[0] == '-';
    if (negative)
        ++i;
    const qsizetype digits = text.size() - i;
    if (digits < 1 || digits > 18 || (digits > 1 && text[i] == '0'))
        return std::nullopt;
    qint64 value = 0;
    for (; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return negative ? -value : value;
}

bool findMembers(QByteArrayView text, std::span<const QByteArrayView> keys,
                 std::span<QByteArrayView> values)
{
    for (QByteArrayView &value : values)
        value = {};
    bool isObject = false;
    Scanner scanner(text);
    if (scanner.document(keys, values, &isObject) && isObject)
        return true;
    for (QByteArrayView &value : values)
        value = {};
    return false;
}

QJsonValue toValue(QByteArrayView value)
{
    if (value.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QByteArray wrapped;
    wrapped.reserve(value.size() + 2);
    wrapped.append('[').append(value.data(), value.size()).append(']');
    const QJsonDocument document = QJsonDocument::fromJson(wrapped);
    const QJsonArray array = document.array();
    return array.size() == 1 ? array.at(0) : QJsonValue(QJsonValue::Undefined);
}

bool isString(QByteArrayView value)
{
    return value.size() >= 2 && value.front() == '"';
}

bool isNumber(QByteArrayView value)
{
    return !value.isEmpty()
        && (value.front() == '-' || value.front() == '.' || isDigit(value.front()));
}

bool isObject(QByteArrayView value)
{
    return !value.isEmpty() && value.front() == '{';
}

QString toString(QByteArrayView value)
{
    if (!isString(value))
        return QString();
    const QByteArrayView inner = value.sliced(1, value.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    return toValue(value).toString();
}

qint64 toInteger(QByteArrayView value, qint64 defaultValue)
{
    if (!isNumber(value))
        return defaultValue;
    if (const auto plain = plainInteger(value))
        return *plain;
    return toValue(value).toInteger(defaultValue);
}

bool toBool(QByteArrayView value, bool defaultValue)
{
    if (value == QByteArrayView("true"))
        return true;
    if (value == QByteArrayView("false"))
        return false;
    return defaultValue;
}

} // namespace rawjson

} // namespace ballsdex::gateway
