#include "AuditSnapshot.h"

#include <algorithm>
#include <vector>

namespace qms {
namespace {

// Writes `text` as a JSON string at `out`, which has room for 6 bytes per UTF-16 unit plus the
// quotes; returns the end.
char* writeEscaped(char* out, const QString& text) {
    static const char hex[] = "0123456789abcdef";
    const char16_t* p = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = p + text.size();
    *out++ = '"';
    while (p < end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *out++ = char(u);
                continue;
            }
            *out++ = '\\';
            switch (u) {
            case '"':
                *out++ = '"';
                break;
            case '\\':
                *out++ = '\\';
                break;
            case '\b':
                *out++ = 'b';
                break;
            case '\f':
                *out++ = 'f';
                break;
            case '\n':
                *out++ = 'n';
                break;
            case '\r':
                *out++ = 'r';
                break;
            case '\t':
                *out++ = 't';
                break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hex[u >> 4];
                *out++ = hex[u & 0xf];
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            // A lone surrogate is not text: written as U+FFFD, as QString::toUtf8 does.
            *out++ = char(0xef);
            *out++ = char(0xbf);
            *out++ = char(0xbd);
        } else {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        }
    }
    *out++ = '"';
    return out;
}

} // namespace

QByteArray auditSnapshotJson(const FieldValues& values) {
    // QJsonObject keeps its keys sorted and a repeated key once (the last value).
    std::vector<int> order(size_t(values.size()));
    for (int i = 0; i < values.size(); ++i)
        order[size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return values[a].first < values[b].first; });
    qsizetype room = 2; // the braces
    for (const auto& [key, value] : values)
        room += 6 * (key.size() + value.size()) + 6; // worst case: every unit as \u00XX
    QByteArray out(room, Qt::Uninitialized);
    char* const begin = out.data();
    char* p = begin;
    *p++ = '{';
    bool first = true;
    for (size_t i = 0; i < order.size(); ++i) {
        const auto& [key, value] = values[order[i]];
        if (i + 1 < order.size() && values[order[i + 1]].first == key)
            continue;
        if (!first)
            *p++ = ',';
        first = false;
        p = writeEscaped(p, key);
        *p++ = ':';
        p = writeEscaped(p, value);
    }
    *p++ = '}';
    out.truncate(p - begin);
    return out;
}

} // namespace qms
