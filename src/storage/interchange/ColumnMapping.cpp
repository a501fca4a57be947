#include "ColumnMapping.h"

#include "domain/ClauseCatalogue.h"
#include "domain/FieldCodec.h"
#include "domain/Validation.h"
#include "domain/kinds/RecordTypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::ColumnMapping)
};

// "NC No." -> "ncno", "Date raised" -> "dateraised": spreadsheets vary in case, spaces and dots.
QString normalised(const QString& text) {
    QString out;
    for (QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

template <typename R> QList<ImportTarget> targetsOf() {
    QSet<QString> required;
    for (const FieldError& e : validateRecord(R{}, ClauseCatalogue::iso9001(), QDate::currentDate()))
        required.insert(e.field);
    QList<ImportTarget> out{{QStringLiteral("id"), Tr::tr("ID"), false}};
    for (const auto& f : recordFields<R>())
        if (f.set)
            out.append({QString::fromLatin1(f.key), translateFieldLabel(f.label),
                        required.contains(QString::fromLatin1(f.key))});
    return out;
}

template <typename R> QString englishLabel(const QString& key) {
    for (const auto& f : recordFields<R>())
        if (key == QLatin1String(f.key))
            return QString::fromLatin1(f.label);
    return {};
}

bool isSynonym(const QString& normalisedHeader, const char* synonyms) {
    if (!synonyms)
        return false;
    for (const QString& name : QString::fromUtf8(synonyms).split(QLatin1Char('|'), Qt::SkipEmptyParts))
        if (normalisedHeader == normalised(name))
            return true;
    return false;
}

// Column names seen in ISO 9001 registers kept in spreadsheets, as the kind declares them: those
// of the id first, then each field's in field order.
template <typename R> QString synonymTarget(const QString& normalisedHeader) {
    if (isSynonym(normalisedHeader, declOf<R>().idSynonyms))
        return QStringLiteral("id");
    for (const auto& f : recordFields<R>())
        if (isSynonym(normalisedHeader, f.synonyms))
            return QString::fromLatin1(f.key);
    return {};
}

// The target a header names, in order of confidence: key, English label, translated label, synonym.
QString matchTarget(RecordKind kind, const QList<ImportTarget>& targets, const QString& header) {
    const QString h = normalised(header);
    if (h.isEmpty())
        return {};
    for (const ImportTarget& t : targets)
        if (h == normalised(t.key))
            return t.key;
    for (const ImportTarget& t : targets)
        if (h == normalised(englishLabelOf(kind, t.key)) || h == normalised(t.label))
            return t.key;
    return visitRecordKind(kind, [&](auto type) {
        using R = typename decltype(type)::type;
        return synonymTarget<R>(h);
    });
}

QString labelOf(const QList<ImportTarget>& targets, const QString& key) {
    for (const ImportTarget& t : targets)
        if (t.key == key)
            return t.label;
    return key;
}

} // namespace

QString englishLabelOf(RecordKind kind, const QString& key) {
    if (key == QLatin1String("id"))
        return QStringLiteral("ID");
    return visitRecordKind(kind, [&](auto type) {
        using R = typename decltype(type)::type;
        return englishLabel<R>(key);
    });
}

QList<ImportTarget> ColumnMapping::targets(RecordKind kind) {
    return visitRecordKind(kind, [](auto type) {
        using R = typename decltype(type)::type;
        return targetsOf<R>();
    });
}

ColumnMapping ColumnMapping::suggest(RecordKind kind, const QStringList& header) {
    const QList<ImportTarget> all = targets(kind);
    ColumnMapping m;
    QSet<QString> used;
    for (const QString& name : header) {
        const QString key = matchTarget(kind, all, name);
        if (key.isEmpty() || used.contains(key)) {
            m.m_targets << QString();
            continue;
        }
        used.insert(key);
        m.m_targets << key;
    }
    return m;
}

Result<ColumnMapping> ColumnMapping::fromAssignments(RecordKind kind, const QStringList& header,
                                                     const QStringList& assignments) {
    ColumnMapping m = suggest(kind, header);
    const QList<ImportTarget> all = targets(kind);
    QList<FieldError> problems;
    for (const QString& assignment : assignments) {
        const int eq = assignment.lastIndexOf(QLatin1Char('='));
        if (eq < 0) {
            problems.append({QString(), Tr::tr("\"%1\" is not COLUMN=FIELD").arg(assignment)});
            continue;
        }
        const QString column = assignment.left(eq).trimmed();
        const QString field = assignment.mid(eq + 1).trimmed();
        int index = -1;
        for (int i = 0; i < header.size() && index < 0; ++i)
            if (normalised(header[i]) == normalised(column) && !normalised(column).isEmpty())
                index = i;
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        if (index < 0 && isNumber && number >= 1 && number <= header.size())
            index = number - 1;
        if (index < 0) {
            problems.append({QString(), Tr::tr("the file has no column \"%1\"; its columns are: %2")
                                            .arg(column, header.join(QStringLiteral(", ")))});
            continue;
        }
        if (field.isEmpty() || field == QLatin1String("-")) {
            m.m_targets[index].clear();
            continue;
        }
        QString key;
        for (const ImportTarget& t : all)
            if (normalised(field) == normalised(t.key) ||
                normalised(field) == normalised(englishLabelOf(kind, t.key)) ||
                normalised(field) == normalised(t.label))
                key = t.key;
        if (key.isEmpty()) {
            QStringList keys;
            for (const ImportTarget& t : all)
                keys << t.key;
            problems.append({QString(), Tr::tr("\"%1\" is not a field of %2; the fields are: %3")
                                            .arg(field, inSentence(recordKindPluralLabel(kind)),
                                                 keys.join(QStringLiteral(", ")))});
            continue;
        }
        // An explicit assignment wins over a suggestion of the same field elsewhere.
        for (int i = 0; i < m.m_targets.size(); ++i)
            if (i != index && m.m_targets[i] == key)
                m.m_targets[i].clear();
        m.m_targets[index] = key;
    }
    if (!problems.isEmpty())
        return Error{ErrorCode::Invalid, Tr::tr("The column mapping has problems:"), problems};
    return m;
}

Result<QStringList> ColumnMapping::readAssignments(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QStringList out;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            out << t;
    }
    return out;
}

void ColumnMapping::setTarget(int column, const QString& key) {
    if (column < 0)
        return;
    while (m_targets.size() <= column)
        m_targets << QString();
    m_targets[column] = key;
}

bool ColumnMapping::isPlain(RecordKind kind, const QStringList& header) const {
    if (m_targets.size() != header.size() || header.isEmpty() || m_targets.first() != QLatin1String("id"))
        return false;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed().toLower();
        if (m_targets[i].isEmpty() ||
            (h != m_targets[i] && h != englishLabelOf(kind, m_targets[i]).toLower()))
            return false;
    }
    return true;
}

QList<MappingProblem> ColumnMapping::problems(RecordKind kind) const {
    const QList<ImportTarget> all = targets(kind);
    QList<MappingProblem> out;
    QHash<QString, int> columnOf;
    for (int i = 0; i < m_targets.size(); ++i) {
        const QString& key = m_targets[i];
        if (key.isEmpty())
            continue;
        if (columnOf.contains(key))
            out.append({key, i + 1,
                        Tr::tr("the field \"%1\" (%2) is fed by columns %3 and %4; choose one")
                            .arg(labelOf(all, key), key)
                            .arg(columnOf.value(key))
                            .arg(i + 1)});
        else
            columnOf.insert(key, i + 1);
    }
    for (const ImportTarget& t : all)
        if (t.required && !columnOf.contains(t.key))
            out.append(
                {t.key, 0,
                 Tr::tr("the required field \"%1\" (%2) is not mapped to any column").arg(t.label, t.key)});
    return out;
}

Result<MappedTable> ColumnMapping::apply(RecordKind kind, const CsvTable& table) const {
    if (m_targets.size() != table.header.size())
        return makeError(ErrorCode::Invalid, Tr::tr("The column mapping is for %1 columns, the file has %2.")
                                                 .arg(m_targets.size())
                                                 .arg(table.header.size()));
    const QList<MappingProblem> found = problems(kind);
    if (!found.isEmpty()) {
        QList<FieldError> fields;
        for (const MappingProblem& p : found)
            fields.append({p.field, p.message});
        return Error{
            ErrorCode::Invalid,
            Tr::tr("The columns of the file do not fit %1:").arg(inSentence(recordKindPluralLabel(kind))),
            fields};
    }
    MappedTable out;
    out.sourceWidth = int(table.header.size());
    out.table.encoding = table.encoding;
    out.table.delimiter = table.delimiter;
    out.table.headerLine = table.headerLine;
    // The importer wants the id first; the other columns keep the file's order.
    const int idColumn = int(m_targets.indexOf(QStringLiteral("id")));
    QList<int> picked{idColumn};
    for (int i = 0; i < m_targets.size(); ++i)
        if (!m_targets[i].isEmpty() && i != idColumn)
            picked << i;
    for (int c : picked) {
        out.table.header << (c < 0 ? QStringLiteral("id") : m_targets[c]);
        out.sourceColumns << c + 1; // 0 for the generated id
    }
    out.table.rows.reserve(table.rows.size());
    for (const CsvRow& row : table.rows) {
        CsvRow mapped;
        mapped.line = row.line;
        if (row.fields.size() != table.header.size()) {
            out.wrongWidth.insert(row.line, int(row.fields.size()));
        } else {
            mapped.fields.reserve(picked.size());
            for (int c : picked)
                mapped.fields << (c < 0 ? QString() : row.fields[c]);
        }
        out.table.rows.append(std::move(mapped));
    }
    return out;
}

} // namespace qms
