#pragma once

#include "domain/ClauseCatalogue.h"
#include "domain/Enums.h"
#include "domain/Records.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace qms::report {

// What an audit pack covers, as chosen by the user (scope dialog or CLI options).
struct PackScope {
    QString title;           // empty: "Audit pack"
    QStringList clauses;     // records linked to one of these clauses or a subclause; empty = all
    QDate from;              // records opened or changed on or after (local date); invalid = open
    QDate to;                // ... on or before; invalid = open
    QList<RecordKind> types; // empty = all four registers
    // Closed/cancelled NCs and CAs, obsolete documents, retired processes: in by default, since
    // auditors sample closed records; leaving them out is the option.
    bool includeClosed = true;
    // Above this many audit entries the trail is printed as one summary line per record.
    int auditEntryBudget = 2000;
    // At most this many nonconformity detail sections (0: no limit). Above it, the open ones come
    // first, then the most recent; the cover, contents and log say so. The log lists every NC.
    int detailBudget = 5000;

    QString effectiveTitle() const;
    bool includesType(RecordKind kind) const;
    bool hasPeriod() const { return from.isValid() || to.isValid(); }
    // Neither clause nor type restriction: the whole QMS (the audit trail then shows every entry).
    bool isWholeQms() const;
    // Half-open UTC bounds of the period (invalid when open on that side).
    QDateTime fromUtc() const;
    QDateTime toUtc() const;
    bool dateInPeriod(const QDate& localDate) const;
    bool timeInPeriod(const QDateTime& utc) const;
    // True when any of `recordClauses` is a selected clause or lies under one.
    bool matchesClauses(const QStringList& recordClauses, const ClauseCatalogue& catalogue) const;

    // "1 Jan 2026 to 30 Jun 2026", "up to ...", "All dates".
    QString periodText() const;
    // One paragraph describing the scope for the cover page.
    QString statement(const ClauseCatalogue& catalogue) const;
};

} // namespace qms::report
