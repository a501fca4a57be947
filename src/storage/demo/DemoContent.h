#pragma once

// Small generated file contents for demo attachments: a one-page PDF and a CSV form template.
// Header-only helpers for DemoData.cpp.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace qms::demo {

// Escapes text for a PDF string literal (Latin-1 subset; other characters become '?').
inline QByteArray pdfText(const QString& s) {
    QByteArray out;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == '(' || u == ')' || u == '\\')
            out += '\\';
        out += u < 128 ? char(u) : '?';
    }
    return out;
}

// A valid, minimal PDF 1.4 with one page of Helvetica text lines.
inline QByteArray makePdf(const QString& title, const QStringList& lines) {
    QByteArray content = "BT /F1 16 Tf 56 780 Td (" + pdfText(title) + ") Tj /F1 11 Tf";
    for (const QString& l : lines)
        content += " 0 -18 Td (" + pdfText(l) + ") Tj";
    content += " ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        pdf += QByteArray::number(qint64(o)).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(qint64(xref)) + "\n%%EOF\n";
    return pdf;
}

inline QByteArray makeCsvForm(const QString& title) {
    return QStringLiteral("# %1\nDate;Part;Lot;Characteristic;Nominal;Measured;OK/NOK;Signature\n;;;;;;;\n")
        .arg(title)
        .toUtf8();
}

// The demo organisation's logo: a wind-swept "N" mark and the name, as SVG.
inline QByteArray logoSvg() {
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"360\" height=\"96\" viewBox=\"0 0 360 96\">"
        "<rect x=\"4\" y=\"4\" width=\"88\" height=\"88\" rx=\"16\" fill=\"#17456e\"/>"
        "<path d=\"M24 74V22h10l28 36V22h10v52H62L34 38v36z\" fill=\"#ffffff\"/>"
        "<path d=\"M10 84c20-10 56-10 76 0\" stroke=\"#5fb3e6\" stroke-width=\"5\" fill=\"none\"/>"
        "<text x=\"108\" y=\"52\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"34\" "
        "font-weight=\"bold\" fill=\"#17456e\">NORDWIND</text>"
        "<text x=\"110\" y=\"80\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"19\" "
        "fill=\"#5a6b7b\" letter-spacing=\"3\">PRECISION GMBH</text>"
        "</svg>\n");
}

} // namespace qms::demo
