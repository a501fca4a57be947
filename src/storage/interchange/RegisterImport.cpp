#include "RegisterImport.h"

#include "domain/FieldCodec.h"
#include "domain/Permissions.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/RecordTraits.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <QVariant>
#include <algorithm>
#include <optional>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace qms {
namespace importing {
namespace {

Q_LOGGING_CATEGORY(lcImport, "qmsdesk.storage.import", QtInfoMsg)

// The importer's messages share one translation context (also in RecordImporter.cpp).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::RecordImporter)
};

// Columns that may name records that do not exist yet: a two-way link whose other side makes it
// when that record is imported (see the class comment and LinkDecl::otherMayFollow).
template <typename R> bool mayNameLaterRecords(const QString& key) {
    const LinkDecl* link = declOf<R>().link(key);
    return link && link->hasOther && (!link->own || link->otherMayFollow);
}

// Runs fn(i) for i in [0, n) on up to `threads` threads, in chunks; inline when small. The rows of
// an import are read and validated independently: only the reporting is in file order.
template <typename Fn> void forEachIndexInParallel(qsizetype n, Fn fn) {
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    if (threads == 1 || n < 2000) {
        for (qsizetype i = 0; i < n; ++i)
            fn(i);
        return;
    }
    std::vector<std::thread> pool;
    const qsizetype chunk = (n + threads - 1) / threads;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back([&fn, t, chunk, n] {
            for (qsizetype i = t * chunk; i < std::min(n, (t + 1) * chunk); ++i)
                fn(i);
        });
    for (qsizetype i = 0; i < std::min(n, chunk); ++i)
        fn(i);
    for (std::thread& th : pool)
        th.join();
}

} // namespace

// A big import frees hundreds of MiB at its end. glibc keeps them in its arenas, where they slow
// later work down (a verify right after a 100,000-row import ran 2.8 times slower in the same
// process): hand them back to the system.
void releaseFreedHeap(qsizetype rows) {
#ifdef __GLIBC__
    if (rows >= 10000)
        malloc_trim(0);
#else
    Q_UNUSED(rows);
#endif
}

namespace {

// A list of ids, or a field naming one record of another kind (an NC's process).
template <typename R> bool isReferenceField(const FieldDef<R>& f) {
    if (f.type == FieldType::IdList)
        return true;
    for (const RefDecl& ref : declOf<R>().refs)
        if (qstrcmp(f.key, ref.field) == 0)
            return true;
    return false;
}

} // namespace

template <typename R>
void RegisterImport<R>::problem(int line, int column, const QString& field, const QString& message) {
    if (full())
        return;
    if (m_mapped && column > 0)
        column = m_mapped->sourceColumns.value(column - 1);
    if (column > 0)
        m_problems << Tr::tr("%1 line %2, column %3 (%4): %5")
                          .arg(m_source)
                          .arg(line)
                          .arg(column)
                          .arg(field, message);
    else if (!field.isEmpty())
        m_problems << Tr::tr("%1 line %2 (%3): %4").arg(m_source).arg(line).arg(field, message);
    else
        m_problems << Tr::tr("%1 line %2: %3").arg(m_source).arg(line).arg(message);
    m_problemList.append({line, column, field, message, m_problems.last()});
}

template <typename R> bool RegisterImport<R>::readHeader() {
    const int line = m_table.headerLine;
    const QStringList& header = m_table.header;
    if (header.isEmpty() || (header.size() == 1 && header.first().trimmed().isEmpty())) {
        problem(line, 0, {}, Tr::tr("the file has no header line"));
        return false;
    }
    const QString first = header.first().trimmed();
    if (first.compare(QLatin1String("id"), Qt::CaseInsensitive) != 0)
        problem(line, 1, first, Tr::tr("the first column must be the record id, headed \"id\""));
    m_columns.append(nullptr);
    QStringList known;
    for (const auto& f : recordFields<R>())
        if (f.set)
            known << QString::fromLatin1(f.key);
    for (int i = 1; i < header.size(); ++i) {
        const QString name = header[i].trimmed();
        const FieldDef<R>* f = findField<R>(name);
        if (name.isEmpty())
            problem(line, i + 1, name, Tr::tr("the column has no name"));
        else if (!f)
            problem(line, i + 1, name,
                    Tr::tr("unknown column; the columns of %1 are: id, %2")
                        .arg(inSentence(recordKindPluralLabel(RecordRepository<R>::kind())),
                             known.join(QStringLiteral(", "))));
        else if (!f->set)
            problem(line, i + 1, name, Tr::tr("filled in by the workflow, it cannot be imported"));
        else if (m_columnOfKey.contains(QString::fromLatin1(f->key)))
            problem(line, i + 1, name,
                    Tr::tr("the column appears twice (also column %1)").arg(m_columnOfKey.value(f->key)));
        else
            m_columnOfKey.insert(QString::fromLatin1(f->key), i + 1);
        m_columns.append(f && f->set ? f : nullptr);
    }
    // Required columns: those an empty record fails validation on.
    QStringList missing;
    for (const FieldError& e : validateRecord(R{}, m_ws.catalogue(), m_ws.clock().today()))
        if (!m_columnOfKey.contains(e.field) && !missing.contains(e.field))
            missing << e.field;
    for (const QString& key : missing)
        problem(line, 0, {}, Tr::tr("the required column \"%1\" is missing").arg(key));
    return m_problems.isEmpty();
}

template <typename R> Status RegisterImport<R>::loadExistingIds() {
    QSqlDatabase& db = m_ws.database().connection();
    for (RecordKind kind : recordKinds()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM %1").arg(tableFor(kind))))
            return sqlError(q.lastError(),
                            Tr::tr("Reading the ids of %1").arg(inSentence(recordKindPluralLabel(kind))));
        QSet<QString>& ids = m_existing[kind];
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM %1").arg(RecordRepository<R>::table())) ||
        !q.next())
        return sqlError(q.lastError(), Tr::tr("Numbering the imported records"));
    m_maxSeq = q.value(0).toLongLong();
    return {};
}

template <typename R> void RegisterImport<R>::readRows() {
    const RecordKind kind = RecordRepository<R>::kind();
    const int columns = m_table.header.size();
    // First every row's fields, in parallel: the costly part, and independent per row.
    std::vector<std::optional<Row>> parsed(size_t(m_table.rows.size()));
    forEachIndexInParallel(m_table.rows.size(), [&](qsizetype i) {
        const CsvRow& csv = m_table.rows[i];
        if (csv.fields.size() != columns)
            return;
        Row row;
        row.line = csv.line;
        for (int c = 1; c < columns; ++c) {
            const FieldDef<R>* f = m_columns[c];
            QString error = f->set(row.record, csv.fields[c]);
            if (!error.isEmpty()) {
                row.fieldErrors.append({c, std::move(error)});
                row.unreadable.insert(QString::fromLatin1(f->key));
            }
        }
        parsed[size_t(i)] = std::move(row);
    });
    // Then ids and problems in file order.
    qint64 maxGiven = 0;
    m_rows.reserve(m_table.rows.size());
    for (qsizetype i = 0; i < m_table.rows.size(); ++i) {
        const CsvRow& csv = m_table.rows[i];
        if (full())
            return;
        if (!parsed[size_t(i)]) {
            // After a mapping, the counts of the file itself are the ones that mean something.
            const int given = m_mapped ? m_mapped->wrongWidth.value(csv.line, int(csv.fields.size()))
                                       : int(csv.fields.size());
            problem(csv.line, 0, {},
                    Tr::tr("%1 fields, but the header has %2 columns")
                        .arg(given)
                        .arg(m_mapped ? m_mapped->sourceWidth : columns));
            continue;
        }
        Row row = std::move(*parsed[size_t(i)]);
        parsed[size_t(i)].reset();
        const QString id = csv.fields.first().trimmed();
        bool& idOk = row.idOk;
        if (id.isEmpty()) {
            row.autoId = true;
        } else {
            const auto parsedId = parseRecordId(id);
            if (!parsedId || parsedId->first != kind) {
                problem(csv.line, 1, QStringLiteral("id"),
                        Tr::tr("\"%1\" is not a %2 id like %3")
                            .arg(id, inSentence(recordKindLabel(kind)), formatRecordId(kind, 1)));
                idOk = false;
            } else {
                row.record.meta.id = formatRecordId(kind, parsedId->second);
                if (m_existing.value(kind).contains(row.record.meta.id)) {
                    problem(
                        csv.line, 1, QStringLiteral("id"),
                        Tr::tr("%1 exists already in the database (duplicate id)").arg(row.record.meta.id));
                    idOk = false;
                } else if (m_rowOfId.contains(row.record.meta.id)) {
                    problem(csv.line, 1, QStringLiteral("id"),
                            Tr::tr("%1 appears twice (also on line %2)")
                                .arg(row.record.meta.id)
                                .arg(m_rows[m_rowOfId.value(row.record.meta.id)].line));
                    idOk = false;
                } else {
                    maxGiven = std::max(maxGiven, parsedId->second);
                }
            }
        }
        for (const auto& [c, error] : row.fieldErrors)
            problem(csv.line, c + 1, QString::fromLatin1(m_columns[c]->key), error);
        row.fieldErrors.clear();
        if (idOk && !row.autoId)
            m_rowOfId.insert(row.record.meta.id, m_rows.size());
        m_rows.append(std::move(row));
    }
    // Empty ids continue after everything used so far, so they never collide with a given id.
    qint64 next = std::max(m_maxSeq, maxGiven) + 1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows[i].autoId)
            continue;
        m_rows[i].record.meta.id = formatRecordId(kind, next++);
        m_rowOfId.insert(m_rows[i].record.meta.id, i);
    }
}

template <typename R> void RegisterImport<R>::checkRows() {
    const RecordKind kind = RecordRepository<R>::kind();
    // Validation needs nothing but the record: in parallel, reported below in file order.
    const QDate today = m_ws.clock().today();
    const ClauseCatalogue& catalogue = m_ws.catalogue();
    m_validatedOn = today;
    forEachIndexInParallel(m_rows.size(), [&](qsizetype i) {
        m_rows[i].invalid = validateRecord(m_rows[i].record, catalogue, today);
    });
    for (int i = 0; i < m_rows.size() && !full(); ++i) {
        Row& row = m_rows[i];
        for (const FieldError& e : std::exchange(row.invalid, {}))
            if (!row.unreadable.contains(e.field))
                problem(row.line, m_columnOfKey.value(e.field), e.field, e.message);
        for (const auto& f : recordFields<R>()) {
            const QString key = QString::fromLatin1(f.key);
            if (!f.set || !isReferenceField(f) || !m_columnOfKey.contains(key) ||
                row.unreadable.contains(key))
                continue;
            const int column = m_columnOfKey.value(key);
            const QStringList ids = codec::parseList(f.get(row.record));
            QStringList now;   // what the record gets when it is created
            QStringList final; // after the second pass
            QStringList later;
            for (const QString& id : ids) {
                const auto parsed = parseRecordId(id);
                const RecordKind target = parsed ? parsed->first : kind;
                const int inFile = target == kind ? m_rowOfId.value(id, -1) : -1;
                if (m_existing.value(target).contains(id) || (inFile >= 0 && inFile < i)) {
                    now << id;
                    final << id;
                } else if (inFile >= 0) {
                    later << id; // created further down the file
                    final << id;
                } else if (mayNameLaterRecords<R>(key)) {
                    m_report.notes
                        << Tr::tr(
                               "%1 line %2, column %3 (%4): %5 does not exist yet; the link is made when %5 "
                               "is imported naming %6")
                               .arg(m_source)
                               .arg(row.line)
                               .arg(column)
                               .arg(key, id, row.record.meta.id);
                } else {
                    problem(row.line, column, key, Tr::tr("%1 does not exist").arg(id));
                }
            }
            if (now.size() != ids.size()) {
                f.set(row.record, codec::list(now));
                if (!later.isEmpty())
                    row.laterLinks.append({&f, codec::list(final)});
            }
        }
    }
}

template <typename R> Status RegisterImport<R>::store() {
    auto& repo = m_ws.records<R>();
    SaveOptions options;
    options.isImport = true;
    // Stored in the audit trail: English whatever the GUI language, like all stored text.
    options.reason = QStringLiteral("imported from %1").arg(m_source);
    auto report = [&](const Row& row, const Error& e) {
        if (e.fields.isEmpty()) {
            problem(row.line, 0, {}, e.message);
            return;
        }
        for (const FieldError& f : e.fields)
            problem(row.line, m_columnOfKey.value(f.field), f.field, f.message);
    };
    // One time stamp for the whole import. (Preparing the next records on a second thread while
    // this one writes was tried: on two cores it made the import about 10 % slower, because
    // SQLite's writing, not the preparing, bounds it.)
    const QDateTime now = m_ws.clock().nowUtc();
    for (const Row& row : m_rows) {
        // checkRows() validated every row, and nothing gets here with a problem: the prepared
        // path does not validate again. (Dropping links to records further down, as checkRows()
        // does, can only take problems away.)
        auto saved =
            RecordRepository<R>::canPrepareCreate(row.record)
                ? repo.createPrepared(repo.prepareCreate(row.record, options, now, m_validatedOn), options)
                : repo.createInTransaction(row.record, options);
        if (!saved)
            report(row, saved.error());
        else
            m_report.createdIds << saved->meta.id;
        if (full())
            break;
    }
    if (!m_problems.isEmpty())
        return failure();
    SaveOptions linking = options;
    linking.reason = QStringLiteral("imported from %1: links to records further down the file").arg(m_source);
    for (const Row& row : m_rows) {
        if (row.laterLinks.isEmpty())
            continue;
        auto stored = repo.get(row.record.meta.id);
        if (!stored)
            return stored.error();
        R edited = *stored;
        for (const auto& [field, value] : row.laterLinks)
            field->set(edited, value);
        auto saved = repo.saveInTransaction(edited, linking);
        if (!saved)
            report(row, saved.error());
    }
    return m_problems.isEmpty() ? Status() : Status(failure());
}

template <typename R> Error RegisterImport<R>::failure() const {
    QList<FieldError> fields;
    for (const QString& p : m_problems)
        fields.append({QString(), p});
    QString message =
        m_problems.size() == 1
            ? Tr::tr("%1 has a problem; nothing was imported:").arg(m_source)
            : Tr::tr("%1 has %2 problems; nothing was imported:").arg(m_source).arg(m_problems.size());
    if (full())
        message =
            Tr::tr("%1 has at least %2 problems; nothing was imported:").arg(m_source).arg(m_problems.size());
    return Error{ErrorCode::Invalid, message, fields};
}

template <typename R> Result<ImportReport> RegisterImport<R>::run() {
    if (auto s = Permissions::canImport(m_ws.user()); !s)
        return s.error();
    if (m_ws.isReadOnly())
        return makeError(ErrorCode::ReadOnly,
                         Tr::tr("%1 is open read-only; nothing can be imported.").arg(m_ws.path()));
    QElapsedTimer timer;
    timer.start();
    if (!readHeader())
        return m_preview ? finishPreview() : Result<ImportReport>(failure());
    if (auto s = loadExistingIds(); !s)
        return s.error();
    readRows();
    if (m_preview)
        fillPreviewRows();
    checkRows();
    qCDebug(lcImport) << m_source << ":" << m_rows.size() << "rows read and checked in" << timer.restart()
                      << "ms";
    if (!m_problems.isEmpty())
        return m_preview ? finishPreview() : Result<ImportReport>(failure());
    if (m_preview) {
        // Store everything as the import would, then roll back: the repositories' own checks
        // (workflow requirements of imported states, references) are found too.
        bool rolledBack = false;
        const Status s = m_ws.database().write([this, &rolledBack]() -> Status {
            if (auto st = store(); !st)
                return st;
            rolledBack = true;
            return makeError(ErrorCode::Internal, QStringLiteral("dry run: roll back"));
        });
        if (!s && !rolledBack && m_problems.isEmpty())
            return s.error();
        return finishPreview();
    }
    if (auto s = m_ws.database().write([this] { return store(); }); !s) {
        m_report.createdIds.clear();
        return s.error();
    }
    qCDebug(lcImport) << m_source << ":" << m_rows.size() << "records stored and committed in"
                      << timer.elapsed() << "ms";
    return m_report;
}

template <typename R> void RegisterImport<R>::fillPreviewRows() {
    m_preview->fields.clear();
    m_preview->fields << QStringLiteral("id");
    for (int c = 1; c < m_columns.size(); ++c)
        m_preview->fields << (m_columns[c] ? QString::fromLatin1(m_columns[c]->key)
                                           : m_table.header.value(c));
    m_preview->rowCount = int(m_table.rows.size());
    const int wanted = int(std::min<qsizetype>(m_rows.size(), std::max(m_previewRows, 0)));
    QHash<int, const CsvRow*> csvOfLine; // rows of a wrong width are not in m_rows: look up by line
    for (int i = 0; i < wanted; ++i)
        csvOfLine.insert(m_rows[i].line, nullptr);
    for (const CsvRow& csv : m_table.rows)
        if (auto it = csvOfLine.find(csv.line); it != csvOfLine.end())
            *it = &csv;
    for (int i = 0; i < wanted; ++i) {
        const Row& row = m_rows[i];
        const CsvRow* csv = csvOfLine.value(row.line);
        ImportPreview::Row out;
        out.line = row.line;
        out.values << (row.idOk ? row.record.meta.id : csv->fields.value(0).trimmed());
        for (int c = 1; c < m_columns.size(); ++c) {
            const FieldDef<R>* f = m_columns[c];
            out.values << (f && !row.unreadable.contains(QString::fromLatin1(f->key)) ? f->get(row.record)
                                                                                      : csv->fields.value(c));
        }
        m_preview->rows.append(std::move(out));
    }
}

template <typename R> Result<ImportReport> RegisterImport<R>::finishPreview() {
    m_preview->problems = m_problemList;
    m_preview->notes = m_report.notes;
    if (!m_problems.isEmpty())
        m_preview->summary = failure().message;
    m_report.createdIds.clear(); // nothing was created
    return m_report;
}

#define QMS_INSTANTIATE(R) template class RegisterImport<R>;
QMS_FOR_EACH_RECORD_TYPE(QMS_INSTANTIATE)
#undef QMS_INSTANTIATE

} // namespace importing
} // namespace qms
