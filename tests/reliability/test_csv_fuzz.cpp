// CSV import fuzzing, corpus-driven and deterministic: the hand-written corpus of CsvCorpus.h and
// randomly mutated variants of a valid file (fixed seed), through the importer API
// (CsvReader + RecordImporter) and through `qmsdesk-cli import`. Every input is either imported
// exactly or refused with a message naming line and column (or a file-level reason); never a
// crash, never a partial import.

#include "CsvCorpus.h"
#include "ReliabilitySupport.h"
#include "domain/FieldCodec.h"
#include "storage/interchange/CsvReader.h"
#include "storage/interchange/RecordImporter.h"

using namespace qms;
using namespace qms::reltest;
using qms::test::TempDir;

namespace {

struct Outcome {
    bool accepted = false;
    QString message;
    qint64 delta = 0;    // records added
    qint64 expected = 0; // data rows the reader saw (when it could read the file)
};

qint64 ncCount(Workspace& ws) {
    return scalar(ws, QStringLiteral("SELECT count(*) FROM nonconformities"));
}

Outcome importApi(Workspace& ws, const QByteArray& bytes) {
    Outcome o;
    const qint64 before = ncCount(ws);
    auto table = CsvReader::parse(bytes);
    if (!table) {
        o.message = table.error().describe();
    } else {
        o.expected = table->rows.size();
        auto r = RecordImporter(ws).import(RecordKind::Nonconformity, *table, QStringLiteral("fuzz.csv"));
        o.accepted = r.ok();
        if (r)
            CHECK(r->createdIds.size() == o.expected);
        else
            o.message = r.error().describe();
    }
    o.delta = ncCount(ws) - before;
    return o;
}

Outcome importCli(const QString& db, const QString& file, const QByteArray& bytes) {
    Outcome o;
    qint64 before = 0;
    {
        auto ws = openWorkspace(db, OpenMode::ReadOnly);
        before = ncCount(*ws);
    }
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
    f.close();
    const CliResult r = runCliDb(db, {QStringLiteral("import"), ncType(), file});
    INFO("cli: exit " << r.exitCode << " " << str(r.all().left(2000)));
    REQUIRE_FALSE(r.crashed); // never a signal, never a hang
    REQUIRE((r.exitCode == 0 || r.exitCode == 1));
    o.accepted = r.exitCode == 0;
    o.message = r.err;
    auto ws = openWorkspace(db, OpenMode::ReadOnly);
    o.delta = ncCount(*ws) - before;
    if (auto t = CsvReader::parse(bytes))
        o.expected = t->rows.size();
    return o;
}

// A refusal names where: "line N" and a column, or a reason about the whole file.
bool namesPlace(const QString& m) {
    const bool lineAndColumn = m.contains(QStringLiteral("line")) && m.contains(QStringLiteral("column"));
    const bool fileLevel = m.contains(QStringLiteral("empty")) || m.contains(QStringLiteral("header")) ||
                           m.contains(QStringLiteral("no records")) || m.contains(QStringLiteral("encoding"));
    return lineAndColumn || fileLevel;
}

void checkStored(Workspace& ws, const CsvCase& c) {
    auto all = ws.nonconformities().list();
    REQUIRE(all.ok());
    for (const auto& expected : c.records) {
        const QString title = expected.value(QStringLiteral("title"));
        INFO("record " << str(title.left(60)));
        const Nonconformity* found = nullptr;
        for (const Nonconformity& nc : *all)
            if (nc.title == title)
                found = &nc;
        REQUIRE(found);
        const FieldValues values = fieldValues(*found);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QString stored;
            for (const auto& [key, text] : values)
                if (key == it.key())
                    stored = text;
            INFO("field " << str(it.key()));
            CHECK(stored.size() == it.value().size());
            CHECK(stored == it.value());
        }
    }
}

void checkCase(const CsvCase& c, const Outcome& o) {
    INFO("case: " << str(c.name) << " -> " << (o.accepted ? "accepted" : "refused: ")
                  << str(o.message.left(600)));
    if (o.accepted) {
        CHECK(c.expect != Expect::Refuse);
        CHECK(o.delta == o.expected); // all of it
        if (!c.records.isEmpty())
            CHECK(o.delta == c.records.size());
    } else {
        CHECK(c.expect != Expect::Accept);
        CHECK(o.delta == 0); // nothing of it
        CHECK(namesPlace(o.message));
        if (c.line > 0)
            CHECK(o.message.contains(QStringLiteral("line %1").arg(c.line)));
    }
}

} // namespace

TEST_CASE("CSV import corpus through the API: accepted exactly or refused with line and column",
          "[reliability][csv]") {
    TempDir dir;
    const QString templ = dir.filePath(QStringLiteral("template.qms"));
    {
        auto ws = createWorkspace(templ);
        REQUIRE(ws->nonconformities().create(sampleNc(*ws, QStringLiteral("Existing"))).ok()); // NC-0001
    }
    const QList<CsvCase> corpus = csvCorpus();
    int n = 0;
    for (const CsvCase& c : corpus) {
        const QString path = dir.filePath(QStringLiteral("case-%1.qms").arg(n++));
        REQUIRE(QFile::copy(templ, path));
        auto ws = openWorkspace(path);
        const Outcome o = importApi(*ws, c.bytes);
        checkCase(c, o);
        if (o.accepted) {
            INFO("case: " << str(c.name));
            checkStored(*ws, c);
        }
    }
    figure(QStringLiteral("CSV corpus files tried (API)"), corpus.size());
}

TEST_CASE("CSV import corpus through qmsdesk-cli import", "[reliability][csv][cli]") {
    TempDir dir;
    const QString templ = dir.filePath(QStringLiteral("template.qms"));
    {
        auto ws = createWorkspace(templ);
        REQUIRE(ws->nonconformities().create(sampleNc(*ws, QStringLiteral("Existing"))).ok());
    }
    const QList<CsvCase> corpus = csvCorpus();
    int n = 0;
    for (const CsvCase& c : corpus) {
        const QString path = dir.filePath(QStringLiteral("cli-case-%1.qms").arg(n));
        REQUIRE(QFile::copy(templ, path));
        const Outcome o = importCli(path, dir.filePath(QStringLiteral("case-%1.csv").arg(n++)), c.bytes);
        checkCase(c, o);
        if (o.accepted) {
            auto ws = openWorkspace(path, OpenMode::ReadOnly);
            INFO("case: " << str(c.name));
            checkStored(*ws, c);
        }
    }
}

TEST_CASE("CSV import of randomly mutated files: all or nothing - never a crash (API)",
          "[reliability][csv]") {
    const int count = scaled(1000, 20000);
    QRandomGenerator rng(4242);
    TempDir dir;
    auto ws = createWorkspace(dir.filePath(QStringLiteral("mutants.qms")));
    const QByteArray seed = mutationSeed();
    REQUIRE(importApi(*ws, seed).accepted);
    int accepted = 0, refused = 0, withoutPlace = 0;
    QStringList examples;
    for (int i = 0; i < count; ++i) {
        const QByteArray bytes = mutate(seed, rng);
        const Outcome o = importApi(*ws, bytes);
        INFO("mutant " << i << ": " << str(QString::fromLatin1(bytes.toPercentEncoding(" ,;\"\n"))));
        INFO(str(o.message.left(600)));
        if (o.accepted) {
            ++accepted;
            CHECK(o.delta == o.expected);
        } else {
            ++refused;
            CHECK(o.delta == 0);
            CHECK_FALSE(o.message.trimmed().isEmpty());
            if (!namesPlace(o.message)) {
                ++withoutPlace;
                if (examples.size() < 5)
                    examples << o.message.left(200);
            }
        }
    }
    requireSound(ws->path(), QStringLiteral("mutant imports"));
    CHECK(withoutPlace == 0);
    if (!examples.isEmpty())
        WARN("refusals without line and column: " << str(examples.join(QStringLiteral(" | "))));
    figure(QStringLiteral("mutated CSV files tried (API)"), count);
    figure(QStringLiteral("mutants accepted whole"), accepted);
    figure(QStringLiteral("mutants refused with nothing stored"), refused);
}

TEST_CASE("CSV import of randomly mutated files through qmsdesk-cli", "[reliability][csv][cli]") {
    const int count = scaled(60, 400);
    QRandomGenerator rng(777);
    TempDir dir;
    const QString db = dir.filePath(QStringLiteral("cli-mutants.qms"));
    { auto ws = createWorkspace(db); }
    const QByteArray seed = mutationSeed();
    int accepted = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray bytes = mutate(seed, rng);
        INFO("mutant " << i << ": " << str(QString::fromLatin1(bytes.toPercentEncoding(" ,;\"\n"))));
        const Outcome o = importCli(db, dir.filePath(QStringLiteral("m.csv")), bytes);
        INFO(str(o.message.left(600)));
        if (o.accepted) {
            ++accepted;
            CHECK(o.delta == o.expected);
        } else {
            CHECK(o.delta == 0);
            CHECK(namesPlace(o.message));
        }
    }
    requireSound(db, QStringLiteral("CLI mutant imports"));
    figure(QStringLiteral("mutated CSV files tried (CLI)"), count);
    figure(QStringLiteral("CLI mutants accepted whole"), accepted);
}
