#pragma once

#include "Enums.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace qms {

struct Clause {
    QString number; // "8.7.1"
    QString title;
    QString summary;       // our own plain-language line, never the standard's text
    bool untitled = false; // the standard gives no title; `title` is our label
    QString parent;        // "8.7"; empty for top-level clauses
    int depth = 0;         // 0 for "8", 1 for "8.7", ...
};

// A standard's clause structure, loaded from versioned JSON data so that another edition or a
// standard with the same harmonized structure can be added without code changes.
class ClauseCatalogue {
public:
    static Result<ClauseCatalogue> fromJson(const QByteArray& json, const QString& origin);
    static Result<ClauseCatalogue> fromFile(const QString& path);
    // The built-in ISO 9001:2015 catalogue (resource :/qmsdesk/clauses/iso9001-2015.json).
    static const ClauseCatalogue& iso9001();

    QString standard() const { return m_standard; }
    QString edition() const { return m_edition; }
    QString title() const { return m_title; }
    QString displayName() const { return QStringLiteral("%1:%2").arg(m_standard, m_edition); }

    const QList<Clause>& clauses() const { return m_clauses; }
    const Clause* find(const QString& number) const;
    bool contains(const QString& number) const { return m_index.contains(number); }
    QStringList childrenOf(const QString& number) const;
    bool isLeaf(const QString& number) const { return childrenOf(number).isEmpty(); }
    // The clause and every ancestor, nearest first: "8.7.1" -> 8.7.1, 8.7, 8.
    QStringList selfAndAncestors(const QString& number) const;
    bool isSelfOrDescendant(const QString& number, const QString& ancestor) const;

    // Numeric ordering of clause numbers: 4.10 after 4.9.
    static bool lessThan(const QString& a, const QString& b);

private:
    QString m_standard;
    QString m_edition;
    QString m_title;
    QList<Clause> m_clauses;
    QHash<QString, int> m_index;
    QHash<QString, QStringList> m_children;
};

// Per organisation and clause: does the requirement apply (ISO 9001 4.3), and if not, why.
struct ClauseApplicability {
    QString clause;
    bool applicable = true;
    QString justification;
};

} // namespace qms
