// Timing of the NC register on a big database; hidden from the normal run.
//   QMSDESK_PERF_DB=/path/100k.qms build/<dir>/tests/test_gui "[.perf]"
#include "test_registers_fixture.h"

#include "registers/RegisterModel.h"
#include "registers/RegisterView.h"

#include <QElapsedTimer>

#include <iostream>

using namespace qms;
using namespace qms::gui;

TEST_CASE("Register timings on a big database", "[.perf]")
{
    const QString path = qEnvironmentVariable("QMSDESK_PERF_DB");
    if (path.isEmpty())
        return;
    auto ws = Workspace::open(path, {}, OpenMode::ReadOnly);
    GUI_REQUIRE_OK(ws);
    QElapsedTimer t;
    auto lap = [&](const char* what) {
        std::cout << what << ": " << t.restart() << " ms" << std::endl;
    };
    t.start();
    RegisterView view(**ws, RecordKind::Nonconformity);
    view.resize(1100, 700);
    view.show();
    lap("register view built and first page loaded");
    std::cout << "  rows " << view.model()->totalCount() << std::endl;
    view.model()->fetchMore({});
    lap("second page");
    view.model()->sort(1, Qt::AscendingOrder);
    lap("sort by title");
    const int overdueCol = RegisterQuery::columnIndex(RecordKind::Nonconformity, QStringLiteral("overdue"));
    view.model()->sort(overdueCol, Qt::DescendingOrder);
    lap("sort by overdue");
    RegisterFilter f;
    f.text = QStringLiteral("leak");
    view.model()->setFilter(f);
    lap("text filter");
    std::cout << "  matches " << view.model()->filteredCount() << std::endl;
    f = {};
    f.overdueOnly = true;
    view.model()->setFilter(f);
    lap("overdue filter");
    f = {};
    f.clause = QStringLiteral("8.7");
    f.openOnly = true;
    view.model()->setFilter(f);
    lap("clause + open filter");
}
