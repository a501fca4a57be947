#pragma once

// A real QMS file for the GUI tests, filled through the repositories with a fixed clock:
// 250 nonconformities (more than one register page), one overdue corrective action, clause links,
// two responsible people, an auditor.

#include "storage/UserRepository.h"
#include "storage/Workspace.h"
#include "support/QtCatch.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>
#include <memory>

namespace qms::test {

#define GUI_REQUIRE_OK(expr)                                                                                 \
    do {                                                                                                     \
        const auto& r_ = (expr);                                                                             \
        INFO(#expr << ": " << (r_.ok() ? std::string("ok") : r_.error().describe().toStdString()));          \
        REQUIRE(r_.ok());                                                                                    \
    } while (false)

inline std::shared_ptr<FixedClock> guiTestClock() {
    return std::make_shared<FixedClock>(QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC));
}

struct RegisterFixture {
    static constexpr int NcCount = 250;
    TempDir dir;
    QString path = dir.filePath(QStringLiteral("fixture.qms"));
    std::shared_ptr<FixedClock> clock = guiTestClock();
    std::unique_ptr<Workspace> ws;

    RegisterFixture() {
        auto created = Workspace::create(
            path, {QStringLiteral("Acme"), QStringLiteral("qm"), QStringLiteral("Quinn Manning")}, clock);
        GUI_REQUIRE_OK(created);
        ws = std::move(created).value();
        User auditor{QStringLiteral("aud"), QStringLiteral("Ada Auditor"), Role::Auditor, true, false};
        GUI_REQUIRE_OK(ws->users().add(auditor));
        const QDate today = clock->today();
        // NC i (1-based): severity cycles major/minor/observation; responsible alice for even i;
        // clause 8.7.1 for i % 5 == 0, 7.5.3 for i % 7 == 0; "scratch" in the title for i % 10 == 0;
        // detected in May 2026 for i <= 100, else June.
        GUI_REQUIRE_OK(ws->database().write([&]() -> Status {
            for (int i = 1; i <= NcCount; ++i) {
                Nonconformity nc;
                nc.title = (i % 10 == 0) ? QStringLiteral("Scratched housing %1").arg(i)
                                         : QStringLiteral("Wrong label %1").arg(i);
                nc.description = QStringLiteral("Found during inspection");
                nc.severity = i % 3 == 1   ? Severity::Major
                              : i % 3 == 2 ? Severity::Minor
                                           : Severity::Observation;
                nc.detectedOn = i <= 100 ? QDate(2026, 5, 1 + i % 28) : QDate(2026, 6, 1 + i % 14);
                nc.reportedBy = QStringLiteral("qm");
                nc.responsible = i % 2 == 0 ? QStringLiteral("alice") : QStringLiteral("bob");
                if (i % 5 == 0)
                    nc.clauses << QStringLiteral("8.7.1");
                if (i % 7 == 0)
                    nc.clauses << QStringLiteral("7.5.3");
                auto r = ws->nonconformities().createInTransaction(nc, {});
                if (!r)
                    return r.error();
            }
            return {};
        }));
        // NC-0001 gets a corrective action due last week: overdue. NC-0002 one due in ten years.
        CorrectiveAction late;
        late.title = QStringLiteral("Retrain packers");
        late.owner = QStringLiteral("alice");
        late.dueDate = today.addDays(-7);
        late.nonconformities = {QStringLiteral("NC-0001")};
        GUI_REQUIRE_OK(ws->actions().create(late));
        CorrectiveAction onTime = late;
        onTime.title = QStringLiteral("New label printer");
        onTime.dueDate = today.addDays(3650); // not overdue by the system clock either (MainWindow tests)
        onTime.nonconformities = {QStringLiteral("NC-0002")};
        GUI_REQUIRE_OK(ws->actions().create(onTime));
        // NC-0003 contained.
        auto nc3 = ws->nonconformities().get(QStringLiteral("NC-0003"));
        GUI_REQUIRE_OK(nc3);
        Nonconformity n = *nc3;
        n.containment = QStringLiteral("Lot quarantined");
        n.status = NcStatus::Contained;
        GUI_REQUIRE_OK(ws->nonconformities().save(n));
    }

    // Reopens the file as `user` (closing the fixture's own connection first).
    std::unique_ptr<Workspace> reopen(const QString& user, OpenMode mode = OpenMode::ReadWrite) {
        ws.reset();
        auto opened = Workspace::open(path, user, mode, clock);
        GUI_REQUIRE_OK(opened);
        return std::move(opened).value();
    }
};

} // namespace qms::test
