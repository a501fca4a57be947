#include "RegisterPrintout.h"

#include "domain/kinds/KindDeclaration.h"
#include "registers/RegisterModel.h"
#include "registers/RegisterView.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace qms::gui {
namespace {

template <typename E> QStringList labels(const QStringList& keys) {
    QStringList out;
    for (const QString& k : keys)
        if (auto v = enumFromString<E>(k))
            out << enumLabel(*v);
        else
            out << k;
    return out;
}

QString cellStyle(ColumnType type) {
    switch (type) {
    case ColumnType::Id:
    case ColumnType::Date:
    case ColumnType::Count:
        return QStringLiteral(" style=\"white-space: nowrap\"");
    default:
        return {};
    }
}

} // namespace

RegisterPrintRequest RegisterPrintRequest::fromView(const RegisterView& view) {
    RegisterPrintRequest r;
    r.kind = view.kind();
    r.filter = view.model()->filter();
    const QHeaderView* header = view.table()->horizontalHeader();
    r.sortColumn = header->sortIndicatorSection() >= 0 ? header->sortIndicatorSection() : 0;
    r.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            r.columns << logical;
    }
    return r;
}

RegisterPrintout::RegisterPrintout(Workspace& ws, RegisterPrintRequest request)
    : m_ws(ws)
    , m_request(std::move(request)) {
    if (m_request.columns.isEmpty())
        for (int c = 0; c < RegisterQuery::columns(m_request.kind).size(); ++c)
            m_request.columns << c;
}

QString RegisterPrintout::title() const {
    return recordKindPluralLabel(m_request.kind);
}

QString RegisterPrintout::filterDescription() const {
    const RegisterFilter& f = m_request.filter;
    const RecordKind kind = m_request.kind;
    QStringList parts;
    if (!f.text.trimmed().isEmpty())
        parts << tr("Text: \u201c%1\u201d").arg(f.text.trimmed());
    if (!f.statuses.isEmpty()) {
        QStringList names;
        const auto choices = RegisterQuery::statusChoices(kind);
        for (const QString& key : f.statuses) {
            QString label = key;
            for (const auto& [k, l] : choices)
                if (k == key)
                    label = l;
            names << label;
        }
        parts << tr("Status: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!f.severities.isEmpty())
        parts << tr("Severity: %1").arg(labels<Severity>(f.severities).join(QStringLiteral(", ")));
    if (!f.source.isEmpty())
        parts << tr("Source: %1").arg(labels<NcSource>({f.source}).join(QString()));
    if (!f.owner.isEmpty())
        parts << KindDecl::worded("qms::gui::RegisterPrintout", kindDecl(kind).wording.ownerLine,
                                  tr("Owner: %1"))
                     .arg(f.owner);
    if (!f.clause.isEmpty())
        parts << tr("Clause: %1").arg(f.clause);
    if (f.openOnly)
        parts << tr("Open only");
    if (f.overdueOnly)
        parts << tr("Overdue only");
    if (f.reviewDueWithinDays >= 0)
        parts << tr("Review due within %1 days").arg(f.reviewDueWithinDays);
    if (!f.month.isEmpty())
        parts << tr("Month: %1").arg(f.month);
    if (!f.closedMonth.isEmpty())
        parts << tr("Closed in: %1").arg(f.closedMonth);
    return parts.isEmpty() ? tr("All records") : parts.join(QStringLiteral(" \u00b7 "));
}

Result<qint64> RegisterPrintout::rowCount() const {
    RegisterQuery q(m_ws, m_request.kind);
    q.setFilter(m_request.filter);
    return q.count();
}

Result<QString> RegisterPrintout::html() const {
    RegisterQuery q(m_ws, m_request.kind);
    q.setFilter(m_request.filter);
    q.setSort(m_request.sortColumn, m_request.descending);
    auto total = q.totalCount();
    if (!total)
        return total.error();
    auto count = q.count();
    if (!count)
        return count.error();
    const QList<RegisterColumn> columns = RegisterQuery::columns(m_request.kind);

    QString h;
    h.reserve(int(std::min<qint64>(*count, 100000)) * 200 + 2000);
    h += QStringLiteral("<html><body>");
    h += QStringLiteral("<h2 style=\"margin-bottom: 2pt\">%1</h2>").arg(title().toHtmlEscaped());
    h += QStringLiteral("<p style=\"color: #444; margin-top: 0\">%1<br>%2</p>")
             .arg(filterDescription().toHtmlEscaped(),
                  tr("%1 of %2 records").arg(QLocale().toString(*count), QLocale().toString(*total)));
    if (*count == 0) {
        h += QStringLiteral("<p><i>%1</i></p></body></html>")
                 .arg(tr("No records match the filter.").toHtmlEscaped());
        return h;
    }
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                        "style=\"border-collapse: collapse; border-color: #9aa5b1\"><thead><tr>");
    for (int c : m_request.columns)
        h += QStringLiteral("<th align=\"left\" bgcolor=\"#e8edf2\">%1</th>")
                 .arg(columns.at(c).label.toHtmlEscaped());
    h += QStringLiteral("</tr></thead><tbody>");
    constexpr int Chunk = 2000;
    for (qint64 offset = 0; offset < *count; offset += Chunk) {
        auto rows = q.fetch(offset, Chunk);
        if (!rows)
            return rows.error();
        for (const RegisterRow& row : std::as_const(*rows)) {
            h += QStringLiteral("<tr>");
            for (int c : m_request.columns) {
                const RegisterColumn& col = columns.at(c);
                const QString text =
                    RegisterQuery::displayText(col.type, m_request.kind, row.values.value(c));
                if (col.type == ColumnType::Id)
                    h +=
                        QStringLiteral("<td%1><b>%2</b></td>").arg(cellStyle(col.type), text.toHtmlEscaped());
                else if (col.type == ColumnType::Flag && !text.isEmpty())
                    h += QStringLiteral("<td><font color=\"#b71c1c\">%1</font></td>")
                             .arg(text.toHtmlEscaped());
                else
                    h += QStringLiteral("<td%1>%2</td>").arg(cellStyle(col.type), text.toHtmlEscaped());
            }
            h += QStringLiteral("</tr>");
        }
        if (rows->size() < Chunk)
            break;
    }
    h += QStringLiteral("</tbody></table></body></html>");
    return h;
}

} // namespace qms::gui
