#include "RegisterWorkbook.h"

#include "XlsxWriter.h"
#include "domain/ClauseCatalogue.h"
#include "domain/FieldCodec.h"
#include "domain/kinds/RecordTypes.h"
#include "domain/kinds/KindDeclaration.h"
#include "storage/ClauseRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::RegisterWorkbook)
};

XlsxCellType cellType(FieldType t) {
    switch (t) {
    case FieldType::Date:
        return XlsxCellType::Date;
    case FieldType::DateTime:
        return XlsxCellType::DateTime;
    case FieldType::Int:
        return XlsxCellType::Number;
    default:
        return XlsxCellType::Text;
    }
}

QVariant cellValue(FieldType t, const QString& text) {
    if (text.isEmpty())
        return {};
    switch (t) {
    case FieldType::Date:
        return QDate::fromString(text, Qt::ISODate);
    case FieldType::DateTime:
        return QDateTime::fromString(text, Qt::ISODate);
    case FieldType::Int:
        return text.toLongLong();
    case FieldType::Enum:
        return enumLabelForKey(text);
    case FieldType::Bool:
        return text == QLatin1String("yes") ? Tr::tr("Yes") : Tr::tr("No");
    default:
        return text;
    }
}

template <typename R> Status writeRegister(Workspace& ws, XlsxWriter& out, const RecordFilter& filter) {
    auto records = ws.records<R>().list(filter);
    if (!records)
        return records.error();
    QList<XlsxColumn> columns{{Tr::tr("ID"), XlsxCellType::Text}};
    for (const auto& f : recordFields<R>())
        columns.append({translateFieldLabel(f.label), cellType(f.type)});
    columns.append({Tr::tr("Created"), XlsxCellType::DateTime});
    columns.append({Tr::tr("Created by"), XlsxCellType::Text});
    columns.append({Tr::tr("Last changed"), XlsxCellType::DateTime});
    columns.append({Tr::tr("Changed by"), XlsxCellType::Text});
    if (auto s = out.addSheet(recordKindPluralLabel(RecordRepository<R>::kind()), columns); !s)
        return s;
    QVariantList row;
    for (const R& r : *records) {
        row.clear();
        row << r.meta.id;
        for (const auto& f : recordFields<R>())
            row << cellValue(f.type, f.get(r));
        row << r.meta.createdAt << r.meta.createdBy << r.meta.updatedAt << r.meta.updatedBy;
        if (auto s = out.addRow(row); !s)
            return s;
    }
    return {};
}

Status writeCoverage(Workspace& ws, XlsxWriter& out) {
    auto coverage = ws.clauses().coverage();
    if (!coverage)
        return coverage.error();
    QList<XlsxColumn> columns{{Tr::tr("Clause"), XlsxCellType::Text},
                              {Tr::tr("Title"), XlsxCellType::Text},
                              {Tr::tr("Coverage"), XlsxCellType::Text}};
    for (const KindDecl* d : kindDecls())
        columns.append({d->pluralLabelText(), XlsxCellType::Number}); // the evidence count per kind
    columns.append({Tr::tr("Justification"), XlsxCellType::Text});
    if (auto s = out.addSheet(Tr::tr("Clause coverage"), columns); !s)
        return s;
    for (const ClauseCoverage& c : *coverage) {
        // Indentation shows the tree, as in the clause view.
        const QString title = QString(c.depth * 2, QLatin1Char(' ')) + c.title;
        QVariantList row{c.clause, title, coverageStatusLabel(c.status())};
        for (const KindDecl* d : kindDecls())
            row << c.count(d->kind);
        row << c.justification;
        if (auto s = out.addRow(row); !s)
            return s;
    }
    return {};
}

} // namespace

Status RegisterWorkbook::write(const QString& path, const Options& options) {
    XlsxWriter out(path);
    XlsxProperties props;
    props.company = m_ws.organisation();
    props.title =
        props.company.isEmpty() ? Tr::tr("QMS registers") : Tr::tr("QMS registers of %1").arg(props.company);
    props.subject = Tr::tr("ISO 9001 quality management system");
    props.author = m_ws.user().printedName();
    props.comments = Tr::tr("Exported by QMS Desk from %1").arg(m_ws.path());
    if (auto s = out.open(props); !s)
        return s;
    for (RecordKind kind : options.kinds) {
        const Status s = visitRecordKind(kind, [&](auto type) {
            using R = typename decltype(type)::type;
            return writeRegister<R>(m_ws, out, options.filter);
        });
        if (!s)
            return s;
    }
    if (options.clauseCoverage)
        if (auto s = writeCoverage(m_ws, out); !s)
            return s;
    return out.finish();
}

} // namespace qms
