// Every declared kind of record goes through the same life: created, validated, saved, refused when
// stale, audited, verified, found, exported and imported back, listed in its register and printed
// in the audit pack. A new kind is tested here by being declared: nothing below names a kind.

#include "PdfTools.h"
#include "domain/FieldCodec.h"
#include "domain/kinds/KindRules.h"
#include "domain/kinds/RecordTypes.h"
#include "report/AuditPackWriter.h"
#include "storage/Database.h"
#include "storage/RecordFieldAccess.h"
#include "storage/RegisterQuery.h"
#include "storage/SearchIndex.h"
#include "storage/Workspace.h"
#include "storage/interchange/RecordExporter.h"
#include "storage/interchange/RecordImporter.h"
#include "support/QtCatch.h"
#include "support/TempDir.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace qms;

namespace {

QDateTime conformanceNow() {
    return QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
}

template <typename T> std::string why(const Result<T>& r) {
    return r.ok() ? std::string("ok") : r.error().describe().toStdString();
}

// A value of the field's type that passes the codec (the kind's own rules may still refuse it).
template <typename R> QString sampleValue(const FieldDef<R>& f, const QDate& today) {
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return QStringLiteral("Conformance %1").arg(QString::fromLatin1(f.key));
    case FieldType::Date:
        return codec::date(today);
    case FieldType::DateTime:
        return codec::dateTime(conformanceNow());
    case FieldType::Int:
        return QStringLiteral("1");
    case FieldType::Bool:
        return QStringLiteral("yes");
    case FieldType::ClauseList:
        return QStringLiteral("8.7");
    case FieldType::Enum:
    case FieldType::IdList:
    case FieldType::Kpis:
    case FieldType::Revisions:
    case FieldType::ItemStates:
        return {};
    }
    return {};
}

// A new record of kind R that its repository accepts: the kind's defaults, a title with a word
// that nothing else contains, then whatever the first refusals name as missing.
template <typename R> R acceptableRecord(Workspace& ws, const QString& word) {
    const KindDecl& decl = declOf<R>();
    R record = newRecord<R>({ws.clock().today(), ws.user().name});
    for (const auto& f : recordFields<R>()) {
        if (qstrcmp(f.key, decl.titleField) == 0)
            REQUIRE(f.set(record, QStringLiteral("Conformance %1 record").arg(word)).isEmpty());
        if (f.type == FieldType::ClauseList && f.set)
            REQUIRE(f.set(record, QStringLiteral("8.7")).isEmpty());
    }
    return record;
}

template <typename R> Result<R> createFilled(Workspace& ws, R record) {
    for (int attempt = 0; attempt < 5; ++attempt) {
        auto created = ws.records<R>().create(record);
        if (created || created.error().code != ErrorCode::Invalid || created.error().fields.isEmpty())
            return created;
        for (const FieldError& problem : created.error().fields)
            for (const auto& f : recordFields<R>())
                if (problem.field == QLatin1String(f.key) && f.set) {
                    const QString value = sampleValue(f, ws.clock().today());
                    if (!value.isEmpty())
                        f.set(record, value);
                }
    }
    return ws.records<R>().create(record);
}

QByteArray exportCsv(Workspace& ws, RecordKind kind) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status s = RecordExporter(ws).writeCsv(kind, &buffer);
    INFO((s.ok() ? std::string() : s.error().describe().toStdString()));
    REQUIRE(s.ok());
    return buffer.data();
}

template <typename R> void runConformance(const QString& folder) {
    const KindDecl& decl = declOf<R>();
    const QString key = QString::fromLatin1(decl.key);
    INFO("kind " << decl.key);
    auto clock = std::make_shared<FixedClock>(conformanceNow());
    auto made = Workspace::create(folder + QStringLiteral("/%1.qms").arg(key),
                                  {QStringLiteral("Conformance Ltd"), QStringLiteral("qm"), {}}, clock);
    REQUIRE(made.ok());
    Workspace& ws = **made;
    // Its table (made by a numbered migration) has exactly the bookkeeping and the declared
    // scalar fields, in order.
    {
        QStringList columns;
        QSqlQuery q(ws.database().connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QString::fromLatin1(decl.table))));
        while (q.next())
            columns << q.value(1).toString();
        const QStringList expected = QStringList{QStringLiteral("id"),         QStringLiteral("seq"),
                                                 QStringLiteral("version"),    QStringLiteral("created_at"),
                                                 QStringLiteral("created_by"), QStringLiteral("updated_at"),
                                                 QStringLiteral("updated_by")} +
                                     detail::scalarKeys<R>();
        CHECK(columns == expected);
    }
    const QString word = QStringLiteral("zqx%1").arg(QString::fromLatin1(decl.prefix).toLower());

    // Created: an id of the kind's prefix, version 1, a create entry in the trail.
    auto created = createFilled(ws, acceptableRecord<R>(ws, word));
    INFO(why(created));
    REQUIRE(created.ok());
    R record = *created;
    CHECK(record.meta.id.startsWith(QString::fromLatin1(decl.prefix) + QLatin1Char('-')));
    CHECK(record.meta.version == 1);
    CHECK(parseRecordId(record.meta.id)->first == decl.kind);
    CHECK(decl.state(stateOf(record)) != nullptr); // its state is one the kind declares
    CHECK(isOpenRecord(record));                   // a new record is open

    // Validated: a record without its title is refused, naming the field.
    {
        R untitled = record;
        for (const auto& f : recordFields<R>())
            if (qstrcmp(f.key, decl.titleField) == 0)
                f.set(untitled, QString());
        auto refused = ws.records<R>().save(untitled);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Invalid);
    }

    // Saved: the title changes, the version goes up, the trail names the field.
    R edited = record;
    for (const auto& f : recordFields<R>())
        if (qstrcmp(f.key, decl.titleField) == 0)
            f.set(edited, QStringLiteral("Conformance %1 record, edited").arg(word));
    auto saved = ws.records<R>().save(edited);
    INFO(why(saved));
    REQUIRE(saved.ok());
    CHECK(saved->meta.version == 2);
    CHECK(recordTitle(*saved).endsWith(QStringLiteral("edited")));
    auto reread = ws.records<R>().get(record.meta.id);
    REQUIRE(reread.ok());
    CHECK(fieldValues(*reread) == fieldValues(*saved));

    // Stale: saving the version-1 copy again is refused.
    auto stale = ws.records<R>().save(record);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);

    // Audited and verified.
    auto history = ws.audit().forRecord(record.meta.id);
    REQUIRE(history.ok());
    CHECK(history->size() >= 2);
    auto report = ws.verify();
    REQUIRE(report.ok());
    CHECK(report->ok());

    // Found by a word only it has.
    auto hits = ws.search().search(word);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().id == record.meta.id);
    CHECK(hits->front().kind == decl.kind);

    // Listed in its register, every declared column filled in.
    RegisterQuery query(ws, decl.kind);
    auto count = query.count();
    REQUIRE(count.ok());
    CHECK(*count == 1);
    auto rows = query.fetch(0, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().id == record.meta.id);
    CHECK(rows->front().values.size() == qsizetype(decl.columns.size()));
    CHECK(RegisterQuery::columns(decl.kind).size() == qsizetype(decl.columns.size()));
    for (int column = 0; column < int(decl.columns.size()); ++column) {
        query.setSort(column, true); // every column sorts
        CHECK(query.fetch(0, 10).ok());
    }

    // CSV export -> import into a fresh file -> export: the same bytes.
    const QByteArray first = exportCsv(ws, decl.kind);
    const QString csvPath = folder + QStringLiteral("/%1.csv").arg(key);
    {
        QFile out(csvPath);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(first);
    }
    auto fresh = Workspace::create(folder + QStringLiteral("/%1-copy.qms").arg(key),
                                   {QStringLiteral("Conformance Ltd"), QStringLiteral("qm"), {}}, clock);
    REQUIRE(fresh.ok());
    auto imported = RecordImporter(**fresh).importFile(decl.kind, csvPath);
    INFO(why(imported));
    REQUIRE(imported.ok());
    CHECK(exportCsv(**fresh, decl.kind) == first);
    auto freshReport = (*fresh)->verify();
    REQUIRE(freshReport.ok());
    CHECK(freshReport->ok());

    // In the audit pack's register of its kind.
    report::PackScope scope;
    scope.types = {decl.kind};
    scope.includeClosed = true;
    const QString pdf = folder + QStringLiteral("/%1.pdf").arg(key);
    report::AuditPackWriter writer;
    writer.setClock(clock);
    auto pack = writer.write(ws, scope, pdf);
    INFO(why(pack));
    REQUIRE(pack.ok());
    CHECK(test::pdfText(pdf).contains(record.meta.id));
}

} // namespace

TEST_CASE("Kinds: every declared kind is created, validated, saved, audited, found, exported and packed") {
    test::TempDir dir;
    forEachRecordType([&](auto type) { runConformance<typename decltype(type)::type>(dir.path()); });
}

TEST_CASE("Kinds: each declaration is consistent with its fields and its states") {
    forEachRecordType([](auto type) {
        using R = typename decltype(type)::type;
        const KindDecl& decl = declOf<R>();
        INFO("kind " << decl.key);
        CHECK(&kindDecl(decl.kind) == &decl);
        CHECK(kindDeclByName(QString::fromLatin1(decl.key)) == &decl);
        CHECK(recordPrefix(decl.kind) == QLatin1String(decl.prefix));
        QStringList keys;
        for (const auto& f : recordFields<R>())
            keys << QString::fromLatin1(f.key);
        CHECK(keys.contains(QString::fromLatin1(decl.titleField)));
        CHECK(keys.contains(QString::fromLatin1(decl.ownerField)));
        CHECK(keys.contains(QString::fromLatin1(decl.statusField)));
        CHECK(keys.removeDuplicates() == 0);
        REQUIRE_FALSE(decl.states.empty());
        CHECK_FALSE(decl.openStates().isEmpty());
        // The default state of a new record is declared, and every state has a label.
        CHECK(decl.state(stateOf(R{})) != nullptr);
        for (const StateDecl& s : decl.states)
            CHECK_FALSE(decl.stateLabel(QString::fromLatin1(s.key)).isEmpty());
        for (const LinkDecl& l : decl.links) {
            CHECK(keys.contains(QString::fromLatin1(l.field)));
            if (l.hasOther) // the other side names this link back
                CHECK(kindDecl(l.other).link(QString::fromLatin1(l.otherField)) != nullptr);
        }
        for (const DueRule& rule : decl.dueRules) {
            CHECK(keys.contains(QString::fromLatin1(rule.dateField)));
            for (const QString& state : decl.ruleStates(rule))
                CHECK(decl.state(state) != nullptr);
        }
        REQUIRE_FALSE(decl.columns.empty());
        CHECK(decl.columns.front().type == ColumnType::Id);
        for (const ColumnDecl& c : decl.columns)
            if (c.compute == ColumnCompute::Field && c.type != ColumnType::Id)
                CHECK(keys.contains(QString::fromLatin1(c.key)));
        for (const char* c : decl.cliColumns)
            CHECK(keys.contains(QString::fromLatin1(c)));
    });
}

TEST_CASE("Kinds: an enum-status kind's states are its status enum, in order") {
    forEachRecordType([](auto type) {
        using R = typename decltype(type)::type;
        const KindDecl& decl = declOf<R>();
        for (const auto& f : recordFields<R>()) {
            if (qstrcmp(f.key, decl.statusField) != 0 || f.type != FieldType::Enum)
                continue;
            INFO("kind " << decl.key);
            // Each declared state parses back as the status field, in the declared order.
            R record;
            for (const StateDecl& s : decl.states) {
                CHECK(f.set(record, QString::fromLatin1(s.key)).isEmpty());
                CHECK(f.get(record) == QLatin1String(s.key));
            }
            CHECK(f.set(record, QStringLiteral("no_such_state")) != QString());
        }
    });
}
