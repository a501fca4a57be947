#include "CliApp.h"

#include "AdminCommands.h"
#include "BenchCommand.h"
#include "ClauseCommands.h"
#include "CommandContext.h"
#include "CommandSupport.h"
#include "ImportExportCommands.h"
#include "Logging.h"
#include "PackCommand.h"
#include "PasswordCommands.h"
#include "RecordCommands.h"
#include "SettingsCommands.h"
#include "TableCommands.h"
#include "WorkflowCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

namespace qms::cli {
namespace {

struct Command {
    const char* name;
    const char* summary; // translated in the "qms::cli" context
    int (*handler)(CommandContext&);
    bool needsDb;
};

// One line each in --help; `qmsdesk-cli COMMAND --help` shows the command's own options.
const Command commands[] = {
    {"init", QT_TRANSLATE_NOOP("qms::cli", "Create a new QMS file with its first quality manager"), runInit,
     true},
    {"demo", QT_TRANSLATE_NOOP("qms::cli", "Create a new QMS file filled with demo data"), runDemo, true},
    {"users",
     QT_TRANSLATE_NOOP("qms::cli", "List users, add one, set or clear a password (users list | add | "
                                   "set-password | clear-password)"),
     runUsers, true},
    {"signatures",
     QT_TRANSLATE_NOOP("qms::cli", "List electronic signatures or require them (signatures "
                                   "list | require on|off)"),
     runSignatures, true},
    {"list", QT_TRANSLATE_NOOP("qms::cli", "List the records of a register as a table, CSV or JSON"), runList,
     true},
    {"show", QT_TRANSLATE_NOOP("qms::cli", "Show one record with all fields, links and history"), runShow,
     true},
    {"search", QT_TRANSLATE_NOOP("qms::cli", "Full-text search across all registers"), runSearch, true},
    {"new", QT_TRANSLATE_NOOP("qms::cli", "Create a record from FIELD=VALUE pairs and print its id"), runNew,
     true},
    {"set", QT_TRANSLATE_NOOP("qms::cli", "Change fields or the status of a record (FIELD=VALUE...)"), runSet,
     true},
    {"fill",
     QT_TRANSLATE_NOOP("qms::cli",
                       "Fill a table of a record from the data (an audit checklist from its scope)"),
     runFill, true},
    {"raise",
     QT_TRANSLATE_NOOP("qms::cli", "Make the record a table row asks for (an NC from a checklist item)"),
     runRaise, true},
    {"settings",
     QT_TRANSLATE_NOOP("qms::cli", "Show or set the audit cycle and the management review interval"),
     runSettings, true},
    {"clauses", QT_TRANSLATE_NOOP("qms::cli", "Show the clause tree and coverage, or set applicability"),
     runClauses, true},
    {"import", QT_TRANSLATE_NOOP("qms::cli", "Import a register from CSV, all or nothing"), runImport, true},
    {"export", QT_TRANSLATE_NOOP("qms::cli", "Export a register as CSV or JSON, or the registers as XLSX"),
     runExport, true},
    {"template", QT_TRANSLATE_NOOP("qms::cli", "Write the CSV import template of a register"), runTemplate,
     false},
    {"verify", QT_TRANSLATE_NOOP("qms::cli", "Check the file and the audit trail's hash chain"), runVerify,
     true},
    {"backup", QT_TRANSLATE_NOOP("qms::cli", "Write a consistent copy of the file and verify it"), runBackup,
     true},
    {"restore", QT_TRANSLATE_NOOP("qms::cli", "Replace the file by a backup copy that verifies"), runRestore,
     true},
    {"pack", QT_TRANSLATE_NOOP("qms::cli", "Write the audit pack PDF"), runPackCommand, true},
    {"report",
     QT_TRANSLATE_NOOP("qms::cli", "Write one record as a PDF report (an audit report, a review's record)"),
     runReportCommand, true},
    {"bench", QT_TRANSLATE_NOOP("qms::cli", "Measure performance figures"), runBenchCommand, false},
};

QString commandList() {
    int width = 0;
    for (const Command& c : commands)
        width = std::max(width, int(qstrlen(c.name)));
    QString text = tr("Commands:") + QLatin1Char('\n');
    for (const Command& c : commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(width),
                         QCoreApplication::translate("qms::cli", c.summary));
    text += QLatin1Char('\n') + tr("Run \"qmsdesk-cli COMMAND --help\" for the options of a command.") +
            QLatin1Char('\n');
    return text;
}

QString globalHelp(const QCommandLineParser& parser) {
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const int at = text.indexOf(program);
    if (at >= 0)
        text.replace(at, program.size(), QStringLiteral("qmsdesk-cli"));
    return text + QLatin1Char('\n') + commandList();
}

} // namespace

int run(int argc, char* argv[]) {
    // The audit pack lays out text, which needs fonts and so a QGuiApplication; the offscreen
    // platform keeps the tool headless (no display needed on servers and in CI).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt warns on stderr when a session has no XDG_RUNTIME_DIR (cron, ssh, CI) and then uses a
    // private folder anyway: harmless, but noise in every script's output. Other messages pass
    // until the logger takes over.
    static const QtMessageHandler qtDefault = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
            return;
        if (qtDefault)
            qtDefault(type, context, message);
        else
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QMS Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("qmsdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QMSDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("QMS Desk on the command line: records, import/export, verification."));
    // Everything after the command name belongs to the command and its own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The QMS file to work in."), tr("FILE"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), tr("Act as this user (default: the first quality manager)."), tr("NAME"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), tr("Log debug messages to stderr."));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Lists the options and commands."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Shows the version."));
    const QCommandLineOption passwordFileOption(
        QStringLiteral("password-file"),
        tr("Read the acting user's password from the first line of FILE (or set QMSDESK_PASSWORD). "
           "There is no --password option: arguments are visible to everyone in ps."),
        tr("FILE"));
    parser.addOption(dbOption);
    parser.addOption(userOption);
    parser.addOption(passwordFileOption);
    parser.addOption(verboseOption);
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."),
                                 QStringLiteral("COMMAND [ARGS...]"));

    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << "\n\n" << globalHelp(parser);
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        out << globalHelp(parser);
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        out << "qmsdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << tr("No command given.") << "\n\n" << globalHelp(parser);
        return ExitUsage;
    }
    const QString name = positional.first();
    const Command* command = nullptr;
    for (const Command& c : commands)
        if (name == QLatin1String(c.name))
            command = &c;
    if (!command) {
        err << tr("Unknown command \"%1\".").arg(name) << "\n\n" << globalHelp(parser);
        return ExitUsage;
    }

    setupLogging(parser.isSet(verboseOption));
    CommandContext ctx{parser.value(dbOption),
                       parser.value(userOption),
                       parser.isSet(verboseOption),
                       positional.mid(1),
                       out,
                       err,
                       name};
    const bool wantsHelp =
        ctx.args.contains(QStringLiteral("--help")) || ctx.args.contains(QStringLiteral("-h"));
    if (command->needsDb && ctx.dbPath.isEmpty() && !wantsHelp) {
        err << tr("%1 needs the QMS file: qmsdesk-cli --db FILE %1 ...").arg(name) << '\n';
        return ExitUsage;
    }
    if (parser.isSet(passwordFileOption)) {
        auto password = readPasswordFile(parser.value(passwordFileOption));
        if (!password) {
            err << password.error().describe() << '\n';
            return ExitFailed;
        }
        ctx.password = *password;
    } else if (qEnvironmentVariableIsSet("QMSDESK_PASSWORD")) {
        ctx.password = qEnvironmentVariable("QMSDESK_PASSWORD");
    }
    logDebug(QStringLiteral("command %1 %2").arg(name, ctx.args.join(QLatin1Char(' '))));
    const int rc = command->handler(ctx);
    out.flush();
    err.flush();
    return rc;
}

} // namespace qms::cli
