#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

namespace qms {

class Workspace;

struct SearchHit {
    QString id;
    RecordKind kind = RecordKind::Nonconformity;
    QString title;
    QString snippet; // matched words wrapped in [ ]
    double rank = 0; // lower is better (bm25)
};

// Full-text search over every record's text (SQLite FTS5), kept in step by the repositories.
class SearchIndex final {
public:
    explicit SearchIndex(Workspace& ws) : m_ws(ws) {}

    // Words are matched as prefixes and all must occur; an exact record id comes first.
    Result<QList<SearchHit>> search(const QString& text, int limit = 50) const;
    // Rebuilds the index from the records (after an import or a repair).
    Status rebuild();
    // The FTS5 query for `text`, or empty when it has no words.
    static QString ftsQuery(const QString& text);

private:
    Workspace& m_ws;
};

} // namespace qms
