// main() of the GUI tests: a QApplication on the offscreen platform, settings and data folders
// redirected to test locations, message boxes answered without showing.
#include "shell/MessageBox.h"
#include "support/CatchSession.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[]) {
    // Before the QApplication: without a display the xcb plugin would abort, and
    // catch_discover_tests would silently register no tests.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QMSDeskTests"));
    QApplication::setApplicationName(QStringLiteral("QMSDeskTests"));
    // Keep QStandardPaths (and so the demo database and logs) away from the real user's folders.
    QStandardPaths::setTestModeEnabled(true);
    // ctest runs test cases in parallel processes: each gets its own settings file, or one
    // process's recent files and last users leak into another's assertions.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // A forgotten pre-answer must not hang the suite on a modal box.
    qms::gui::MessageBox::setHeadless(true);

    return qms::test::runCatchSession(argc, argv);
}
