#include "PackScope.h"

#include "domain/kinds/KindDeclaration.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace qms::report {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::report::PackScope)
};

QString longDate(const QDate& d) {
    return d.toString(QStringLiteral("d MMM yyyy"));
}

} // namespace

QString PackScope::effectiveTitle() const {
    return title.trimmed().isEmpty() ? Tr::tr("Audit pack") : title.trimmed();
}

bool PackScope::includesType(RecordKind kind) const {
    return types.isEmpty() || types.contains(kind);
}

bool PackScope::isWholeQms() const {
    if (!clauses.isEmpty())
        return false;
    for (RecordKind k : recordKinds())
        if (!includesType(k))
            return false;
    return true;
}

QDateTime PackScope::fromUtc() const {
    return from.isValid() ? from.startOfDay().toUTC() : QDateTime();
}

QDateTime PackScope::toUtc() const {
    // Exclusive bound: the start of the day after `to`.
    return to.isValid() ? to.addDays(1).startOfDay().toUTC() : QDateTime();
}

bool PackScope::dateInPeriod(const QDate& localDate) const {
    if (!localDate.isValid())
        return false;
    return (!from.isValid() || localDate >= from) && (!to.isValid() || localDate <= to);
}

bool PackScope::timeInPeriod(const QDateTime& utc) const {
    if (!utc.isValid())
        return false;
    return (!from.isValid() || utc >= fromUtc()) && (!to.isValid() || utc < toUtc());
}

bool PackScope::matchesClauses(const QStringList& recordClauses, const ClauseCatalogue& catalogue) const {
    if (clauses.isEmpty())
        return true;
    for (const QString& rc : recordClauses)
        for (const QString& wanted : clauses)
            if (rc == wanted || catalogue.isSelfOrDescendant(rc, wanted))
                return true;
    return false;
}

QString PackScope::periodText() const {
    if (from.isValid() && to.isValid())
        return Tr::tr("%1 to %2").arg(longDate(from), longDate(to));
    if (from.isValid())
        return Tr::tr("from %1").arg(longDate(from));
    if (to.isValid())
        return Tr::tr("up to %1").arg(longDate(to));
    return Tr::tr("All dates");
}

QString PackScope::statement(const ClauseCatalogue& catalogue) const {
    QStringList parts;
    QStringList names;
    for (const KindDecl* d : kindDecls())
        if (includesType(d->kind))
            names << inSentence(d->pluralLabelText());
    parts << (types.isEmpty() ? Tr::tr("All registers (%1)") : Tr::tr("Registers: %1"))
                 .arg(names.join(QStringLiteral(", ")));
    if (clauses.isEmpty()) {
        parts << Tr::tr("all clauses of %1").arg(catalogue.displayName());
    } else {
        QStringList named;
        for (const QString& c : clauses) {
            const Clause* cl = catalogue.find(c);
            named << (cl ? QStringLiteral("%1 %2").arg(c, cl->title) : c);
        }
        parts << Tr::tr("records linked to clause(s) %1 or their subclauses")
                     .arg(named.join(QStringLiteral("; ")));
    }
    parts << (hasPeriod() ? Tr::tr("records opened or changed %1").arg(periodText())
                          : Tr::tr("records of any date"));
    parts << (includeClosed ? Tr::tr("closed, cancelled, obsolete and retired records included")
                            : Tr::tr("open and current records only (closed, cancelled, obsolete and retired "
                                     "records excluded)"));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace qms::report
