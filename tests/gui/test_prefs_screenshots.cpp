// Not a test but the screenshot maker for docs/images/preferences.png, reminders.png and
// pack-scope.png, hidden from the normal run:
//   QMSDESK_SCREENSHOT_DIR=docs/images build/dev/tests/test_gui "[.screenshots-prefs]"

#include "MainWindow.h"
#include "pack/PackExportDialog.h"
#include "prefs/PreferencesDialog.h"
#include "reminders/ReminderDialog.h"
#include "reminders/ReminderFlow.h"
#include "shell/AppSettings.h"
#include "storage/DemoData.h"
#include "test_registers_fixture.h"

#include <QDir>
#include <QSettings>
#include <QTest>

using namespace qms;
using namespace qms::gui;

TEST_CASE("Screenshots of the preferences and reminders", "[.screenshots-prefs]") {
    const QString out = qEnvironmentVariable("QMSDESK_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    QSettings().clear();

    qms::test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("nordwind.qms"));
    {
        auto ws = DemoData::createWorkspace(path, Workspace::CreateOptions{});
        GUI_REQUIRE_OK(ws);
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(path, QStringLiteral("k.lange")));
    REQUIRE(QTest::qWaitFor([&window] { return ReminderFlow::dialogOf(window) != nullptr; }, 10000));
    ReminderDialog* reminders = ReminderFlow::dialogOf(window);
    REQUIRE(reminders);
    REQUIRE(QTest::qWaitForWindowExposed(reminders));
    QTest::qWait(200);
    CHECK(reminders->grab().save(out + QStringLiteral("/reminders.png")));
    reminders->close();

    PreferencesDialog prefs(window.workspace(), &window);
    prefs.show();
    REQUIRE(QTest::qWaitForWindowExposed(&prefs));
    QTest::qWait(200);
    CHECK(prefs.grab().save(out + QStringLiteral("/preferences.png")));
    prefs.close();

    PackExportDialog scope(window.workspace()->catalogue(), &window);
    scope.selectClauses({QStringLiteral("8.7"), QStringLiteral("10.2")});
    scope.setOutputPath(QDir::home().filePath(QStringLiteral("Documents/Audit pack 2026.pdf")));
    scope.show();
    REQUIRE(QTest::qWaitForWindowExposed(&scope));
    QTest::qWait(200);
    CHECK(scope.grab().save(out + QStringLiteral("/pack-scope.png")));
}
