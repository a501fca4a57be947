// Shared main() for the non-GUI test executables.
//
// It creates a QCoreApplication only. GUI tests will create a QApplication in their own main.
#include "support/CatchSession.h"

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char* argv[]) {
    // Before any application object: without a display, a Qt GUI platform plugin would abort and
    // catch_discover_tests would silently register no tests. Harmless for QCoreApplication.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QMSDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("QMSDeskTests"));
    // Keep QStandardPaths away from the real user's settings and data folders.
    QStandardPaths::setTestModeEnabled(true);

    return qms::test::runCatchSession(argc, argv);
}
