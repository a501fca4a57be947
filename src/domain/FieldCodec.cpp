#include "FieldCodec.h"

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

template <typename E> QString setEnum(E& target, const QString& text) {
    if (text.trimmed().isEmpty())
        return Tr::tr("a value is required (one of: %1)").arg(enumKeyList<E>());
    const auto v = enumFromString<E>(text);
    if (!v)
        return Tr::tr("\"%1\" is not one of: %2").arg(text.trimmed(), enumKeyList<E>());
    target = *v;
    return {};
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

#define QMS_TEXT(R, member)                                                                                  \
    [](const R& r) { return r.member; }, [](R& r, const QString& t) {                                        \
        r.member = t.trimmed();                                                                              \
        return QString();                                                                                    \
    }
#define QMS_RAWTEXT(R, member)                                                                               \
    [](const R& r) { return r.member; }, [](R& r, const QString& t) {                                        \
        r.member = t;                                                                                        \
        return QString();                                                                                    \
    }
#define QMS_ENUM(R, member)                                                                                  \
    [](const R& r) { return enumKey(r.member); }, [](R& r, const QString& t) {                               \
        return setEnum(r.member, t);                                                                         \
    }
#define QMS_DATE(R, member)                                                                                  \
    [](const R& r) { return codec::date(r.member); }, [](R& r, const QString& t) {                           \
        return setDate(r.member, t);                                                                         \
    }
#define QMS_DATETIME(R, member)                                                                              \
    [](const R& r) { return codec::dateTime(r.member); }, [](R& r, const QString& t) {                       \
        return setDateTime(r.member, t);                                                                     \
    }
#define QMS_CLAUSES(R)                                                                                       \
    [](const R& r) { return codec::list(r.clauses); }, [](R& r, const QString& t) {                          \
        return setClauses(r.clauses, t);                                                                     \
    }
#define QMS_IDS(R, member, kind)                                                                             \
    [](const R& r) { return codec::list(r.member); }, [](R& r, const QString& t) {                           \
        return setIds(r.member, t, kind);                                                                    \
    }

} // namespace

template <> std::span<const FieldDef<Document>> recordFields<Document>() {
    using R = Document;
    static const FieldDef<R> defs[] = {
        {"title", QT_TRANSLATE_NOOP("qms::Field", "Title"), FieldType::Text, QMS_TEXT(R, title)},
        {"type", QT_TRANSLATE_NOOP("qms::Field", "Type"), FieldType::Enum, QMS_ENUM(R, type)},
        {"owner", QT_TRANSLATE_NOOP("qms::Field", "Owner"), FieldType::Text, QMS_TEXT(R, owner)},
        {"description", QT_TRANSLATE_NOOP("qms::Field", "Description"), FieldType::LongText,
         QMS_RAWTEXT(R, description)},
        {"revision", QT_TRANSLATE_NOOP("qms::Field", "Revision"), FieldType::Text, QMS_TEXT(R, revision)},
        {"effective_revision", QT_TRANSLATE_NOOP("qms::Field", "Effective revision"), FieldType::Text,
         QMS_TEXT(R, effectiveRevision)},
        {"status", QT_TRANSLATE_NOOP("qms::Field", "Status"), FieldType::Enum, QMS_ENUM(R, status)},
        {"approved_by", QT_TRANSLATE_NOOP("qms::Field", "Approved by"), FieldType::Text,
         QMS_TEXT(R, approvedBy)},
        {"released_at", QT_TRANSLATE_NOOP("qms::Field", "Released at"), FieldType::DateTime,
         QMS_DATETIME(R, releasedAt)},
        {"review_interval_months", QT_TRANSLATE_NOOP("qms::Field", "Review interval (months)"),
         FieldType::Int, [](const R& r) { return QString::number(r.reviewIntervalMonths); },
         [](R& r, const QString& t) {
             if (t.trimmed().isEmpty()) {
                 r.reviewIntervalMonths = 12;
                 return QString();
             }
             bool ok = false;
             const int v = t.trimmed().toInt(&ok);
             if (!ok || v < 1 || v > 120)
                 return Tr::tr("\"%1\" is not a number of months between 1 and 120").arg(t.trimmed());
             r.reviewIntervalMonths = v;
             return QString();
         }},
        {"next_review", QT_TRANSLATE_NOOP("qms::Field", "Next review"), FieldType::Date,
         QMS_DATE(R, nextReview)},
        {"obsolete_reason", QT_TRANSLATE_NOOP("qms::Field", "Obsolete reason"), FieldType::Text,
         QMS_TEXT(R, obsoleteReason)},
        {"clauses", QT_TRANSLATE_NOOP("qms::Field", "Clauses"), FieldType::ClauseList, QMS_CLAUSES(R)},
        {"processes", QT_TRANSLATE_NOOP("qms::Field", "Processes"), FieldType::IdList,
         QMS_IDS(R, processes, RecordKind::Process)},
        {"revisions", QT_TRANSLATE_NOOP("qms::Field", "Revisions"), FieldType::Revisions,
         [](const R& r) { return codec::revisions(r.revisions); }, nullptr},
    };
    return defs;
}

template <> std::span<const FieldDef<Process>> recordFields<Process>() {
    using R = Process;
    static const FieldDef<R> defs[] = {
        {"name", QT_TRANSLATE_NOOP("qms::Field", "Name"), FieldType::Text, QMS_TEXT(R, name)},
        {"owner", QT_TRANSLATE_NOOP("qms::Field", "Owner"), FieldType::Text, QMS_TEXT(R, owner)},
        {"purpose", QT_TRANSLATE_NOOP("qms::Field", "Purpose"), FieldType::LongText, QMS_RAWTEXT(R, purpose)},
        {"inputs", QT_TRANSLATE_NOOP("qms::Field", "Inputs"), FieldType::LongText, QMS_RAWTEXT(R, inputs)},
        {"outputs", QT_TRANSLATE_NOOP("qms::Field", "Outputs"), FieldType::LongText, QMS_RAWTEXT(R, outputs)},
        {"resources", QT_TRANSLATE_NOOP("qms::Field", "Resources"), FieldType::LongText,
         QMS_RAWTEXT(R, resources)},
        {"kpis", QT_TRANSLATE_NOOP("qms::Field", "KPIs"), FieldType::Kpis,
         [](const R& r) { return codec::kpis(r.kpis); },
         [](R& r, const QString& t) {
             QString error;
             const auto k = codec::parseKpis(t, &error);
             if (!k)
                 return error;
             r.kpis = *k;
             return QString();
         }},
        {"risks", QT_TRANSLATE_NOOP("qms::Field", "Risks and opportunities"), FieldType::LongText,
         QMS_RAWTEXT(R, risks)},
        {"feeds", QT_TRANSLATE_NOOP("qms::Field", "Feeds"), FieldType::IdList,
         QMS_IDS(R, feeds, RecordKind::Process)},
        {"clauses", QT_TRANSLATE_NOOP("qms::Field", "Clauses"), FieldType::ClauseList, QMS_CLAUSES(R)},
        {"documents", QT_TRANSLATE_NOOP("qms::Field", "Documents"), FieldType::IdList,
         QMS_IDS(R, documents, RecordKind::Document)},
        {"active", QT_TRANSLATE_NOOP("qms::Field", "Active"), FieldType::Bool,
         [](const R& r) { return codec::yesNo(r.active); },
         [](R& r, const QString& t) {
             if (t.trimmed().isEmpty()) {
                 r.active = true;
                 return QString();
             }
             const auto v = codec::parseYesNo(t);
             if (!v)
                 return Tr::tr("\"%1\" is not yes or no").arg(t.trimmed());
             r.active = *v;
             return QString();
         }},
    };
    return defs;
}

template <> std::span<const FieldDef<Nonconformity>> recordFields<Nonconformity>() {
    using R = Nonconformity;
    static const FieldDef<R> defs[] = {
        {"title", QT_TRANSLATE_NOOP("qms::Field", "Title"), FieldType::Text, QMS_TEXT(R, title)},
        {"description", QT_TRANSLATE_NOOP("qms::Field", "Description"), FieldType::LongText,
         QMS_RAWTEXT(R, description)},
        {"source", QT_TRANSLATE_NOOP("qms::Field", "Source"), FieldType::Enum, QMS_ENUM(R, source)},
        {"severity", QT_TRANSLATE_NOOP("qms::Field", "Severity"), FieldType::Enum, QMS_ENUM(R, severity)},
        {"detected_on", QT_TRANSLATE_NOOP("qms::Field", "Detected on"), FieldType::Date,
         QMS_DATE(R, detectedOn)},
        {"reported_by", QT_TRANSLATE_NOOP("qms::Field", "Reported by"), FieldType::Text,
         QMS_TEXT(R, reportedBy)},
        {"responsible", QT_TRANSLATE_NOOP("qms::Field", "Responsible"), FieldType::Text,
         QMS_TEXT(R, responsible)},
        {"process", QT_TRANSLATE_NOOP("qms::Field", "Process"), FieldType::Text,
         [](const R& r) { return r.process; },
         [](R& r, const QString& t) {
             QStringList ids;
             const QString err = setIds(ids, t, RecordKind::Process);
             if (!err.isEmpty())
                 return err;
             if (ids.size() > 1)
                 return Tr::tr("only one process can be named");
             r.process = ids.value(0);
             return QString();
         }},
        {"reference", QT_TRANSLATE_NOOP("qms::Field", "Product or reference"), FieldType::Text,
         QMS_TEXT(R, reference)},
        {"containment", QT_TRANSLATE_NOOP("qms::Field", "Containment action"), FieldType::LongText,
         QMS_RAWTEXT(R, containment)},
        {"rca_method", QT_TRANSLATE_NOOP("qms::Field", "Root cause method"), FieldType::Enum,
         [](const R& r) { return enumKey(r.rcaMethod); },
         [](R& r, const QString& t) {
             if (t.trimmed().isEmpty()) {
                 r.rcaMethod = RcaMethod::None;
                 return QString();
             }
             return setEnum(r.rcaMethod, t);
         }},
        {"root_cause", QT_TRANSLATE_NOOP("qms::Field", "Root cause"), FieldType::LongText,
         QMS_RAWTEXT(R, rootCause)},
        {"disposition", QT_TRANSLATE_NOOP("qms::Field", "Disposition"), FieldType::Enum,
         [](const R& r) { return enumKey(r.disposition); },
         [](R& r, const QString& t) {
             if (t.trimmed().isEmpty()) {
                 r.disposition = Disposition::NotApplicable;
                 return QString();
             }
             return setEnum(r.disposition, t);
         }},
        {"effectiveness", QT_TRANSLATE_NOOP("qms::Field", "Effectiveness review"), FieldType::LongText,
         QMS_RAWTEXT(R, effectiveness)},
        {"status", QT_TRANSLATE_NOOP("qms::Field", "Status"), FieldType::Enum, QMS_ENUM(R, status)},
        {"status_reason", QT_TRANSLATE_NOOP("qms::Field", "Status reason"), FieldType::Text,
         QMS_TEXT(R, statusReason)},
        {"closed_on", QT_TRANSLATE_NOOP("qms::Field", "Closed on"), FieldType::Date, QMS_DATE(R, closedOn)},
        {"clauses", QT_TRANSLATE_NOOP("qms::Field", "Clauses"), FieldType::ClauseList, QMS_CLAUSES(R)},
        {"actions", QT_TRANSLATE_NOOP("qms::Field", "Corrective actions"), FieldType::IdList,
         QMS_IDS(R, actions, RecordKind::CorrectiveAction)},
    };
    return defs;
}

template <> std::span<const FieldDef<CorrectiveAction>> recordFields<CorrectiveAction>() {
    using R = CorrectiveAction;
    static const FieldDef<R> defs[] = {
        {"title", QT_TRANSLATE_NOOP("qms::Field", "Title"), FieldType::Text, QMS_TEXT(R, title)},
        {"description", QT_TRANSLATE_NOOP("qms::Field", "Description"), FieldType::LongText,
         QMS_RAWTEXT(R, description)},
        {"type", QT_TRANSLATE_NOOP("qms::Field", "Type"), FieldType::Enum, QMS_ENUM(R, type)},
        {"owner", QT_TRANSLATE_NOOP("qms::Field", "Owner"), FieldType::Text, QMS_TEXT(R, owner)},
        {"due_date", QT_TRANSLATE_NOOP("qms::Field", "Due date"), FieldType::Date, QMS_DATE(R, dueDate)},
        {"status", QT_TRANSLATE_NOOP("qms::Field", "Status"), FieldType::Enum, QMS_ENUM(R, status)},
        {"status_reason", QT_TRANSLATE_NOOP("qms::Field", "Status reason"), FieldType::Text,
         QMS_TEXT(R, statusReason)},
        {"completed_on", QT_TRANSLATE_NOOP("qms::Field", "Completed on"), FieldType::Date,
         QMS_DATE(R, completedOn)},
        {"effectiveness_due", QT_TRANSLATE_NOOP("qms::Field", "Effectiveness check due"), FieldType::Date,
         QMS_DATE(R, effectivenessDue)},
        {"effectiveness_by", QT_TRANSLATE_NOOP("qms::Field", "Effectiveness checked by"), FieldType::Text,
         QMS_TEXT(R, effectivenessBy)},
        {"effectiveness_result", QT_TRANSLATE_NOOP("qms::Field", "Effectiveness result"), FieldType::LongText,
         QMS_RAWTEXT(R, effectivenessResult)},
        {"nonconformities", QT_TRANSLATE_NOOP("qms::Field", "Nonconformities"), FieldType::IdList,
         QMS_IDS(R, nonconformities, RecordKind::Nonconformity)},
        {"clauses", QT_TRANSLATE_NOOP("qms::Field", "Clauses"), FieldType::ClauseList, QMS_CLAUSES(R)},
    };
    return defs;
}

QString recordTitle(const Document& d) {
    return d.title;
}
QString recordTitle(const Process& p) {
    return p.name;
}
QString recordTitle(const Nonconformity& n) {
    return n.title;
}
QString recordTitle(const CorrectiveAction& c) {
    return c.title;
}

} // namespace qms
