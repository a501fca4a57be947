// Files that are not (or no longer) sound QMS databases: each must get its own clear message
// from the API and from the CLI (`list` and `verify`), and none may be modified by the attempt.

#include "TamperSupport.h"

#include <QRandomGenerator>
#include <QSet>
#include <optional>

using namespace qms;
using namespace qms::reltest;
using qms::test::TempDir;

namespace {

struct BadFile {
    QString name;
    QString path;
    std::optional<ErrorCode> openCode; // nullopt: opens, but verify must fail
    QString messageHint;               // a word the message must contain
};

QByteArray randomBytes(int size, quint32 seed) {
    QRandomGenerator rng(seed);
    QByteArray b(size, Qt::Uninitialized);
    for (char& c : b)
        c = char(rng.bounded(256));
    return b;
}

QList<BadFile> makeBadFiles(TempDir& dir) {
    QList<BadFile> files;
    files.append({QStringLiteral("random bytes"),
                  dir.writeFile(QStringLiteral("random.qms"), randomBytes(8192, 7)), ErrorCode::NotAQmsFile,
                  QStringLiteral("not")});
    files.append({QStringLiteral("empty file"), dir.writeFile(QStringLiteral("empty.qms"), {}),
                  ErrorCode::NotAQmsFile, QStringLiteral("empty")});
    files.append(
        {QStringLiteral("text file"),
         dir.writeFile(QStringLiteral("text.qms"), QByteArray("id,title\nNC-1,hello\n").repeated(300)),
         ErrorCode::NotAQmsFile, QStringLiteral("not")});

    const QString good = dir.filePath(QStringLiteral("good.qms"));
    makeSmallQms(good);
    {
        // Add bulk so that the truncation cuts data pages, not just free space.
        auto ws = openWorkspace(good);
        for (int i = 0; i < 40; ++i)
            REQUIRE(
                ws->nonconformities()
                    .create(sampleNc(*ws, QStringLiteral("Bulk %1").arg(i), QString(3000, QLatin1Char('b'))))
                    .ok());
    }
    QByteArray bytes;
    {
        QFile f(good);
        REQUIRE(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    }
    REQUIRE(bytes.size() > 65536);
    files.append({QStringLiteral("truncated file"),
                  dir.writeFile(QStringLiteral("truncated.qms"), bytes.left(bytes.size() / 2)),
                  ErrorCode::Corrupt, QStringLiteral("truncated")});

    if (haveSqliteShell()) {
        const QString foreign = dir.filePath(QStringLiteral("foreign.qms"));
        REQUIRE(
            sqliteExec(foreign,
                       QStringLiteral("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES('x');"))
                .isEmpty());
        files.append({QStringLiteral("foreign SQLite file"), foreign, ErrorCode::NotAQmsFile,
                      QStringLiteral("another program")});

        const QString newer = dir.filePath(QStringLiteral("newer.qms"));
        REQUIRE(QFile::copy(good, newer));
        REQUIRE(sqliteExec(newer, QStringLiteral("PRAGMA user_version = 99;")).isEmpty());
        files.append(
            {QStringLiteral("newer schema"), newer, ErrorCode::NewerSchema, QStringLiteral("newer")});

        const QString broken = dir.filePath(QStringLiteral("broken-chain.qms"));
        REQUIRE(QFile::copy(good, broken));
        REQUIRE(sqliteExec(broken, QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                                  "UPDATE audit_log SET new_value = 'forged' WHERE seq = 5;"))
                    .isEmpty());
        files.append({QStringLiteral("broken audit chain"), broken, std::nullopt, QString()});
    } else {
        WARN("/usr/bin/sqlite3 missing: foreign, newer-schema and broken-chain files not tested");
    }
    for (const BadFile& f : files)
        REQUIRE_FALSE(f.path.isEmpty());
    return files;
}

} // namespace

TEST_CASE("Bad database files: own clear message each - file never modified (API)",
          "[reliability][badfiles]") {
    TempDir dir;
    const QList<BadFile> files = makeBadFiles(dir);
    QSet<QString> messages;
    for (const BadFile& f : files) {
        INFO("file: " << str(f.name));
        const QByteArray before = sha256File(f.path);
        for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            auto ws = Workspace::open(f.path, {}, mode);
            if (f.openCode) {
                INFO((ws ? QStringLiteral("opened!") : ws.error().describe()).toStdString());
                REQUIRE_FALSE(ws.ok());
                CHECK(ws.error().code == *f.openCode);
                CHECK(ws.error().message.contains(f.messageHint, Qt::CaseInsensitive));
                CHECK(ws.error().message.contains(QFileInfo(f.path).fileName()));
                messages.insert(ws.error().message);
            } else {
                REQUIRE(ws.ok());
                auto report = (*ws)->verify();
                REQUIRE(report.ok());
                CHECK_FALSE(report->ok());
            }
        }
        CHECK(sha256File(f.path) == before);
    }
    // Every failing kind of file has a message of its own.
    CHECK(messages.size() == (files.size() - (haveSqliteShell() ? 1 : 0)));
    figure(QStringLiteral("bad database files tried (API)"), files.size());
}

TEST_CASE("Bad database files: CLI list and verify exit 1 with a message - file never modified",
          "[reliability][badfiles][cli]") {
    TempDir dir;
    const QList<BadFile> files = makeBadFiles(dir);
    for (const BadFile& f : files) {
        INFO("file: " << str(f.name));
        const QByteArray before = sha256File(f.path);
        const CliResult list = runCliDb(f.path, {QStringLiteral("list"), ncType()});
        INFO("list: exit " << list.exitCode << " " << str(list.all()));
        REQUIRE_FALSE(list.crashed);
        if (f.openCode) {
            CHECK(list.exitCode == 1);
            CHECK(list.err.contains(f.messageHint, Qt::CaseInsensitive));
        }
        const CliResult verify = runCliDb(f.path, {QStringLiteral("verify")});
        INFO("verify: exit " << verify.exitCode << " " << str(verify.all()));
        REQUIRE_FALSE(verify.crashed);
        CHECK(verify.exitCode == 1);
        CHECK_FALSE(verify.all().trimmed().isEmpty());
        CHECK(sha256File(f.path) == before);
    }
}
