#include "PackDataCollector.h"

#include "OrganisationLogo.h"
#include "domain/kinds/KindRules.h"
#include "storage/ClauseRepository.h"
#include "storage/ProgrammePolicy.h"
#include "storage/SignatureRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <algorithm>
#include <map>

namespace qms::report {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::report::PackDataCollector)
};

constexpr int AuditPageSize = 2000;

Error cancelled() {
    return makeError(ErrorCode::Cancelled, Tr::tr("The export was cancelled."));
}

template <typename R>
bool inScope(const R& r, const PackScope& scope, const ClauseCatalogue& cat, const QSet<QString>& touched) {
    if (!scope.matchesClauses(r.clauses, cat))
        return false;
    if (!scope.hasPeriod())
        return true;
    if (touched.contains(r.meta.id) || scope.timeInPeriod(r.meta.createdAt) ||
        scope.timeInPeriod(r.meta.updatedAt))
        return true;
    if (const char* event = declOf<R>().eventDateField)
        return scope.dateInPeriod(codec::parseDate(fieldText(r, event)).value_or(QDate()));
    return false;
}

// Scans one register in batches and keeps the ids of the records in scope, and of the open ones
// among them in `open`.
template <typename R>
Status scanRegister(const PackRecords& records, const PackData& data, const ClauseCatalogue& cat,
                    const QSet<QString>& touched, QStringList& out, QStringList& open,
                    const std::function<bool()>& keepGoing) {
    if (!data.scope.includesType(kindOf<R>))
        return {};
    qint64 seen = 0;
    return records.scan<R>(data.scope.includeClosed, [&](const R& r) {
        if (inScope(r, data.scope, cat, touched)) {
            out.append(r.meta.id);
            if (isOpenRecord(r))
                open.append(r.meta.id);
        }
        return ++seen % 1000 != 0 || keepGoing();
    });
}

// The nonconformities that get a detail section within `budget`: the open ones first (the most
// recent of them when they alone exceed it), then the most recent closed ones; in log order.
QStringList detailSelection(const QStringList& ncs, const QStringList& open, int budget) {
    if (budget <= 0 || ncs.size() <= budget)
        return ncs;
    QSet<QString> chosen;
    for (qsizetype i = open.size() - 1; i >= 0 && chosen.size() < budget; --i)
        chosen.insert(open[i]);
    for (qsizetype i = ncs.size() - 1; i >= 0 && chosen.size() < budget; --i)
        chosen.insert(ncs[i]);
    QStringList out;
    out.reserve(budget);
    for (const QString& id : ncs)
        if (chosen.contains(id))
            out.append(id);
    return out;
}

} // namespace

Result<PackData> PackDataCollector::collect(const PackScope& scope, const Progress& progress) {
    const auto report = [&](int permille) {
        return !progress || progress(permille, 1000);
    };
    PackData data;
    data.scope = scope;
    const OrganisationProfile organisation = m_ws.organisationProfile();
    data.organisation = organisation.name;
    data.organisationAddress = organisation.address;
    // Printed at most 60 x 20 mm; 300 dpi of that is plenty.
    data.logo = decodeLogo(organisation.logo, QSize(720, 240));
    if (data.logo.hasAlphaChannel()) {
        // PDF/A-1 allows no transparency: flatten onto the white page.
        QImage flat(data.logo.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, data.logo);
        data.logo = flat;
    }
    data.title = scope.effectiveTitle();
    data.generatedBy = m_ws.user().printedName();
    data.generatedUtc = m_ws.clock().nowUtc();
    data.today = m_ws.clock().today();
    data.standard = m_ws.catalogue().displayName();

    // The integrity check runs first so the cover states what was true right before export.
    auto verified = m_ws.verify([&](qint64) { return report(0); });
    if (!verified)
        return verified.error().code == ErrorCode::Cancelled ? cancelled() : verified.error();
    data.verify = *verified;
    auto head = m_ws.audit().head();
    if (!head)
        return head.error();
    data.head = *head;
    if (!report(400))
        return cancelled();

    auto coverage = m_ws.clauses().coverage();
    if (!coverage)
        return coverage.error();
    data.coverage = *coverage;
    data.auditCycleMonths = ProgrammePolicy(m_ws).auditCycleMonths();
    data.signaturesRequired = m_ws.signatures().required();
    auto approvers = m_ws.signatures().approverPasswords();
    if (!approvers)
        return approvers.error();
    data.approvers = *approvers;

    QSet<QString> touched;
    if (scope.hasPeriod())
        if (auto s = collectAudit(data, &touched); !s)
            return s.error();
    if (!report(500))
        return cancelled();
    if (auto s = collectRecords(data, touched, [&] { return report(600); }); !s)
        return s.error().code == ErrorCode::Cancelled ? cancelled() : s.error();
    if (!report(700))
        return cancelled();
    if (data.recordCount() == 0)
        return makeError(ErrorCode::Invalid, Tr::tr("The selected scope contains no records."));
    if (auto s = collectAudit(data, nullptr); !s)
        return s.error();
    if (!report(1000))
        return cancelled();
    return data;
}

Status PackDataCollector::collectRecords(PackData& data, const QSet<QString>& touched,
                                         const std::function<bool()>& keepGoing) {
    const ClauseCatalogue& cat = m_ws.catalogue();
    Status status;
    QList<QStringList> open(data.recordIds.size());
    forEachRecordType([&](auto t) {
        using R = typename decltype(t)::type;
        if (status)
            status = scanRegister<R>(m_records, data, cat, touched, data.ids(kindOf<R>), open[int(kindOf<R>)],
                                     keepGoing);
    });
    if (!status)
        return status;
    // Only nonconformities have detail sections (NcDetailSection).
    data.detailNcs = detailSelection(data.ids(RecordKind::Nonconformity),
                                     open[int(RecordKind::Nonconformity)], data.scope.detailBudget);
    return {};
}

// With `touched`: only notes which records were changed in the period (scope selection). Without:
// gathers the pack's audit trail section, switching to per-record summaries above the budget.
Status PackDataCollector::collectAudit(PackData& data, QSet<QString>* touched) {
    QSet<QString> inScope;
    const bool whole = data.scope.isWholeQms();
    if (!touched && !whole)
        for (const QStringList& ids : std::as_const(data.recordIds))
            for (const QString& id : ids)
                inScope.insert(id);
    std::map<QString, AuditRecordSummary> summary;
    const auto addToSummary = [&](const AuditEntry& e) {
        AuditRecordSummary& s = summary[e.recordId];
        if (s.entries == 0) {
            s.recordId = e.recordId;
            s.first = e.at;
        }
        ++s.entries;
        s.last = e.at;
        if (!s.users.contains(e.user))
            s.users << e.user;
    };
    AuditFilter filter;
    filter.fromUtc = data.scope.fromUtc();
    filter.toUtc = data.scope.toUtc();
    filter.newestFirst = false;
    filter.limit = AuditPageSize;
    for (;;) {
        auto page = m_ws.audit().query(filter);
        if (!page)
            return page.error();
        for (AuditEntry& e : *page) {
            if (touched) {
                touched->insert(e.recordId);
                continue;
            }
            if (!whole && !inScope.contains(e.recordId))
                continue;
            ++data.auditEntryCount;
            if (data.auditSummarised) {
                addToSummary(e);
                continue;
            }
            data.auditEntries.append(std::move(e));
            if (data.auditEntries.size() > data.scope.auditEntryBudget) {
                data.auditSummarised = true;
                for (const AuditEntry& kept : std::as_const(data.auditEntries))
                    addToSummary(kept);
                data.auditEntries.clear();
            }
        }
        if (page->size() < AuditPageSize)
            break;
        // Keyset paging: an OFFSET would step over every earlier entry again for each page.
        filter.afterSeq = page->constLast().seq;
    }
    for (auto& [id, s] : summary)
        data.auditSummary.append(std::move(s));
    return {};
}

Result<QList<StatusChange>> PackDataCollector::statusHistory(const QString& recordId) const {
    auto entries = m_ws.audit().forRecord(recordId);
    if (!entries)
        return entries.error();
    QList<StatusChange> out;
    for (const AuditEntry& e : *entries) {
        if (e.field == QLatin1String("*")) {
            const QJsonObject snapshot = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
            out.append({e.at, e.user, {}, snapshot.value(QStringLiteral("status")).toString(), e.reason});
        } else if (e.field == QLatin1String("status")) {
            out.append({e.at, e.user, e.oldValue, e.newValue, e.reason});
        }
    }
    return out;
}

} // namespace qms::report
