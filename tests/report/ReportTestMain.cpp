// main() for the report tests. Rendering a PDF needs fonts, and fonts need a QGuiApplication, so
// this replaces the shared QCoreApplication main (the linker takes this main() and leaves the one
// in qmsdesk_testmain unused). The offscreen platform keeps it headless.
#include "support/CatchSession.h"

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QMSDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("QMSDeskTests"));
    QStandardPaths::setTestModeEnabled(true);
    return qms::test::runCatchSession(argc, argv);
}
