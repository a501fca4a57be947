#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::Validation)
};

void required(QList<FieldError>& out, const char* field, const QString& value, const QString& message) {
    if (value.trimmed().isEmpty())
        out.append({QString::fromLatin1(field), message});
}

void maxLength(QList<FieldError>& out, const char* field, const QString& value, int max) {
    if (value.size() > max)
        out.append({QString::fromLatin1(field),
                    Tr::tr("is %1 characters long; at most %2 fit").arg(value.size()).arg(max)});
}

void clauses(QList<FieldError>& out, const QStringList& list, const ClauseCatalogue& catalogue) {
    for (const QString& c : list) {
        if (!catalogue.contains(c))
            out.append({QStringLiteral("clauses"),
                        Tr::tr("%1 is not a clause of %2").arg(c, catalogue.displayName())});
    }
}

} // namespace

QList<FieldError> validate(const Document& d, const ClauseCatalogue& catalogue) {
    QList<FieldError> out;
    required(out, "title", d.title, Tr::tr("A document needs a title"));
    maxLength(out, "title", d.title, 300);
    required(out, "owner", d.owner, Tr::tr("Name the document owner"));
    required(out, "revision", d.revision, Tr::tr("Give a revision label, e.g. A"));
    if (d.reviewIntervalMonths < 1 || d.reviewIntervalMonths > 120)
        out.append(
            {QStringLiteral("review_interval_months"), Tr::tr("Review interval must be 1 to 120 months")});
    clauses(out, d.clauses, catalogue);
    return out;
}

QList<FieldError> validate(const Process& p, const ClauseCatalogue& catalogue) {
    QList<FieldError> out;
    required(out, "name", p.name, Tr::tr("A process needs a name"));
    maxLength(out, "name", p.name, 200);
    required(out, "owner", p.owner, Tr::tr("Name the process owner"));
    if (!p.meta.id.isEmpty() && p.feeds.contains(p.meta.id))
        out.append({QStringLiteral("feeds"), Tr::tr("A process cannot feed itself")});
    for (int i = 0; i < p.kpis.size(); ++i)
        if (p.kpis[i].name.trimmed().isEmpty())
            out.append({QStringLiteral("kpis"), Tr::tr("KPI %1 has no name").arg(i + 1)});
    clauses(out, p.clauses, catalogue);
    return out;
}

QList<FieldError> validate(const Nonconformity& n, const ClauseCatalogue& catalogue, const QDate& today) {
    QList<FieldError> out;
    required(out, "title", n.title, Tr::tr("A nonconformity needs a title"));
    maxLength(out, "title", n.title, 300);
    required(out, "description", n.description, Tr::tr("Describe what was found"));
    if (!n.detectedOn.isValid())
        out.append({QStringLiteral("detected_on"), Tr::tr("Give the date it was detected")});
    else if (n.detectedOn > today)
        out.append(
            {QStringLiteral("detected_on"),
             Tr::tr("The detection date %1 lies in the future").arg(n.detectedOn.toString(Qt::ISODate))});
    required(out, "reported_by", n.reportedBy, Tr::tr("Name who reported it"));
    clauses(out, n.clauses, catalogue);
    return out;
}

QList<FieldError> validate(const CorrectiveAction& c, const ClauseCatalogue& catalogue) {
    QList<FieldError> out;
    required(out, "title", c.title, Tr::tr("An action needs a title"));
    maxLength(out, "title", c.title, 300);
    required(out, "owner", c.owner, Tr::tr("Name the action owner"));
    if (!c.dueDate.isValid())
        out.append({QStringLiteral("due_date"), Tr::tr("Give a due date")});
    if (c.effectivenessDue.isValid() && c.dueDate.isValid() && c.effectivenessDue < c.dueDate)
        out.append({QStringLiteral("effectiveness_due"),
                    Tr::tr("The effectiveness check cannot be due before the action itself")});
    if (c.completedOn.isValid() && (c.status == CaStatus::Planned || c.status == CaStatus::InProgress))
        out.append({QStringLiteral("completed_on"), Tr::tr("Only a finished action has a completion date")});
    clauses(out, c.clauses, catalogue);
    return out;
}

QList<FieldError> validate(const ChangeRequest& c, const ClauseCatalogue& catalogue) {
    QList<FieldError> out;
    required(out, "title", c.title, Tr::tr("A change needs a title"));
    maxLength(out, "title", c.title, 300);
    required(out, "reason", c.reason, Tr::tr("Say why the change is needed"));
    required(out, "requested_by", c.requestedBy, Tr::tr("Name who requested it"));
    for (int i = 0; i < c.affected.size(); ++i)
        for (int j = 0; j < i; ++j)
            if (c.affected[i].id == c.affected[j].id)
                out.append({QStringLiteral("affected"),
                            Tr::tr("%1 is listed twice among the affected items").arg(c.affected[i].id)});
    clauses(out, c.clauses, catalogue);
    return out;
}

QList<FieldError> validate(const Audit& a, const ClauseCatalogue& catalogue) {
    QList<FieldError> out;
    required(out, "title", a.title, Tr::tr("An audit needs a title"));
    maxLength(out, "title", a.title, 300);
    if (a.plannedDate.isValid() && a.plannedEnd.isValid() && a.plannedEnd < a.plannedDate)
        out.append({QStringLiteral("planned_end"), Tr::tr("The audit ends before it starts")});
    for (qsizetype i = 0; i < a.checklist.size(); ++i) {
        const ChecklistItem& item = a.checklist[i];
        if (item.question.trimmed().isEmpty())
            out.append({QStringLiteral("checklist"), Tr::tr("Checklist item %1 has no question").arg(i + 1)});
        if (!item.clause.isEmpty() && !catalogue.find(item.clause))
            out.append({QStringLiteral("checklist"), Tr::tr("Checklist item %1: %2 is not a clause of %3")
                                                         .arg(i + 1)
                                                         .arg(item.clause, catalogue.displayName())});
    }
    clauses(out, a.clauses, catalogue);
    return out;
}

QList<FieldError> validate(const ManagementReview& r, const ClauseCatalogue& catalogue) {
    QList<FieldError> out;
    required(out, "title", r.title, Tr::tr("A management review needs a title"));
    maxLength(out, "title", r.title, 300);
    for (qsizetype i = 0; i < r.inputs.size(); ++i)
        for (qsizetype j = 0; j < i; ++j)
            if (r.inputs[i].topic == r.inputs[j].topic)
                out.append({QStringLiteral("inputs"),
                            Tr::tr("The input \"%1\" is listed twice").arg(enumLabel(r.inputs[i].topic))});
    clauses(out, r.clauses, catalogue);
    return out;
}

QList<FieldError> validateUserName(const QString& name) {
    static const QRegularExpression re(QStringLiteral("^[\\w.@-]{1,64}$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    if (!re.match(name).hasMatch())
        return {{QStringLiteral("name"),
                 Tr::tr("A user name is 1 to 64 letters, digits, dots, dashes or underscores, "
                        "without spaces; got \"%1\"")
                     .arg(name)}};
    return {};
}

QString futureDateMessage(const char* fieldLabel, const QDate& date) {
    return Tr::tr("%1 %2 lies in the future")
        .arg(translateFieldLabel(fieldLabel), date.toString(Qt::ISODate));
}

} // namespace qms
