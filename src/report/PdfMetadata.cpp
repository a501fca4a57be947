#include "PdfMetadata.h"

#include <QThread>

namespace qms::report {
namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

} // namespace

QDateTime PdfMetadata::creationStamp() {
    QDateTime now = QDateTime::currentDateTime();
    if (now.time().msec() > 850) {
        QThread::msleep(1000 - now.time().msec() + 10);
        now = QDateTime::currentDateTime();
    }
    return now.addMSecs(-now.time().msec());
}

QByteArray PdfMetadata::toXmp() const {
    const QString date = created.toUTC().toString(Qt::ISODate); // "2026-11-25T11:47:37Z"
    QString x;
    x += QStringLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n");
    x += QStringLiteral("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
    x += QStringLiteral("  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x += QStringLiteral(
        "    <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    x += QStringLiteral("      <dc:format>application/pdf</dc:format>\n");
    x += QStringLiteral(
             "      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n")
             .arg(esc(title));
    if (!author.isEmpty())
        x += QStringLiteral("      <dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n")
                 .arg(esc(author));
    if (!subject.isEmpty())
        x += QStringLiteral(
                 "      <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>"
                 "</dc:description>\n")
                 .arg(esc(subject));
    x += QStringLiteral("    </rdf:Description>\n");
    x += QStringLiteral("    <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
    x += QStringLiteral("      <xmp:CreatorTool>%1</xmp:CreatorTool>\n").arg(esc(creatorTool));
    x += QStringLiteral("      <xmp:CreateDate>%1</xmp:CreateDate>\n").arg(date);
    x += QStringLiteral("      <xmp:ModifyDate>%1</xmp:ModifyDate>\n").arg(date);
    x += QStringLiteral("      <xmp:MetadataDate>%1</xmp:MetadataDate>\n").arg(date);
    x += QStringLiteral("    </rdf:Description>\n");
    x += QStringLiteral("    <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
    x += QStringLiteral("      <pdf:Producer>%1</pdf:Producer>\n").arg(esc(producer));
    if (!keywords.isEmpty())
        x += QStringLiteral("      <pdf:Keywords>%1</pdf:Keywords>\n").arg(esc(keywords));
    x += QStringLiteral("    </rdf:Description>\n");
    // PDF/A identification: without it the file no longer claims PDF/A-1b.
    x += QStringLiteral(
        "    <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
    x += QStringLiteral("      <pdfaid:part>1</pdfaid:part>\n");
    x += QStringLiteral("      <pdfaid:conformance>B</pdfaid:conformance>\n");
    x += QStringLiteral("    </rdf:Description>\n");
    x += QStringLiteral("  </rdf:RDF>\n");
    x += QStringLiteral("</x:xmpmeta>\n");
    x += QStringLiteral("<?xpacket end='w'?>");
    return x.toUtf8();
}

} // namespace qms::report
