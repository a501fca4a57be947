#pragma once

#include "domain/Result.h"
#include "storage/RegisterQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qms {
class Workspace;
}

namespace qms::gui {

class RegisterView;

// What of a register is printed: the rows the filter lets through, in the shown sort order,
// with the shown columns in their shown order.
struct RegisterPrintRequest {
    RecordKind kind = RecordKind::Nonconformity;
    RegisterFilter filter;
    int sortColumn = 0; // index into RegisterQuery::columns(kind)
    bool descending = false;
    QList<int> columns; // indices into RegisterQuery::columns(kind); empty = all

    // As `view` shows it now.
    static RegisterPrintRequest fromView(const RegisterView& view);
};

// A register as printable HTML (for QTextDocument): title, filter description, row count, and one
// table with a repeated header row. Rows come from RegisterQuery, not from the lazily filled view.
class RegisterPrintout final {
    Q_DECLARE_TR_FUNCTIONS(qms::gui::RegisterPrintout)
public:
    RegisterPrintout(Workspace& ws, RegisterPrintRequest request);

    QString title() const;
    // "Status: Open, Contained · Severity: Major" or "All records".
    QString filterDescription() const;
    Result<qint64> rowCount() const;
    Result<QString> html() const;

private:
    Workspace& m_ws;
    RegisterPrintRequest m_request;
};

} // namespace qms::gui
