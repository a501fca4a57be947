#include "ProcessMapQuery.h"

#include "Database.h"
#include "Workspace.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace qms {

Result<QList<ProcessMapNode>> ProcessMapQuery::load() const {
    auto processes = m_ws.processes().list();
    if (!processes)
        return processes.error();

    // Open NCs per process in one grouped scan instead of a list of every NC.
    QStringList open;
    for (NcStatus s : enumValues<NcStatus>())
        if (isOpen(s))
            open << QStringLiteral("'%1'").arg(enumKey(s));
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    const QString what =
        QCoreApplication::translate("qms::ProcessMapQuery", "Counting open nonconformities per process");
    if (!q.exec(QStringLiteral("SELECT process, count(*), sum(severity = '%1') FROM nonconformities "
                               "WHERE status IN (%2) AND process <> '' GROUP BY process")
                    .arg(enumKey(Severity::Major), open.join(QLatin1Char(',')))))
        return sqlError(q.lastError(), what);
    QHash<QString, QPair<int, int>> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toInt()});

    QList<ProcessMapNode> out;
    out.reserve(processes->size());
    for (const Process& p : std::as_const(*processes)) {
        ProcessMapNode n;
        n.id = p.meta.id;
        n.name = p.name;
        n.owner = p.owner;
        n.active = p.active;
        n.feeds = p.feeds;
        const auto c = counts.value(p.meta.id);
        n.openNcs = c.first;
        n.openMajorNcs = c.second;
        out.append(n);
    }
    return out;
}

} // namespace qms
