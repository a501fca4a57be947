#pragma once

#include "domain/Enums.h"
#include "domain/kinds/KindDeclaration.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace qms {

class Workspace;

struct RegisterColumn {
    QString key;   // stable, used for persisted layouts
    QString label; // translated header
    ColumnType type = ColumnType::Text;
};

// What a register shows; empty members mean "no restriction".
struct RegisterFilter {
    QString text; // full-text words (FTS) or part of an id/title
    QStringList statuses;
    QStringList severities; // nonconformities only
    QString source;         // nonconformities only
    QString owner;          // owner / responsible
    QString clause;         // clause number, its subclauses included
    bool openOnly = false;
    bool overdueOnly = false;
    int reviewDueWithinDays = -1; // due by the kind's own overdue rule within N days (documents: review)
    QString month;                // "YYYY-MM": NC detected, CA due, document next review
    QString closedMonth;          // "YYYY-MM": NC closed, CA completed
};

struct RegisterRow {
    QString id;
    QVariantList values; // one per column, canonical text (dates ISO, enum keys) or numbers
};

// SQL-side filtering, sorting, counting and paging over one record table, so that a register with
// 100,000 rows only ever loads the page on screen.
class RegisterQuery final {
public:
    RegisterQuery(Workspace& ws, RecordKind kind);

    static QList<RegisterColumn> columns(RecordKind kind);
    static int columnIndex(RecordKind kind, const QString& key); // -1 when unknown
    // Text for people: enum labels, "Yes"/"No", the flag as "Overdue".
    static QString displayText(ColumnType type, RecordKind kind, const QVariant& raw);
    // Status keys with their labels, in workflow order (processes: active / retired).
    static QList<QPair<QString, QString>> statusChoices(RecordKind kind);

    RecordKind kind() const { return m_kind; }
    void setFilter(const RegisterFilter& filter) { m_filter = filter; }
    const RegisterFilter& filter() const { return m_filter; }
    // Sort by column `column` (index into columns()); ties by record number.
    void setSort(int column, bool descending);

    Result<qint64> count() const;      // rows matching the filter
    Result<qint64> totalCount() const; // all rows of the register
    Result<QList<RegisterRow>> fetch(qint64 offset, int limit) const;
    // Distinct owners / responsible people in the register, for the filter combo.
    Result<QStringList> owners() const;

private:
    struct Where {
        QString sql;
        QVariantList binds;
    };
    Where where() const;
    QString today() const;
    QStringList columnExpressions() const;
    QString overdueExpression() const;
    QString sortExpression() const;
    QString ownerColumn() const;

    Workspace& m_ws;
    RecordKind m_kind;
    RegisterFilter m_filter;
    int m_sortColumn = 0;
    bool m_descending = false;
};

} // namespace qms
