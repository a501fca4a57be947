#include "RegisterQuery.h"

#include "Database.h"
#include "RecordTraits.h"
#include "RuleSql.h"
#include "SearchIndex.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <span>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::RegisterQuery)
};

QString statusColumn(RecordKind kind) {
    return QStringLiteral("r.") + QString::fromLatin1(kindDecl(kind).statusField);
}

bool filtersBy(RecordKind kind, const char* field) {
    for (const char* f : kindDecl(kind).filterEnums)
        if (qstrcmp(f, field) == 0)
            return true;
    return false;
}

QString placeholders(qsizetype n) {
    QStringList p;
    for (qsizetype i = 0; i < n; ++i)
        p << QStringLiteral("?");
    return p.join(QLatin1Char(','));
}

// LIKE pattern matching `text` anywhere, with LIKE's wildcards taken literally.
QString containsPattern(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

RegisterQuery::RegisterQuery(Workspace& ws, RecordKind kind)
    : m_ws(ws)
    , m_kind(kind) {}

QList<RegisterColumn> RegisterQuery::columns(RecordKind kind) {
    QList<RegisterColumn> out;
    for (const ColumnDecl& d : kindDecl(kind).columns)
        out.append({QString::fromLatin1(d.key), Tr::tr(d.label), d.type});
    return out;
}

int RegisterQuery::columnIndex(RecordKind kind, const QString& key) {
    return kindDecl(kind).columnIndex(key);
}

QString RegisterQuery::displayText(ColumnType type, RecordKind kind, const QVariant& raw) {
    const QString s = raw.toString();
    switch (type) {
    case ColumnType::Status:
        return kindDecl(kind).stateLabel(s);
    case ColumnType::Enum:
        return enumLabelForKey(s);
    case ColumnType::YesNo:
        return s == QLatin1String("no") ? Tr::tr("No") : Tr::tr("Yes");
    case ColumnType::Flag:
        return raw.toInt() != 0 ? Tr::tr("Overdue") : QString();
    case ColumnType::Count:
        return QLocale().toString(raw.toLongLong());
    case ColumnType::Date: {
        // Stored ISO, shown in the user's short date format with a four-digit year.
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return s;
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        return QLocale().toString(d, format);
    }
    case ColumnType::Id:
    case ColumnType::Text:
        return s;
    }
    return s;
}

QList<QPair<QString, QString>> RegisterQuery::statusChoices(RecordKind kind) {
    QList<QPair<QString, QString>> out;
    const KindDecl& d = kindDecl(kind);
    for (const StateDecl& s : d.states)
        out.append({QString::fromLatin1(s.key), d.stateLabel(QString::fromLatin1(s.key))});
    return out;
}

void RegisterQuery::setSort(int column, bool descending) {
    m_sortColumn = (column >= 0 && column < int(kindDecl(m_kind).columns.size())) ? column : 0;
    m_descending = descending;
}

QString RegisterQuery::today() const {
    return m_ws.clock().today().toString(Qt::ISODate);
}

QString RegisterQuery::overdueExpression() const {
    return sql::kindOverdue(kindDecl(m_kind), QStringLiteral("r"),
                            QLatin1Char('\'') + today() + QLatin1Char('\''));
}

QString RegisterQuery::ownerColumn() const {
    return QStringLiteral("r.") + QString::fromLatin1(kindDecl(m_kind).ownerField);
}

QStringList RegisterQuery::columnExpressions() const {
    QStringList out;
    const KindDecl& d = kindDecl(m_kind);
    const QString t = QLatin1Char('\'') + today() + QLatin1Char('\'');
    for (const ColumnDecl& c : d.columns)
        out << sql::computedColumn(d, c, QStringLiteral("r"), t);
    return out;
}

QString RegisterQuery::sortExpression() const {
    const KindDecl& d = kindDecl(m_kind);
    const ColumnDecl& c = d.columns[m_sortColumn];
    const QString expr =
        sql::computedColumn(d, c, QStringLiteral("r"), QLatin1Char('\'') + today() + QLatin1Char('\''));
    if (c.type == ColumnType::Id)
        return QStringLiteral("r.seq");
    if (c.type == ColumnType::Status) {
        QStringList keys;
        for (const StateDecl& st : d.states)
            keys << QString::fromLatin1(st.key);
        return sql::orderCase(expr, keys);
    }
    if (c.order)
        return sql::orderCase(expr, QString::fromLatin1(c.order).split(QLatin1Char(',')));
    if (c.sortNoCase)
        return expr + QStringLiteral(" COLLATE NOCASE");
    return expr;
}

RegisterQuery::Where RegisterQuery::where() const {
    QStringList parts;
    QVariantList binds;
    const RegisterFilter& f = m_filter;
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        const QString fts = SearchIndex::ftsQuery(text);
        const QString titleColumn = QStringLiteral("r.") + QString::fromLatin1(kindDecl(m_kind).titleField);
        QString clause = QStringLiteral("r.id LIKE ? ESCAPE '\\' OR %1 LIKE ? ESCAPE '\\'").arg(titleColumn);
        binds << containsPattern(text) << containsPattern(text);
        if (!fts.isEmpty()) {
            clause += QStringLiteral(
                " OR r.id IN (SELECT record_id FROM search_index WHERE search_index MATCH ? AND kind = ?)");
            binds << fts << enumKey(m_kind);
        }
        parts << QLatin1Char('(') + clause + QLatin1Char(')');
    }
    if (!f.statuses.isEmpty()) {
        parts << QStringLiteral("%1 IN (%2)").arg(statusColumn(m_kind), placeholders(f.statuses.size()));
        for (const QString& s : f.statuses)
            binds << s;
    }
    if (filtersBy(m_kind, "severity") && !f.severities.isEmpty()) {
        parts << QStringLiteral("r.severity IN (%1)").arg(placeholders(f.severities.size()));
        for (const QString& s : f.severities)
            binds << s;
    }
    if (filtersBy(m_kind, "source") && !f.source.isEmpty()) {
        parts << QStringLiteral("r.source = ?");
        binds << f.source;
    }
    if (!f.owner.isEmpty()) {
        parts << ownerColumn() + QStringLiteral(" = ? COLLATE NOCASE");
        binds << f.owner;
    }
    if (!f.clause.isEmpty()) {
        parts << QStringLiteral("r.id IN (SELECT record_id FROM record_links WHERE field = 'clauses' AND "
                                "(target = ? OR target LIKE ?))");
        binds << f.clause << f.clause + QStringLiteral(".%");
    }
    if (f.openOnly) {
        const QStringList closed = kindDecl(m_kind).closedStates();
        parts << QStringLiteral("%1 NOT IN (%2)").arg(statusColumn(m_kind), placeholders(closed.size()));
        for (const QString& s : closed)
            binds << s;
    }
    if (f.overdueOnly)
        parts << overdueExpression();
    auto monthColumn = [&](bool closedMonth) -> QString {
        const char* field = closedMonth ? kindDecl(m_kind).closedDateField : kindDecl(m_kind).dateField;
        return field && *field ? QStringLiteral("r.") + QString::fromLatin1(field) : QString();
    };
    if (!f.month.isEmpty() && !monthColumn(false).isEmpty()) {
        parts << monthColumn(false) + QStringLiteral(" LIKE ?");
        binds << f.month + QLatin1Char('%');
    }
    if (!f.closedMonth.isEmpty() && !monthColumn(true).isEmpty()) {
        parts << monthColumn(true) + QStringLiteral(" LIKE ?");
        binds << f.closedMonth + QLatin1Char('%');
    }
    const KindDecl& decl = kindDecl(m_kind);
    const DueRule* ownRule =
        decl.overdueRule && !decl.overdueVia ? decl.dueRule(QString::fromLatin1(decl.overdueRule)) : nullptr;
    if (ownRule && f.reviewDueWithinDays >= 0) {
        parts << sql::dueWithin(decl, *ownRule, QStringLiteral("r"), QStringLiteral("?"));
        binds << m_ws.clock().today().addDays(f.reviewDueWithinDays).toString(Qt::ISODate);
    }
    Where w;
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    w.binds = binds;
    return w;
}

Result<qint64> RegisterQuery::count() const {
    const Where w = where();
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 r%2").arg(tableFor(m_kind), w.sql));
    for (const QVariant& b : w.binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), Tr::tr("Counting %1").arg(recordKindPluralLabel(m_kind)));
    return q.value(0).toLongLong();
}

Result<qint64> RegisterQuery::totalCount() const {
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(tableFor(m_kind))) || !q.next())
        return sqlError(q.lastError(), Tr::tr("Counting %1").arg(recordKindPluralLabel(m_kind)));
    return q.value(0).toLongLong();
}

Result<QList<RegisterRow>> RegisterQuery::fetch(qint64 offset, int limit) const {
    const auto cols = kindDecl(m_kind).columns;
    const QString sortExpr = sortExpression();
    const QString dir = m_descending ? QStringLiteral("DESC") : QStringLiteral("ASC");

    // First the page's ids (sorting needs only the sort key), then the columns of those rows only,
    // so computed columns such as "overdue" cost 200 lookups rather than one per row of the table.
    const Where w = where();
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id FROM %1 r%2 ORDER BY %3 %4, r.seq %4 LIMIT ? OFFSET ?")
                  .arg(tableFor(m_kind), w.sql, sortExpr, dir));
    for (const QVariant& b : w.binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Reading %1").arg(recordKindPluralLabel(m_kind)));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    QList<RegisterRow> rows;
    if (ids.isEmpty())
        return rows;

    QSqlQuery d(m_ws.database().connection());
    d.setForwardOnly(true);
    d.prepare(
        QStringLiteral("SELECT r.id, %1 FROM %2 r WHERE r.id IN (%3)")
            .arg(columnExpressions().join(QStringLiteral(", ")), tableFor(m_kind), placeholders(ids.size())));
    for (const QString& id : ids)
        d.addBindValue(id);
    if (!d.exec())
        return sqlError(d.lastError(), Tr::tr("Reading %1").arg(recordKindPluralLabel(m_kind)));
    QHash<QString, RegisterRow> byId;
    const int n = int(cols.size());
    while (d.next()) {
        RegisterRow row;
        row.id = d.value(0).toString();
        row.values.reserve(n);
        for (int c = 0; c < n; ++c)
            row.values << d.value(c + 1);
        byId.insert(row.id, row);
    }
    rows.reserve(ids.size());
    for (const QString& id : ids)
        if (auto it = byId.constFind(id); it != byId.constEnd())
            rows << *it;
    return rows;
}

Result<QStringList> RegisterQuery::owners() const {
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 r WHERE %1 != '' ORDER BY %1 COLLATE NOCASE")
                    .arg(ownerColumn(), tableFor(m_kind))))
        return sqlError(q.lastError(), Tr::tr("Listing owners of %1").arg(recordKindPluralLabel(m_kind)));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace qms
