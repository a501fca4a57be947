#include "FieldCodec.h"

#include "kinds/FieldSetters.h"

#include <QCoreApplication>

namespace qms {
namespace codec {

namespace {

// Two-digit and four-digit fields written without QString::arg or a date format: dates are
// written and read for every record of an import.
void appendDigits(QString& out, int value, int width) {
    char16_t buffer[4];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        buffer[i] = char16_t('0' + value % 10);
    out.append(reinterpret_cast<const QChar*>(buffer), width);
}

int digitsAt(const QString& t, int at, int width) {
    int value = 0;
    for (int i = at; i < at + width; ++i) {
        const char16_t u = t.at(i).unicode();
        if (u < '0' || u > '9')
            return -1;
        value = value * 10 + (u - '0');
    }
    return value;
}

} // namespace

QString date(const QDate& d) {
    if (!d.isValid())
        return QString();
    if (d.year() < 0 || d.year() > 9999)
        return d.toString(Qt::ISODate);
    QString out;
    out.reserve(10);
    appendDigits(out, d.year(), 4);
    out.append(QLatin1Char('-'));
    appendDigits(out, d.month(), 2);
    out.append(QLatin1Char('-'));
    appendDigits(out, d.day(), 2);
    return out;
}

QString dateTime(const QDateTime& dt) {
    if (!dt.isValid())
        return QString();
    const QDateTime utc = dt.toUTC();
    const QDate d = utc.date();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    const QTime t = utc.time();
    QString out = date(d);
    out.reserve(20);
    out.append(QLatin1Char('T'));
    appendDigits(out, t.hour(), 2);
    out.append(QLatin1Char(':'));
    appendDigits(out, t.minute(), 2);
    out.append(QLatin1Char(':'));
    appendDigits(out, t.second(), 2);
    out.append(QLatin1Char('Z'));
    return out;
}

std::optional<QDate> parseDate(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    if (t.size() == 10 && t.at(4) == QLatin1Char('-') && t.at(7) == QLatin1Char('-')) {
        // The canonical form, the one exports write: read directly.
        const int y = digitsAt(t, 0, 4), m = digitsAt(t, 5, 2), d = digitsAt(t, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0 && QDate::isValid(y, m, d))
            return QDate(y, m, d);
    }
    static const char* formats[] = {"yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy",
                                    "dd/MM/yyyy", "d/M/yyyy",   "yyyy/MM/dd"};
    for (const char* f : formats) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(f));
        if (d.isValid())
            return d;
    }
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (dt.isValid())
        return dt.date();
    return std::nullopt;
}

QString list(const QStringList& items) {
    return items.join(QStringLiteral("; "));
}

QStringList parseList(const QString& text) {
    // Items separated by ';', ',' or a line break, trimmed, empty ones and repeats dropped.
    QStringList out;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n) {
            const QChar c = text.at(i);
            if (c != QLatin1Char(';') && c != QLatin1Char(',') && c != QLatin1Char('\n'))
                continue;
        }
        const QString t = QStringView(text).mid(start, i - start).trimmed().toString();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
        start = i + 1;
    }
    return out;
}

QString kpis(const QList<Kpi>& kpis) {
    QStringList lines;
    for (const auto& k : kpis)
        lines << QStringLiteral("%1 | %2 | %3").arg(k.name, k.target, k.unit);
    return lines.join(QLatin1Char('\n'));
}

std::optional<QList<Kpi>> parseKpis(const QString& text, QString* error) {
    QList<Kpi> out;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QStringList parts = line.split(QLatin1Char('|'));
        if (parts.size() > 3 || parts.value(0).trimmed().isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("qms::Codec",
                                                     "KPI %1 must read \"name | target | unit\", got \"%2\"")
                             .arg(i + 1)
                             .arg(line);
            return std::nullopt;
        }
        out.append({parts.value(0).trimmed(), parts.value(1).trimmed(), parts.value(2).trimmed()});
    }
    return out;
}

QString revisions(const QList<DocumentRevision>& revisions) {
    QStringList lines;
    for (const auto& r : revisions) {
        lines << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7")
                     .arg(
                         r.label, date(r.date), r.author, r.changeSummary,
                         r.attachment.isNull()
                             ? QString()
                             : QStringLiteral("%1 sha256:%2").arg(r.attachment.fileName, r.attachment.sha256),
                         r.approvedBy, dateTime(r.releasedAt));
    }
    return lines.join(QLatin1Char('\n'));
}

QString yesNo(bool v) {
    return v ? QStringLiteral("yes") : QStringLiteral("no");
}

std::optional<bool> parseYesNo(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("y") || t == QLatin1String("true") ||
        t == QLatin1String("1") || t == QLatin1String("ja"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("n") || t == QLatin1String("false") ||
        t == QLatin1String("0") || t == QLatin1String("nein"))
        return false;
    return std::nullopt;
}

} // namespace codec

QString translateFieldLabel(const char* label) {
    return QCoreApplication::translate("qms::Field", label);
}

namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::Codec)
};

} // namespace

namespace fields {

QString enumRequired(const QString& keys) {
    return Tr::tr("a value is required (one of: %1)").arg(keys);
}

QString enumUnknown(const QString& text, const QString& keys) {
    return Tr::tr("\"%1\" is not one of: %2").arg(text.trimmed(), keys);
}

QString setDate(QDate& target, const QString& text) {
    const auto d = codec::parseDate(text);
    if (!d)
        return Tr::tr("\"%1\" is not a date (use YYYY-MM-DD)").arg(text.trimmed());
    target = *d;
    return {};
}

QString setDateTime(QDateTime& target, const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        target = {};
        return {};
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return Tr::tr("\"%1\" is not a date and time (use YYYY-MM-DDTHH:MM:SSZ)").arg(t);
    target = dt.toUTC();
    return {};
}

QString setIds(QStringList& target, const QString& text, RecordKind kind) {
    QStringList ids;
    for (const QString& item : codec::parseList(text)) {
        const auto parsed = parseRecordId(item);
        if (!parsed || parsed->first != kind)
            return Tr::tr("\"%1\" is not a %2 id like %3")
                .arg(item, enumLabel(kind), formatRecordId(kind, 1));
        ids << formatRecordId(kind, parsed->second);
    }
    target = ids;
    return {};
}

QString setOneId(QString& target, const QString& text, RecordKind kind) {
    QStringList ids;
    const QString err = setIds(ids, text, kind);
    if (!err.isEmpty())
        return err;
    if (ids.size() > 1)
        return Tr::tr("only one %1 can be named").arg(inSentence(enumLabel(kind)));
    target = ids.value(0);
    return {};
}

namespace {

// Digits in groups separated by single dots: "8", "8.7", "7.1.5.1".
bool isClauseNumber(const QString& item) {
    bool digitBefore = false;
    for (const QChar c : item) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digitBefore = true;
        } else if (c == QLatin1Char('.') && digitBefore) {
            digitBefore = false;
        } else {
            return false;
        }
    }
    return digitBefore;
}

} // namespace

QString setClauses(QStringList& target, const QString& text) {
    QStringList out;
    for (const QString& item : codec::parseList(text)) {
        if (!isClauseNumber(item))
            return Tr::tr("\"%1\" is not a clause number like 8.7").arg(item);
        out << item;
    }
    target = out;
    return {};
}

QString setBool(bool& target, const QString& text, bool ifEmpty) {
    if (text.trimmed().isEmpty()) {
        target = ifEmpty;
        return {};
    }
    const auto v = codec::parseYesNo(text);
    if (!v)
        return Tr::tr("\"%1\" is not yes or no").arg(text.trimmed());
    target = *v;
    return {};
}

QString setInt(int& target, const QString& text, int min, int max, int ifEmpty, const char* what) {
    if (text.trimmed().isEmpty()) {
        target = ifEmpty;
        return {};
    }
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return QCoreApplication::translate("qms::Codec", what).arg(text.trimmed());
    target = v;
    return {};
}

} // namespace fields

QStringList itemStateLines(const QString& text, QString (*label)(const QString&)) {
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList parts = line.split(QLatin1Char('|'));
        for (QString& p : parts)
            p = p.trimmed();
        if (parts.size() > 1 && label)
            parts[1] = label(parts[1]);
        out << parts.join(QStringLiteral(" \u2014 "));
    }
    return out;
}

} // namespace qms
