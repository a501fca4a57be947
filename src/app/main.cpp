#include "MainWindow.h"
#include "dashboard/DashboardPage.h"
#include "registers/RegisterView.h"
#include "shell/Icons.h"
#include "shell/Logging.h"
#include "shell/StartupBench.h"
#include "shell/Theme.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QTableView>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace {
Q_LOGGING_CATEGORY(lcMain, "qmsdesk.gui.main")
}

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    // Before anything asks QStandardPaths or QSettings for a location.
    QApplication::setOrganizationName(QStringLiteral("QMS Desk"));
    QApplication::setApplicationName(QStringLiteral("qmsdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("QMS Desk"));
    QApplication::setApplicationVersion(QStringLiteral(QMSDESK_VERSION));
    QApplication::setWindowIcon(qms::gui::appIcon());
    QApplication::setDesktopFileName(QStringLiteral("io.github.qmsdesk.QmsDesk"));

    qms::gui::setupLogging();
    qCInfo(lcMain) << "QMS Desk" << QMSDESK_VERSION << "starting, Qt" << qVersion();

    // Before the parser, so that --help speaks the configured language too.
    qms::gui::Translations::install(app, qms::gui::Translations::configuredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "QMS Desk: ISO 9001 quality management"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A QMS Desk database (*.qms) to open."),
                                 QStringLiteral("[FILE.qms]"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QApplication::translate("main", "Open as the user NAME."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption readOnlyOption(
        QStringLiteral("read-only"),
        QApplication::translate("main", "Open the file for review: nothing can be changed."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo database (created on first use)."));
    // Hidden, for testing and screenshots: a language for this run only, and the dark palette.
    QCommandLineOption langOption(
        QStringLiteral("lang"), QApplication::translate("main", "Show the user interface in LANG (en, de)."),
        QStringLiteral("LANG"));
    langOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption darkOption(
        QStringLiteral("dark"), QApplication::translate("main", "Use the Fusion style with a dark palette."));
    darkOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(userOption);
    parser.addOption(readOnlyOption);
    parser.addOption(demoOption);
    parser.addOption(langOption);
    parser.addOption(darkOption);
    QCommandLineOption benchOption(
        QStringLiteral("bench-startup"),
        QStringLiteral("Print the time to the first painted NC register of FILE (or of "
                       "an empty window with \"empty\") and the peak RSS, then quit."),
        QStringLiteral("FILE|empty"));
    benchOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchOption);
    QCommandLineOption benchPageOption(
        QStringLiteral("bench-page"),
        QStringLiteral("With --bench-startup: \"dashboard\" times the dashboard's first paint "
                       "and its figures instead of the NC register."),
        QStringLiteral("nc-register|dashboard"), QStringLiteral("nc-register"));
    benchPageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchPageOption);
    parser.process(app);
    if (parser.isSet(langOption))
        qms::gui::Translations::install(app, parser.value(langOption));
    if (parser.isSet(darkOption) || qEnvironmentVariableIsSet("QMSDESK_DARK"))
        qms::gui::applyDarkTheme(app);

    if (parser.value(benchOption) == QLatin1String("empty")) {
        // The baseline: a bare Qt main window of the same size, in the same kind of process.
        QMainWindow empty;
        empty.resize(1280, 800);
        qms::gui::StartupBench bench(QStringLiteral("empty-window"));
        bench.watch(&empty);
        empty.show();
        return app.exec();
    }
    qms::gui::MainWindow window;
    if (parser.isSet(benchOption)) {
        // The window is shown once the page is in place, as when QMS Desk opens straight on it.
        // The dashboard prints its first paint ("Calculating…") and when its figures arrive.
        const bool dashboard = parser.value(benchPageOption) == QLatin1String("dashboard");
        auto* bench = new qms::gui::StartupBench(
            dashboard ? QStringLiteral("dashboard-painted") : QStringLiteral("nc-register"), &window);
        window.resize(1280, 800);
        const QString path = QFileInfo(parser.value(benchOption)).absoluteFilePath();
        if (!window.openDatabase(path, parser.value(userOption), qms::OpenMode::ReadWrite)) {
            bench->fail(QStringLiteral("cannot open %1").arg(path));
            return 1;
        }
        if (dashboard) {
            auto* page = window.findChild<qms::gui::DashboardPage*>();
            bench->setQuitOnReport(false);
            bench->watch(page->findChild<QWidget*>(QStringLiteral("openNcsCard")));
            QObject::connect(page, &qms::gui::DashboardPage::updated, bench,
                             [bench] { bench->finish(QStringLiteral("dashboard-filled")); });
        } else {
            window.showPage(qms::gui::MainWindow::Page::Nonconformities);
            bench->watch(window.registerView(qms::RecordKind::Nonconformity)->table()->viewport());
        }
        window.show();
        return app.exec();
    }
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        const QString path = QFileInfo(files.first()).absoluteFilePath();
        const QString user = parser.value(userOption);
        const auto mode = parser.isSet(readOnlyOption) ? qms::OpenMode::ReadOnly : qms::OpenMode::ReadWrite;
        // After the window is up, so that the user picker and error boxes have a parent.
        QTimer::singleShot(0, &window,
                           [&window, path, user, mode] { window.openDatabase(path, user, mode); });
    } else if (parser.isSet(demoOption))
        QTimer::singleShot(0, &window, [&window] { window.openDemo(); });
    const int rc = app.exec();
    qCInfo(lcMain) << "QMS Desk exiting with" << rc;
    spdlog::shutdown();
    return rc;
}
