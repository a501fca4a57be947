#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <xlsxwriter.h>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::XlsxWriter)
};

constexpr int MaxSheetName = 31;
constexpr int MaxCellText = 32767; // Excel's limit for one cell
constexpr double MinWidth = 8;
constexpr double MaxWidth = 60;

QString cleanSheetName(QString name, const QSet<QString>& taken) {
    for (QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, u'-');
    name = name.trimmed().left(MaxSheetName);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; taken.contains(unique.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = name.left(MaxSheetName - suffix.size()) + suffix;
    }
    return unique;
}

lxw_datetime toLxw(const QDate& d, const QTime& t = {}) {
    lxw_datetime out{};
    out.year = d.year();
    out.month = d.month();
    out.day = d.day();
    out.hour = t.isValid() ? t.hour() : 0;
    out.min = t.isValid() ? t.minute() : 0;
    out.sec = t.isValid() ? t.second() : 0;
    return out;
}

} // namespace

struct XlsxWriter::Impl {
    QString path;
    QString tempPath;
    lxw_workbook* book = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    lxw_format* dateTime = nullptr;
    QList<XlsxColumn> columns;
    QList<double> widths;
    QSet<QString> sheetNames;
    QByteArray propertyText[5]; // the UTF-8 strings lxw_doc_properties points at
    lxw_row_t row = 0;

    Status fail(lxw_error e, const QString& what) const {
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2 (%3)")
                                            .arg(QDir::toNativeSeparators(path), what,
                                                 QString::fromLatin1(lxw_strerror(e))));
    }
    void finishSheet() {
        if (!sheet)
            return;
        for (int c = 0; c < columns.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
        if (!columns.isEmpty())
            worksheet_autofilter(sheet, 0, 0, row == 0 ? 0 : row, lxw_col_t(columns.size() - 1));
        sheet = nullptr;
    }
    void discard() {
        if (book) {
            // libxlsxwriter has no "abandon": closing writes the file, which is removed below.
            workbook_close(book);
            book = nullptr;
        }
        if (!tempPath.isEmpty())
            QFile::remove(tempPath);
        tempPath.clear();
    }
};

XlsxWriter::XlsxWriter(QString path)
    : d(std::make_unique<Impl>()) {
    d->path = std::move(path);
}

XlsxWriter::~XlsxWriter() {
    d->discard();
}

Status XlsxWriter::open(const XlsxProperties& properties) {
    const QFileInfo target(d->path);
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: the folder %2 does not exist.")
                                            .arg(QDir::toNativeSeparators(d->path),
                                                 QDir::toNativeSeparators(folder.absolutePath())));
    if (target.isDir())
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot write %1: it is a folder.").arg(QDir::toNativeSeparators(d->path)));
    // A temporary name in the same folder, so that the final rename stays on one file system.
    d->tempPath = folder.filePath(QStringLiteral(".%1.%2.tmp")
                                      .arg(target.fileName())
                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    {
        QFile probe(d->tempPath);
        if (!probe.open(QIODevice::WriteOnly)) {
            const QString reason = probe.errorString();
            d->tempPath.clear();
            return makeError(ErrorCode::Io,
                             Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(d->path), reason));
        }
    }
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to a temporary file: 100,000 NCs stay small in memory
    options.use_zip64 = LXW_TRUE;
    const QByteArray file = QFile::encodeName(d->tempPath);
    d->book = workbook_new_opt(file.constData(), &options);
    if (!d->book) {
        d->discard();
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: the spreadsheet could not be started.")
                                            .arg(QDir::toNativeSeparators(d->path)));
    }
    d->header = workbook_add_format(d->book);
    format_set_bold(d->header);
    format_set_bottom(d->header, LXW_BORDER_THIN);
    format_set_bg_color(d->header, 0xDDE4EE);
    d->date = workbook_add_format(d->book);
    format_set_num_format(d->date, "yyyy-mm-dd");
    format_set_align(d->date, LXW_ALIGN_LEFT);
    d->dateTime = workbook_add_format(d->book);
    format_set_num_format(d->dateTime, "yyyy-mm-dd hh:mm");
    format_set_align(d->dateTime, LXW_ALIGN_LEFT);

    const QString texts[5] = {properties.title, properties.subject, properties.author, properties.company,
                              properties.comments};
    for (int i = 0; i < 5; ++i)
        d->propertyText[i] = texts[i].toUtf8();
    lxw_doc_properties props{};
    props.title = d->propertyText[0].data();
    props.subject = d->propertyText[1].data();
    props.author = d->propertyText[2].data();
    props.company = d->propertyText[3].data();
    props.comments = d->propertyText[4].data();
    if (lxw_error e = workbook_set_properties(d->book, &props); e != LXW_NO_ERROR)
        return d->fail(e, Tr::tr("the document properties were refused"));
    return {};
}

Status XlsxWriter::addSheet(const QString& name, const QList<XlsxColumn>& columns) {
    if (!d->book)
        return makeError(ErrorCode::Internal, Tr::tr("The spreadsheet is not open."));
    d->finishSheet();
    const QString sheetName = cleanSheetName(name, d->sheetNames);
    d->sheetNames.insert(sheetName.toLower());
    d->sheet = workbook_add_worksheet(d->book, sheetName.toUtf8().constData());
    if (!d->sheet)
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot add the sheet \"%1\" to %2").arg(sheetName, QDir::toNativeSeparators(d->path)));
    d->columns = columns;
    d->widths.clear();
    d->row = 0;
    for (int c = 0; c < columns.size(); ++c) {
        // Room for the header text and the autofilter button.
        double width = columns[c].header.size() + 4;
        if (columns[c].type == XlsxCellType::Date)
            width = std::max(width, 12.0);
        else if (columns[c].type == XlsxCellType::DateTime)
            width = std::max(width, 17.0);
        d->widths << std::clamp(width, MinWidth, MaxWidth);
        const QByteArray text = columns[c].header.toUtf8();
        if (lxw_error e = worksheet_write_string(d->sheet, 0, lxw_col_t(c), text.constData(), d->header);
            e != LXW_NO_ERROR)
            return d->fail(e, Tr::tr("the header of sheet \"%1\"").arg(sheetName));
    }
    worksheet_freeze_panes(d->sheet, 1, 0);
    d->row = 0;
    return {};
}

Status XlsxWriter::addRow(const QVariantList& values) {
    if (!d->sheet)
        return makeError(ErrorCode::Internal, Tr::tr("No sheet was started."));
    const lxw_row_t r = ++d->row;
    for (int c = 0; c < d->columns.size() && c < values.size(); ++c) {
        const QVariant& v = values[c];
        if (v.isNull())
            continue;
        lxw_error e = LXW_NO_ERROR;
        switch (d->columns[c].type) {
        case XlsxCellType::Date: {
            const QDate date = v.toDate();
            if (date.isValid()) {
                lxw_datetime dt = toLxw(date);
                e = worksheet_write_datetime(d->sheet, r, lxw_col_t(c), &dt, d->date);
                break;
            }
            [[fallthrough]];
        }
        case XlsxCellType::DateTime: {
            const QDateTime at = v.toDateTime().toLocalTime();
            if (d->columns[c].type == XlsxCellType::DateTime && at.isValid()) {
                lxw_datetime dt = toLxw(at.date(), at.time());
                e = worksheet_write_datetime(d->sheet, r, lxw_col_t(c), &dt, d->dateTime);
                break;
            }
            [[fallthrough]];
        }
        case XlsxCellType::Number: {
            bool ok = false;
            const double number = v.toDouble(&ok);
            if (ok && d->columns[c].type == XlsxCellType::Number) {
                e = worksheet_write_number(d->sheet, r, lxw_col_t(c), number, nullptr);
                d->widths[c] =
                    std::clamp(std::max(d->widths[c], double(v.toString().size()) + 2), MinWidth, MaxWidth);
                break;
            }
            [[fallthrough]];
        }
        case XlsxCellType::Text: {
            const QString text = v.toString().left(MaxCellText);
            if (text.isEmpty())
                break;
            const QByteArray utf8 = text.toUtf8();
            e = worksheet_write_string(d->sheet, r, lxw_col_t(c), utf8.constData(), nullptr);
            // The longest line decides the width; long texts stop at the cap.
            qsizetype longest = 0;
            for (const auto& line : QStringView(text).split(u'\n'))
                longest = std::max(longest, line.size());
            d->widths[c] = std::clamp(std::max(d->widths[c], double(longest) + 2), MinWidth, MaxWidth);
            break;
        }
        }
        if (e != LXW_NO_ERROR)
            return d->fail(e, Tr::tr("row %1, column %2").arg(r + 1).arg(c + 1));
    }
    return {};
}

qint64 XlsxWriter::rowsInSheet() const {
    return d->row;
}

Status XlsxWriter::finish() {
    if (!d->book)
        return makeError(ErrorCode::Internal, Tr::tr("The spreadsheet is not open."));
    d->finishSheet();
    const lxw_error e = workbook_close(d->book);
    d->book = nullptr;
    if (e != LXW_NO_ERROR) {
        const Status s = d->fail(e, Tr::tr("writing the workbook failed"));
        d->discard();
        return s;
    }
    // rename(2) replaces an existing file atomically; QFile::rename would refuse it.
    if (std::rename(QFile::encodeName(d->tempPath).constData(), QFile::encodeName(d->path).constData()) !=
        0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        d->discard();
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(d->path), reason));
    }
    d->tempPath.clear();
    return {};
}

} // namespace qms
