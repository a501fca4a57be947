#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace qms::report {

// Document metadata of a PDF/A-1b file as an XMP packet. Qt 6.4 has no author/subject setters and
// setDocumentXmpMetadata() replaces Qt's whole packet, so this one carries everything Qt would
// write (title, creator tool, producer, dates) plus the PDF/A identification, author and subject.
struct PdfMetadata {
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creatorTool; // must equal QPdfWriter::creator() (the Info dictionary's /Creator)
    QString producer;    // must equal the /Producer Qt writes ("Qt 6.4.2")
    QDateTime created;   // must be the second QPainter::begin() runs in (Qt's /CreationDate)

    QByteArray toXmp() const;
    // Qt stamps /CreationDate when painting begins; returns the moment to use for `created`,
    // waiting out the last part of a second so that begin() surely falls into the same second.
    static QDateTime creationStamp();
};

} // namespace qms::report
