#include "ImportTemplate.h"

#include "ColumnMapping.h"
#include "domain/FieldCodec.h"
#include "domain/kinds/KindDeclaration.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::ImportTemplate)
};

// Column order follows common ISO 9001 spreadsheet registers, as each kind declares it. Enum
// columns take the label or the key; the examples use labels, as people type them.
std::span<const TemplateColumn> columnsOf(RecordKind kind) {
    return kindDecl(kind).importTemplate;
}

} // namespace

QStringList ImportTemplate::fieldKeys(RecordKind kind) {
    QStringList out;
    for (const TemplateColumn& c : columnsOf(kind))
        out << QString::fromLatin1(c.key);
    return out;
}

QStringList ImportTemplate::header(RecordKind kind) {
    QStringList out;
    for (const TemplateColumn& c : columnsOf(kind))
        out << englishLabelOf(kind, QString::fromLatin1(c.key));
    return out;
}

QStringList ImportTemplate::exampleRow(RecordKind kind) {
    QStringList out;
    for (const TemplateColumn& c : columnsOf(kind))
        out << QString::fromUtf8(c.example);
    return out;
}

QByteArray ImportTemplate::csv(RecordKind kind, bool withExample, const CsvWriterOptions& options) {
    QList<QStringList> rows;
    if (withExample)
        rows << exampleRow(kind);
    return CsvWriter::write(header(kind), rows, options);
}

QString ImportTemplate::suggestedFileName(RecordKind kind) {
    return QStringLiteral("%1-template.csv").arg(recordKindPluralLabel(kind).toLower().replace(u' ', u'-'));
}

Status ImportTemplate::save(RecordKind kind, const QString& path, bool withExample,
                            const CsvWriterOptions& options) {
    QSaveFile file(path);
    const QByteArray bytes = csv(kind, withExample, options);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace qms
