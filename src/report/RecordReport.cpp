#include "RecordReport.h"

#include "PagePainter.h"
#include "RecordPrintout.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace qms::report {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::report::RecordReport)
};

} // namespace

Result<RecordReportSummary> RecordReport::write(const QString& id, const QString& outPath,
                                                const QDateTime& printedAt) const {
    RecordPrintout printout(m_ws, id);
    auto html = printout.html();
    if (!html)
        return html.error();

    QSaveFile file(outPath);
    const auto notWritten = [&] {
        return makeError(
            ErrorCode::Io,
            Tr::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(outPath), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return notWritten();
    int pages = 0;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
        pdf.setTitle(printout.title());
        pdf.setCreator(QStringLiteral("QMS Desk"));
        QTextDocument doc;
        QFont font = doc.defaultFont();
        font.setPointSizeF(9);
        doc.setDefaultFont(font);
        doc.setHtml(*html);
        const QDateTime when = printedAt.isValid() ? printedAt : QDateTime::currentDateTime();
        const QString error = PagePainter({m_ws.organisation(), printout.title(),
                                           PagePainter::printedLine(when, m_ws.user().printedName())})
                                  .print(doc, pdf);
        if (!error.isEmpty()) {
            file.cancelWriting();
            return makeError(ErrorCode::Io, error);
        }
        pages = doc.pageCount();
    }
    if (!file.commit())
        return notWritten();
    return RecordReportSummary{outPath, printout.title(), pages};
}

} // namespace qms::report
