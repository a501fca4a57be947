// Not a test but the maker of the German and dark-theme screenshots in docs/images, hidden from
// the normal run like test_shell_screenshots.cpp:
//   QMSDESK_SCREENSHOT_DIR=docs/images build/dev/tests/test_gui "[.screenshots-i18n]"
#include "MainWindow.h"
#include "dashboard/DashboardPage.h"
#include "shell/Theme.h"
#include "shell/Translations.h"
#include "storage/DemoData.h"
#include "test_registers_fixture.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace qms;
using namespace qms::gui;

namespace {

QString demoFile(const qms::test::TempDir& dir) {
    const QString path = dir.filePath(QStringLiteral("nordwind.qms"));
    auto ws = DemoData::createWorkspace(path, Workspace::CreateOptions{});
    GUI_REQUIRE_OK(ws);
    return path;
}

void grabDashboard(const QString& path, const QString& file) {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(path, QStringLiteral("k.lange")));
    window.showPage(MainWindow::Page::Dashboard);
    auto* dashboard = window.findChild<DashboardPage*>();
    REQUIRE(dashboard);
    REQUIRE(QTest::qWaitFor([dashboard] { return !dashboard->isCalculating(); }, 20000));
    QTest::qWait(400);
    CHECK(window.grab().save(file));
    REQUIRE(window.closeDatabase());
}

} // namespace

TEST_CASE("Screenshots of the dashboard in German and in the dark theme", "[.screenshots-i18n]") {
    const QString out = qEnvironmentVariable("QMSDESK_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    QSettings().clear();
    qms::test::TempDir dir;
    const QString path = demoFile(dir);
    const QLocale locale;

    REQUIRE(Translations::install(*qApp, QStringLiteral("de")) == QStringLiteral("de"));
    grabDashboard(path, out + QStringLiteral("/dashboard-de.png"));
    Translations::install(*qApp, QStringLiteral("en"));
    QLocale::setDefault(locale);

    const QString styleName = QApplication::style()->name();
    const QPalette palette = QApplication::palette();
    applyDarkTheme(*qApp);
    grabDashboard(path, out + QStringLiteral("/dashboard-dark.png"));
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(palette);
}
