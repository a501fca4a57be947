// RegisterWorkbook / XlsxWriter: the .xlsx is unzipped and its XML checked, as a spreadsheet reads it.

#include "StorageTestSupport.h"
#include "storage/DemoData.h"
#include "storage/interchange/RegisterWorkbook.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace qms;
using namespace qms::test;

namespace {

QString S(const char* s) {
    return QString::fromUtf8(s);
}

// One member of the zip, through the unzip command (installed by .ci/install-deps.sh).
QString member(const QString& xlsx, const QString& name) {
    const QString unzip = QStandardPaths::findExecutable(S("unzip"));
    INFO("the unzip command is needed for this test");
    REQUIRE_FALSE(unzip.isEmpty());
    QProcess p;
    p.start(unzip, {S("-p"), xlsx, name});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("The XLSX export has typed cells, a frozen bold header and filters on every register", "[xlsx]") {
    // Demo data is dated relative to the real clock, so this workspace runs on it.
    TempDir dir;
    auto created = Workspace::create(dir.filePath(S("demo.qms")), {S("Acme"), S("qm"), {}});
    REQUIRE_OK(created);
    Workspace& ws = **created;
    DemoOptions demo;
    demo.nonconformities = 25;
    REQUIRE_OK(DemoData::generate(ws, demo));
    const int ncs = int(ws.nonconformities().list()->size());
    REQUIRE(ncs > 0);

    const QString path = dir.filePath(S("registers.xlsx"));
    RegisterWorkbook::Options options;
    options.clauseCoverage = true;
    REQUIRE_OK(RegisterWorkbook(ws).write(path, options));

    const QString workbook = member(path, S("xl/workbook.xml"));
    for (const char* sheet :
         {"Documents", "Processes", "Nonconformities", "Corrective actions", "Clause coverage"})
        CHECK(workbook.contains(S("name=\"%1\"").arg(S(sheet))));
    const QString core = member(path, S("docProps/core.xml"));
    CHECK(core.contains(S("<dc:title>QMS registers of Acme</dc:title>")));
    CHECK(member(path, S("docProps/app.xml")).contains(S("<Company>Acme</Company>")));

    // Sheet 3: the nonconformities.
    const QString sheet = member(path, S("xl/worksheets/sheet3.xml"));
    CHECK(sheet.contains(S("<t>ID</t>")));
    CHECK(sheet.contains(S("<t>Detected on</t>")));
    CHECK(sheet.contains(S("state=\"frozen\"")));
    CHECK(sheet.contains(S("ySplit=\"1\"")));
    CHECK(sheet.count(S("<row ")) == ncs + 1);
    // The filter spans the header and every data row.
    const auto filter = QRegularExpression(S("<autoFilter ref=\"A1:([A-Z]+)(\\d+)\"/>")).match(sheet);
    REQUIRE(filter.hasMatch());
    CHECK(filter.captured(2).toInt() == ncs + 1);
    CHECK(sheet.contains(S("<cols>")));

    // Header cells are bold; "Detected on" (column F) holds numbers with a yyyy-mm-dd style.
    const QString styles = member(path, S("xl/styles.xml"));
    const auto headerStyle = QRegularExpression(S("<c r=\"A1\" s=\"(\\d+)\"")).match(sheet);
    REQUIRE(headerStyle.hasMatch());
    const auto date = QRegularExpression(S("<c r=\"F2\" s=\"(\\d+)\"><v>(\\d+)</v></c>")).match(sheet);
    REQUIRE(date.hasMatch());
    const int serial = date.captured(2).toInt();
    CHECK(QDate(1899, 12, 30).addDays(serial) == ws.nonconformities().get(S("NC-0001"))->detectedOn);
    const QStringList xfs = [&] {
        const int from = int(styles.indexOf(S("<cellXfs")));
        QStringList out;
        QRegularExpression xf(S("<xf [^>]*>"));
        auto it = xf.globalMatch(styles.mid(from));
        while (it.hasNext())
            out << it.next().captured(0);
        return out;
    }();
    const QString dateXf = xfs.value(date.captured(1).toInt());
    const auto fmtId = QRegularExpression(S("numFmtId=\"(\\d+)\"")).match(dateXf);
    REQUIRE(fmtId.hasMatch());
    CHECK(styles.contains(S("numFmtId=\"%1\" formatCode=\"yyyy-mm-dd\"").arg(fmtId.captured(1))));
    const QString headerXf = xfs.value(headerStyle.captured(1).toInt());
    const auto fontId = QRegularExpression(S("fontId=\"(\\d+)\"")).match(headerXf);
    REQUIRE(fontId.hasMatch());
    QStringList fonts;
    auto fit = QRegularExpression(S("<font>.*?</font>")).globalMatch(styles);
    while (fit.hasNext())
        fonts << fit.next().captured(0);
    CHECK(fonts.value(fontId.captured(1).toInt()).contains(S("<b/>")));

    // Numbers are numbers: the review interval of documents (sheet 1) is not a string cell.
    const QString docs = member(path, S("xl/worksheets/sheet1.xml"));
    CHECK(QRegularExpression(S("<c r=\"[A-Z]+2\"( s=\"\\d+\")?><v>12</v></c>")).match(docs).hasMatch());
}

TEST_CASE("The XLSX export replaces a file atomically and names an unwritable path", "[xlsx]") {
    Fixture fx;
    REQUIRE_OK(fx.w().nonconformities().create(sampleNc(fx.w())));
    const QString path = fx.dir.filePath(S("ncs.xlsx"));
    fx.dir.writeFile(S("ncs.xlsx"), "old content");
    RegisterWorkbook::Options options;
    options.kinds = {RecordKind::Nonconformity};
    REQUIRE_OK(RegisterWorkbook(fx.w()).write(path, options));
    CHECK(fileBytes(path).startsWith("PK")); // a zip now
    // No temporary file is left next to it.
    CHECK(QDir(fx.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(S(".tmp")).isEmpty());

    auto missing = RegisterWorkbook(fx.w()).write(S("/nonexistent-qmsdesk-folder/ncs.xlsx"), options);
    REQUIRE_ERROR(missing, ErrorCode::Io);
    CHECK(missing.error().message.contains(S("/nonexistent-qmsdesk-folder")));
    auto folder = RegisterWorkbook(fx.w()).write(fx.dir.path(), options);
    REQUIRE_ERROR(folder, ErrorCode::Io);
}
