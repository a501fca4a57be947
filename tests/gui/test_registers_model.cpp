#include "registers/FilterBar.h"
#include "registers/RegisterModel.h"
#include "registers/RegisterView.h"
#include "registers/StatusChipDelegate.h"
#include "test_registers_fixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace qms;
using namespace qms::gui;
using qms::test::RegisterFixture;

TEST_CASE("RegisterModel: lazy fetching, counts and sorting", "[registers]") {
    RegisterFixture fx;
    RegisterModel model(*fx.ws, RecordKind::Nonconformity);
    CHECK(model.totalCount() == 250);
    CHECK(model.filteredCount() == 250);
    CHECK(model.rowCount() == RegisterModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 250);
    CHECK_FALSE(model.canFetchMore({}));
    // Attached after the paging checks: the tester itself fetches everything it can.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const int statusCol = RegisterQuery::columnIndex(RecordKind::Nonconformity, QStringLiteral("status"));
    CHECK(model.data(model.index(2, statusCol)).toString() == QStringLiteral("Contained"));
    CHECK(model.data(model.index(2, statusCol), RegisterModel::RawRole).toString() ==
          QStringLiteral("contained"));
    CHECK(model.data(model.index(0, 0), RegisterModel::IdRole).toString() == QStringLiteral("NC-0001"));

    model.sort(0, Qt::DescendingOrder);
    CHECK(model.idAt(0) == QStringLiteral("NC-0250"));
    CHECK(model.rowCount() == RegisterModel::PageSize);
    model.sort(statusCol, Qt::DescendingOrder); // contained after open in workflow order
    CHECK(model.idAt(0) == QStringLiteral("NC-0003"));

    QSignalSpy counts(&model, &RegisterModel::countsChanged);
    RegisterFilter f;
    f.text = QStringLiteral("scratch");
    model.setFilter(f);
    CHECK(model.filteredCount() == 25);
    CHECK(model.rowCount() == 25);
    CHECK_FALSE(model.canFetchMore({}));
    REQUIRE(counts.size() == 1);
    CHECK(counts.first().at(0).toLongLong() == 25);
    CHECK(counts.first().at(1).toLongLong() == 250);
}

TEST_CASE("RegisterView: filter bar drives the model and shows 'showing X of Y'", "[registers]") {
    RegisterFixture fx;
    RegisterView view(*fx.ws, RecordKind::Nonconformity);
    view.resize(1100, 600);
    view.show();
    CHECK(view.filterBar()->countText() == QStringLiteral("250 records"));

    // Typing is debounced: the count changes once the timer fired.
    QLineEdit* search = view.filterBar()->searchEdit();
    QTest::keyClicks(search, QStringLiteral("scratch"));
    REQUIRE(QTest::qWaitFor([&] { return view.model()->filteredCount() == 25; }, 3000));
    CHECK(view.filterBar()->countText() == QStringLiteral("showing 25 of 250"));

    auto* overdue = view.findChild<QCheckBox*>(QStringLiteral("filterOverdueOnly"));
    REQUIRE(overdue);
    search->clear();
    overdue->setChecked(true);
    REQUIRE(QTest::qWaitFor([&] { return view.model()->filteredCount() == 1; }, 3000));
    CHECK(view.model()->idAt(0) == QStringLiteral("NC-0001"));
    CHECK(view.filterBar()->countText() == QStringLiteral("showing 1 of 250"));

    // A dashboard preset replaces the filter and shows it in the controls.
    RegisterPreset preset;
    preset.kind = RecordKind::Nonconformity;
    preset.clause = QStringLiteral("8.7");
    preset.owner = QStringLiteral("alice");
    view.applyPreset(preset);
    CHECK(view.model()->filteredCount() == 25);
    CHECK_FALSE(overdue->isChecked());
    CHECK(view.filterBar()->filter().owner == QStringLiteral("alice"));
    CHECK(view.filterBar()->filter().clause == QStringLiteral("8.7"));

    // Activating a row asks to open that record.
    QSignalSpy open(&view, &RegisterView::openRecordRequested);
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.model()->index(0, 1));
    QTest::keyClick(view.table(), Qt::Key_Return);
    REQUIRE(open.size() == 1);
    CHECK(open.first().at(0).toString() == view.model()->idAt(0));

    // Header clicks sort through the model (server side).
    view.applyPreset({});
    view.table()->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    CHECK(view.model()->idAt(0) == QStringLiteral("NC-0001"));
    view.table()->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    CHECK(view.model()->idAt(0) == QStringLiteral("NC-0250"));
}

TEST_CASE("StatusChipDelegate: opaque chip colours with readable text", "[registers]") {
    for (const char* status : {"open", "contained", "root_cause_identified", "action_planned", "verification",
                               "closed", "cancelled"}) {
        const QColor c = StatusChipDelegate::chipColour(RecordKind::Nonconformity, int(ColumnType::Status),
                                                        QString::fromLatin1(status));
        INFO(status);
        REQUIRE(c.isValid());
        CHECK(c.alpha() == 255);
        const QColor text = StatusChipDelegate::textColourOn(c);
        // WCAG-like contrast check on luminance.
        auto lum = [](const QColor& x) {
            auto ch = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * ch(x.redF()) + 0.7152 * ch(x.greenF()) + 0.0722 * ch(x.blueF());
        };
        const double l1 = std::max(lum(c), lum(text)), l2 = std::min(lum(c), lum(text));
        CHECK((l1 + 0.05) / (l2 + 0.05) >= 3.0);
    }
    CHECK_FALSE(
        StatusChipDelegate::chipColour(RecordKind::Nonconformity, int(ColumnType::Flag), 0).isValid());
    CHECK(StatusChipDelegate::chipColour(RecordKind::Nonconformity, int(ColumnType::Flag), 1).isValid());
}
