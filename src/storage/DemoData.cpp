#include "DemoData.h"

#include "AttachmentStore.h"
#include "ClauseRepository.h"
#include "UserRepository.h"
#include "demo/DemoContent.h"
#include "demo/DemoVocabulary.h"
#include "domain/FieldCodec.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <deque>
#include <numeric>
#include <vector>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::DemoData)
};
QString str(const char* s) {
    return QString::fromUtf8(s);
}

constexpr int HistoryDays = 455; // ~15 months: documents and processes start here
constexpr int NcDays = 425;      // ~14 months of nonconformities

// Adds the record id to an error message, so a failing step says where it failed.
Error where(const Error& e, const QString& what) {
    Error out = e;
    out.message = Tr::tr("Demo data, %1: %2").arg(what, e.message);
    return out;
}

// One thing that happens at one moment of the simulated history.
struct Event {
    QDateTime at;
    qint64 order = 0;
    std::function<Status()> run;
};

// Everything planned for one nonconformity; the ids are filled in as the events run.
struct NcPlan {
    int scenario = 0;
    NcStatus target = NcStatus::Open;
    Severity severity = Severity::Minor;
    NcSource source = NcSource::Other;
    QDate detectedOn;
    QHash<QString, QString> words; // placeholder -> text
    bool ineffective = false;      // first action verified ineffective, NC back to actions
    bool correction = false;       // an extra immediate correction
    bool cancelledAction = false;  // a second action cancelled on the way
    bool bulk = false;             // recorded in one step as imported history
    int cancelReason = 0;
    QString id;
    QStringList actionIds;
};

class Generator {
public:
    Generator(Workspace& ws, const DemoOptions& o)
        : m_ws(ws)
        , m_options(o)
        , m_rng(o.seed) {
        if (o.clock && static_cast<const Clock*>(o.clock.get()) == &ws.clock())
            m_clock = o.clock.get();
        // The history ends a minute before the real now, so nothing lies in the future.
        m_end = QDateTime::currentDateTimeUtc().addSecs(-60);
        m_start = m_end.addDays(-HistoryDays);
    }

    Status run();

private:
    // ---- randomness and text ----
    double u() { return m_rng.generateDouble(); }
    int pick(int n) { return int(m_rng.bounded(quint32(n))); }
    double between(double a, double b) { return a + (b - a) * u(); }
    template <typename T, std::size_t N> const T& any(const T (&items)[N]) { return items[pick(int(N))]; }
    QString fill(const char* text, const QHash<QString, QString>& words) const {
        QString s = str(text);
        for (auto it = words.begin(); it != words.end(); ++it)
            s.replace(it.key(), it.value());
        return s;
    }
    QString owner(const char* name) const { return *name ? str(name) : m_ws.user().name; }
    QString processOwner(int process) const { return owner(demo::processes[process].owner); }
    QDateTime daysBeforeEnd(double days) const { return m_end.addMSecs(qint64(-days * 86400000.0)); }
    QDate localDate(const QDateTime& t) const { return t.toLocalTime().date(); }

    void schedule(const QDateTime& at, std::function<Status()> run) {
        m_events.push_back({std::max(at, m_start), m_nextOrder++, std::move(run)});
    }

    Status setupUsersAndClauses();
    Status createProcesses();
    void planDocuments();
    void planDocument(const demo::DemoDocument& d);
    void planExtraDocuments(int count);
    void planNonconformities();
    void planNcSteps(int index);
    void planBulk(const QList<int>& group);
    void planChanges();
    void planAudits();
    void planAudit(const QString& title, AuditType type, AuditStatus target, double plannedDays, int process,
                   const QStringList& clauses, const QString& team, const QString& lead, const QString& note,
                   const QString& reason, const QList<int>& ncIndexes);
    Status auditStep(const QString& id, AuditStatus to, const std::function<void(Audit&)>& edit,
                     const QString& reason = {});
    void answerChecklist(Audit& audit, const QHash<int, QPair<QString, Severity>>& findings,
                         bool opportunity);
    void planReviews();
    Status reviewStep(const QString& id, ReviewStatus to, const std::function<void(ManagementReview&)>& edit);
    QString documentIdTitled(const QString& title) const;

    Status saveDocument(Document d, const SaveOptions& o, const QString& what, Document* out = nullptr);
    Status ncStep(int index, NcStatus to, const QString& reason = {});
    Status createAction(int index, int kind, const QDate& created);
    Status actionStep(const QString& caId, CaStatus to, const QDate& date, const QString& text = {});
    Nonconformity ncRecord(const NcPlan& p) const;
    CorrectiveAction actionRecord(const NcPlan& p, int kind, const QDate& created) const;

    Workspace& m_ws;
    const DemoOptions& m_options;
    QRandomGenerator m_rng;
    DemoClock* m_clock = nullptr;
    QDateTime m_start, m_end;
    std::vector<Event> m_events;
    qint64 m_nextOrder = 0;
    QStringList m_processIds;
    std::deque<NcPlan> m_ncs;
};

Status Generator::run() {
    if (m_ws.user().role != Role::QualityManager)
        return makeError(
            ErrorCode::Forbidden,
            Tr::tr("Demo data is generated by a quality manager; %1 is not one.").arg(m_ws.user().name));
    const auto countOf = [](const Result<qint64>& r) {
        return r ? *r : -1;
    };
    for (const qint64 n : {countOf(m_ws.documents().count()), countOf(m_ws.nonconformities().count()),
                           countOf(m_ws.processes().count()), countOf(m_ws.actions().count())})
        if (n != 0)
            return makeError(
                ErrorCode::Invalid,
                Tr::tr("Demo data goes into a fresh database; %1 already holds records.").arg(m_ws.path()));
    if (m_options.nonconformities < 0)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("The number of demo nonconformities cannot be negative."));

    return m_ws.database().write([&]() -> Status {
        if (m_clock)
            m_clock->setSimulated(m_start);
        if (auto s = setupUsersAndClauses(); !s)
            return s;
        if (auto s = createProcesses(); !s)
            return s;
        planDocuments();
        planNonconformities();
        planChanges();
        planAudits();
        planReviews();
        std::sort(m_events.begin(), m_events.end(), [](const Event& a, const Event& b) {
            return a.at != b.at ? a.at < b.at : a.order < b.order;
        });
        const qint64 total = qint64(m_events.size());
        for (qint64 i = 0; i < total; ++i) {
            Event& e = m_events[std::size_t(i)];
            if (m_clock)
                m_clock->setSimulated(e.at);
            if (auto s = e.run(); !s)
                return s;
            e.run = nullptr; // free the captured state as we go
            if (m_options.progress && (i % 1000 == 0 || i + 1 == total) && !m_options.progress(i + 1, total))
                return makeError(ErrorCode::Cancelled, Tr::tr("Demo data generation cancelled"));
        }
        if (m_clock)
            m_clock->useRealTime();
        return {};
    });
}

Status Generator::setupUsersAndClauses() {
    for (const auto& du : demo::users) {
        if (m_ws.users().get(str(du.name)))
            continue;
        User u{str(du.name), str(du.displayName), du.role, true, false};
        if (auto r = m_ws.users().add(u); !r)
            return where(r.error(), str(du.name));
    }
    // One exclusion with its justification (ISO 9001 4.3); design stays applicable (own D&D process).
    return m_ws.clauses().setApplicability(
        QStringLiteral("8.5.5"), false,
        QStringLiteral(
            "Nordwind supplies machined parts and modules to customer drawings; there is no installation, "
            "servicing "
            "or warranty service beyond replacing nonconforming parts, which 8.7 covers."));
}

Status Generator::createProcesses() {
    for (int i = 0; i < demo::ProcessCount; ++i) {
        const auto& dp = demo::processes[i];
        Process p;
        p.name = str(dp.name);
        p.owner = processOwner(i);
        p.purpose = str(dp.purpose);
        p.inputs = str(dp.inputs);
        p.outputs = str(dp.outputs);
        p.resources = str(dp.resources);
        p.kpis = codec::parseKpis(str(dp.kpis), nullptr).value_or(QList<Kpi>());
        p.risks = str(dp.risks);
        p.clauses = codec::parseList(str(dp.clauses));
        auto saved = m_ws.processes().createInTransaction(p, {});
        if (!saved)
            return where(saved.error(), p.name);
        m_processIds << saved->meta.id;
    }
    // The interactions, once every process has its id.
    for (int i = 0; i < demo::ProcessCount; ++i) {
        auto p = m_ws.processes().get(m_processIds[i]);
        if (!p)
            return p.error();
        for (const QString& f : codec::parseList(str(demo::processes[i].feeds)))
            p->feeds << m_processIds[f.toInt()];
        if (auto saved = m_ws.processes().saveInTransaction(*p, {}); !saved)
            return where(saved.error(), p->meta.id);
    }
    return {};
}

// ---- Documents ---------------------------------------------------------------------------

Status Generator::saveDocument(Document d, const SaveOptions& o, const QString& what, Document* out) {
    auto saved = d.meta.id.isEmpty() ? m_ws.documents().createInTransaction(d, o)
                                     : m_ws.documents().saveInTransaction(d, o);
    if (!saved)
        return where(saved.error(), what);
    if (out)
        *out = *saved;
    return {};
}

void Generator::planDocuments() {
    const int core = int(std::size(demo::documents));
    for (int i = 0; i < core; ++i)
        planDocument(demo::documents[i]);
    const int wanted =
        m_options.documents >= 0 ? m_options.documents : std::max(core, m_options.nonconformities / 20);
    if (wanted > core)
        planExtraDocuments(wanted - core);
}

void Generator::planDocument(const demo::DemoDocument& d) {
    using demo::DocPlan;
    // When it is released (days before the end of the history) decides whether its review is due.
    double releaseDays = between(20, 300);
    if (d.plan == DocPlan::ReviewOverdue)
        releaseDays = between(385, 430);
    else if (d.plan == DocPlan::ReviewDueSoon)
        releaseDays = between(340, 352);
    else if (d.plan == DocPlan::RevisionDraft || d.plan == DocPlan::ObsoleteRelease)
        releaseDays = between(250, 420);
    const bool releases =
        d.plan != DocPlan::Draft && d.plan != DocPlan::InReview && d.plan != DocPlan::ObsoleteDraft;
    const double createDays = releases ? std::min(releaseDays + between(5, 30), double(HistoryDays) - 1)
                                       : between(5, d.plan == DocPlan::ObsoleteDraft ? 400 : 120);
    const double submitDays = releases ? releaseDays + between(0.5, 4) : createDays - between(1, 4);
    const double laterDays = between(3, std::min(200.0, releaseDays - 1));
    const int interval = d.type == DocumentType::Policy || d.type == DocumentType::Manual ? 24 : 12;
    const QString ownerName = d.process >= 0 ? processOwner(d.process) : m_ws.user().name;
    auto id = std::make_shared<QString>();

    schedule(daysBeforeEnd(createDays), [=, this]() -> Status {
        Document doc;
        doc.title = str(d.title);
        doc.type = d.type;
        doc.owner = ownerName;
        doc.description = str(d.description);
        doc.revision = QStringLiteral("A");
        doc.reviewIntervalMonths = interval;
        doc.clauses = codec::parseList(str(d.clauses));
        if (d.process >= 0)
            doc.processes = {m_processIds[d.process]};
        DocumentRevision rev{
            QStringLiteral("A"), QStringLiteral("First issue"), ownerName, m_ws.clock().today(), {}, {}, {}};
        if (d.attachment) {
            const bool form = d.type == DocumentType::Form;
            const QString file =
                QStringLiteral("%1-A.%2").arg(doc.title.left(40).replace(QLatin1Char(' '), QLatin1Char('_')),
                                              form ? QStringLiteral("csv") : QStringLiteral("pdf"));
            const QByteArray bytes =
                form ? demo::makeCsvForm(doc.title)
                     : demo::makePdf(doc.title, {DemoData::organisation(), doc.description,
                                                 QStringLiteral("Revision A, owner %1").arg(ownerName)});
            auto info = m_ws.attachments().addData(file, bytes);
            if (!info)
                return where(info.error(), doc.title);
            rev.attachment = *info;
        }
        doc.revisions = {rev};
        Document saved;
        if (auto s = saveDocument(doc, {}, doc.title, &saved); !s)
            return s;
        *id = saved.meta.id;
        return {};
    });
    if (d.plan == DocPlan::Draft)
        return;
    // Submit for review (or withdraw a draft).
    schedule(daysBeforeEnd(submitDays), [=, this]() -> Status {
        auto doc = m_ws.documents().get(*id);
        if (!doc)
            return doc.error();
        SaveOptions o;
        if (d.plan == DocPlan::ObsoleteDraft) {
            doc->status = DocumentStatus::Obsolete;
            o.reason = str(d.obsoleteReason);
        } else {
            doc->status = DocumentStatus::InReview;
        }
        return saveDocument(*doc, o, *id);
    });
    if (!releases)
        return;
    schedule(daysBeforeEnd(releaseDays), [=, this]() -> Status {
        auto doc = m_ws.documents().get(*id);
        if (!doc)
            return doc.error();
        doc->status = DocumentStatus::Released;
        Document released;
        if (auto s = saveDocument(*doc, {}, *id, &released); !s)
            return s;
        // Without the demo clock the release is dated today: carry the planned review date over.
        const QDate planned = localDate(daysBeforeEnd(releaseDays)).addMonths(interval);
        if (released.nextReview == planned)
            return {};
        // Re-read: the saved copy holds the release time more precisely than the stored text.
        auto stored = m_ws.documents().get(*id);
        if (!stored)
            return stored.error();
        stored->nextReview = planned;
        SaveOptions o;
        o.reason = QStringLiteral("Review date carried over from the previous document register");
        return saveDocument(*stored, o, *id);
    });
    if (d.plan == DocPlan::ObsoleteRelease) {
        schedule(daysBeforeEnd(laterDays), [=, this]() -> Status {
            auto doc = m_ws.documents().get(*id);
            if (!doc)
                return doc.error();
            doc->status = DocumentStatus::Obsolete;
            SaveOptions o;
            o.reason = str(d.obsoleteReason);
            return saveDocument(*doc, o, *id);
        });
    } else if (d.plan == DocPlan::RevisionDraft) {
        schedule(daysBeforeEnd(laterDays), [=, this]() -> Status {
            auto doc = m_ws.documents().get(*id);
            if (!doc)
                return doc.error();
            if (auto s = DocumentWorkflow::startRevision(*doc, {}, str(d.obsoleteReason), ownerName,
                                                         m_ws.clock().today());
                !s)
                return where(s.error(), *id);
            return saveDocument(*doc, {}, *id);
        });
    }
}

void Generator::planExtraDocuments(int count) {
    static const char* const kinds[] = {"Inspection plan %1",          "Work instruction turning %1",
                                        "Work instruction milling %1", "Setup sheet %2 for %1",
                                        "Test specification %1",       "Packing instruction %1"};
    static const int kindProcess[] = {demo::Inspection, demo::Cnc,      demo::Cnc,
                                      demo::Cnc,        demo::Assembly, demo::Shipping};
    for (int i = 0; i < count; ++i) {
        const int k = pick(int(std::size(kinds)));
        QString title = str(kinds[k]);
        title.replace(QStringLiteral("%1"), str(any(demo::parts)))
            .replace(QStringLiteral("%2"), str(any(demo::machines)));
        title += QStringLiteral(" (%1)").arg(i + 1);
        const int process = kindProcess[k];
        const bool link = u() < 0.25;
        const double r = u();
        const int stage =
            r < 0.08 ? 0 : (r < 0.14 ? 1 : (r < 0.20 ? 3 : 2)); // draft, review, released, obsolete
        const double releaseDays = between(10, 420);
        const QString ownerName = processOwner(process);
        auto id = std::make_shared<QString>();
        schedule(daysBeforeEnd(std::min(releaseDays + between(3, 20), double(HistoryDays - 1))),
                 [=, this]() -> Status {
                     Document doc;
                     doc.title = title;
                     doc.type = k == 4 ? DocumentType::Form : DocumentType::WorkInstruction;
                     doc.owner = ownerName;
                     doc.description = QStringLiteral("Operation-level instruction for %1.").arg(title);
                     doc.revision = QStringLiteral("A");
                     doc.clauses = {QStringLiteral("8.5.1")};
                     if (link)
                         doc.processes = {m_processIds[process]};
                     Document saved;
                     if (auto s = saveDocument(doc, {}, title, &saved); !s)
                         return s;
                     *id = saved.meta.id;
                     return {};
                 });
        for (int step = 1; step <= stage; ++step) {
            const double at =
                releaseDays +
                (step == 1 ? 1.5 : (step == 2 ? 0 : -between(1, std::max(2.0, releaseDays - 2))));
            schedule(daysBeforeEnd(std::max(at, 0.01)), [=, this]() -> Status {
                auto doc = m_ws.documents().get(*id);
                if (!doc)
                    return doc.error();
                SaveOptions o;
                doc->status = step == 1 ? DocumentStatus::InReview
                                        : (step == 2 ? DocumentStatus::Released : DocumentStatus::Obsolete);
                if (step == 3)
                    o.reason = QStringLiteral("Part discontinued by the customer");
                return saveDocument(*doc, o, *id);
            });
        }
    }
}

} // namespace
} // namespace qms

#include "demo/DemoAudits.inc"
#include "demo/DemoChanges.inc"
#include "demo/DemoNonconformities.inc"

namespace qms {

QString DemoData::organisation() {
    return QStringLiteral("Nordwind Precision GmbH");
}

Status DemoData::generate(Workspace& ws, const DemoOptions& options) {
    Generator g(ws, options);
    return g.run();
}

Result<std::unique_ptr<Workspace>>
DemoData::createWorkspace(const QString& path, Workspace::CreateOptions create, DemoOptions options) {
    const bool nordwind = create.organisation.trimmed().isEmpty();
    if (nordwind)
        create.organisation = organisation();
    if (create.adminName.trimmed().isEmpty()) {
        create.adminName = QStringLiteral("k.lange");
        create.adminDisplayName = QStringLiteral("Katrin Lange");
    }
    if (!options.clock)
        options.clock = std::make_shared<DemoClock>();
    // The database is "created" when the simulated history starts.
    options.clock->setSimulated(QDateTime::currentDateTimeUtc().addSecs(-60).addDays(-HistoryDays - 1));
    auto ws = Workspace::create(path, create, options.clock);
    if (!ws)
        return ws.error();
    const auto details = [&]() -> Status {
        if (!nordwind)
            return {};
        OrganisationProfile profile = (*ws)->organisationProfile();
        profile.address = QStringLiteral("Werftstraße 14\n24148 Kiel\nGermany");
        profile.logo = demo::logoSvg();
        return (*ws)->setOrganisationProfile(profile);
    };
    Status s = details();
    if (s)
        s = generate(**ws, options);
    if (!s) {
        ws->reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return s.error();
    }
    return ws;
}

} // namespace qms
