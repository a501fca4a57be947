#include "SearchIndex.h"

#include "Database.h"
#include "RecordTraits.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qms {

QString SearchIndex::ftsQuery(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        terms << QStringLiteral("\"%1\"*").arg(w);
    }
    return terms.join(QLatin1Char(' '));
}

Result<QList<SearchHit>> SearchIndex::search(const QString& text, int limit) const
{
    QList<SearchHit> out;
    const QString query = ftsQuery(text);
    if (query.isEmpty())
        return out;
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT record_id, kind, title, snippet(search_index, 3, '[', ']', '…', 10), "
                             "bm25(search_index, 0, 0, 5.0, 1.0) AS score FROM search_index WHERE search_index MATCH ? "
                             "ORDER BY score LIMIT ?"));
    q.addBindValue(query);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q.lastError(), QCoreApplication::translate("qms::SearchIndex", "Searching for \"%1\"").arg(text));
    const auto exactId = parseRecordId(text);
    while (q.next()) {
        SearchHit h;
        h.id = q.value(0).toString();
        h.kind = enumFromString<RecordKind>(q.value(1).toString()).value_or(RecordKind::Nonconformity);
        const QString title = q.value(2).toString();
        h.title = title.section(QLatin1Char(' '), 1);
        h.snippet = q.value(3).toString();
        h.rank = q.value(4).toDouble();
        if (exactId && formatRecordId(exactId->first, exactId->second) == h.id)
            out.prepend(h);
        else
            out.append(h);
    }
    return out;
}

Status SearchIndex::rebuild()
{
    return m_ws.database().write([&]() -> Status {
        QSqlQuery q(m_ws.database().connection());
        if (!q.exec(QStringLiteral("DELETE FROM search_index")))
            return sqlError(q.lastError(), QStringLiteral("Clearing the search index"));
        auto add = [&](auto& repo) -> Status {
            auto all = repo.list();
            if (!all)
                return all.error();
            QSqlQuery ins(m_ws.database().connection());
            ins.prepare(QStringLiteral("INSERT INTO search_index(rowid, record_id, kind, title, body) VALUES(?,?,?,?,?)"));
            for (const auto& r : *all) {
                ins.addBindValue(searchRowId(repo.kind(), parseRecordId(r.meta.id)->second));
                ins.addBindValue(r.meta.id);
                ins.addBindValue(enumKey(repo.kind()));
                ins.addBindValue(r.meta.id + QLatin1Char(' ') + recordTitle(r));
                ins.addBindValue(searchableText(r));
                if (!ins.exec())
                    return sqlError(ins.lastError(), QStringLiteral("Rebuilding the search index"));
            }
            return {};
        };
        if (auto s = add(m_ws.documents()); !s)
            return s;
        if (auto s = add(m_ws.processes()); !s)
            return s;
        if (auto s = add(m_ws.nonconformities()); !s)
            return s;
        return add(m_ws.actions());
    });
}

} // namespace qms
