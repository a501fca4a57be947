#include "AuditPackWriter.h"

#include "PackData.h"
#include "PackDataCollector.h"
#include "PackRenderer.h"
#include "PageLayout.h"
#include "PdfMetadata.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace qms::report {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::report::AuditPackWriter)
};

#ifndef QMSDESK_VERSION
#define QMSDESK_VERSION "dev"
#endif

// Progress is one scale over the export: collecting 0-25 %, pagination 25-55 %, drawing 55-100 %.
struct Stages {
    const AuditPackWriter::Progress& progress;
    bool report(int from, int to, int done, int total, const QString& stage) const {
        if (!progress)
            return true;
        const int value = from + (total > 0 ? int(qint64(to - from) * done / total) : 0);
        return progress(value, AuditPackWriter::ProgressTotal, stage);
    }
};

Error ioError(const QString& path, const QString& why) {
    return makeError(
        ErrorCode::Io,
        Tr::tr("Cannot write the audit pack to %1: %2").arg(QDir::toNativeSeparators(path), why));
}

} // namespace

Result<PackSummary> AuditPackWriter::write(const QString& dbPath, const QString& userName,
                                           const PackScope& scope, const QString& outPath,
                                           const Progress& progress) const {
    auto ws = Workspace::open(dbPath, userName, OpenMode::ReadOnly, m_clock);
    if (!ws)
        return ws.error();
    return write(**ws, scope, outPath, progress);
}

Result<PackSummary> AuditPackWriter::write(Workspace& ws, const PackScope& scope, const QString& outPath,
                                           const Progress& progress) const {
    QElapsedTimer timer;
    timer.start();
    const Stages stages{progress};
    const auto cancelled = [] {
        return makeError(ErrorCode::Cancelled, Tr::tr("The export was cancelled; no file was written."));
    };

    // Open the target first so that an unwritable path fails before the long work. QSaveFile
    // writes a temporary file and renames it on commit(): nothing appears unless the export succeeds.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(outPath, file.errorString());

    PackDataCollector collector(ws);
    auto data = collector.collect(scope, [&](int done, int total) {
        return stages.report(0, 250, done, total, Tr::tr("Checking integrity and reading records"));
    });
    if (!data) {
        file.cancelWriting();
        if (data.error().code == ErrorCode::Cancelled)
            return cancelled();
        return data.error();
    }

#if defined(__GLIBC__)
    // The integrity check reads the whole file once; glibc keeps what it freed unless asked, and a
    // big pack then carries that peak through the whole render.
    malloc_trim(0);
#endif

    // Fonts need a QGuiApplication (any platform, "offscreen" will do); without one Qt aborts.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        file.cancelWriting();
        return makeError(ErrorCode::Internal,
                         Tr::tr("Writing a PDF needs a QGuiApplication (for fonts); this program "
                                "created only a QCoreApplication."));
    }
    QPdfWriter writer(&file);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(PageLayout::Resolution);
    PageLayout layout(writer);
    layout.setDecorations(
        {data->organisation, data->title,
         Tr::tr("Generated %1 \u00b7 Fingerprint %2")
             .arg(data->generatedUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                      QStringLiteral(" UTC"),
                  data->head.shortHash().isEmpty() ? Tr::tr("(empty)") : data->head.shortHash())});

    const PackContext ctx{*data, layout, &writer, collector};
    const SectionList sections = makeSections(ctx);
    PackRenderer renderer(writer, layout);
    auto refs = renderer.paginate(sections, [&](int done, int total) {
        return stages.report(250, 550, done, total, Tr::tr("Laying out pages"));
    });
    if (!refs) {
        file.cancelWriting();
        return refs.error().code == ErrorCode::Cancelled ? cancelled() : refs.error();
    }

    PdfMetadata meta;
    meta.title = QStringLiteral("%1 \u2014 %2").arg(data->title, data->organisation);
    meta.author = data->generatedBy;
    meta.subject = Tr::tr("%1 audit pack of %2: %3")
                       .arg(data->standard, data->organisation, scope.statement(ws.catalogue()));
    meta.keywords = Tr::tr("ISO 9001; audit pack; audit chain head %1").arg(data->head.hash);
    meta.creatorTool = QStringLiteral("QMS Desk %1").arg(QStringLiteral(QMSDESK_VERSION));
    meta.producer = QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()));
    writer.setTitle(meta.title);
    writer.setCreator(meta.creatorTool);
    meta.created = PdfMetadata::creationStamp();
    writer.setDocumentXmpMetadata(meta.toXmp());

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return ioError(outPath, Tr::tr("the PDF writer could not start"));
    }
    const Status drawn = renderer.draw(painter, sections, *refs, [&](int done, int total) {
        return stages.report(550, 1000, done, total, Tr::tr("Writing pages"));
    });
    painter.end();
    if (!drawn) {
        file.cancelWriting();
        return drawn.error().code == ErrorCode::Cancelled ? cancelled() : drawn.error();
    }
    if (!file.commit())
        return ioError(outPath, file.errorString());

    PackSummary summary;
    summary.path = outPath;
    summary.pages = refs->total;
    for (const RecordKind kind : recordKinds())
        if (data->scope.includesType(kind))
            summary.records.append({kind, int(data->ids(kind).size())});
    summary.detailSections = int(data->detailNcs.size());
    summary.auditEntries = data->auditEntryCount;
    summary.auditSummarised = data->auditSummarised;
    summary.fingerprint = data->head.hash;
    summary.chainSeq = data->head.seq;
    summary.integrityOk = data->verify.ok();
    summary.integrityProblems = int(data->verify.problems.size() + data->verify.integrityProblems.size());
    summary.elapsedMs = timer.elapsed();
    summary.peakRecordsHeld = collector.records().peakHeld();
    return summary;
}

} // namespace qms::report
