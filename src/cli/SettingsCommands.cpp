#include "SettingsCommands.h"

#include "CommandSupport.h"
#include "TextTable.h"
#include "storage/ProgrammePolicy.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>

namespace qms::cli {
namespace {

void printSettings(CommandContext& ctx, Workspace& ws) {
    const ProgrammePolicy policy(ws);
    TextTable table({tr("Setting"), tr("Months"), tr("Meaning")}, 70);
    table.addRow({QStringLiteral("audit-cycle"), QString::number(policy.auditCycleMonths()),
                  tr("Audit every applicable clause within it (9.2.2 a)")});
    table.addRow({QStringLiteral("review-interval"), QString::number(policy.reviewIntervalMonths()),
                  tr("Hold a management review at least this often (9.3.1)")});
    table.print(ctx.out);
}

} // namespace

int runSettings(CommandContext& ctx) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("list (the default), or set audit-cycle|review-interval MONTHS."),
                                 QStringLiteral("[list | set NAME MONTHS]"));
    if (auto rc =
            parseCommand(ctx, parser, ctx.command,
                         tr("Shows or sets the organisation's programme policy: the audit cycle and the "
                            "management review interval, kept in the file and audited.")))
        return *rc;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action == QLatin1String("list")) {
        if (args.size() > 1)
            return usageError(ctx, parser, tr("settings list takes no more arguments"));
        auto ws = openWorkspace(ctx, OpenMode::ReadOnly);
        if (!ws)
            return fail(ctx, ws.error());
        printSettings(ctx, **ws);
        return ExitOk;
    }
    if (action != QLatin1String("set") || args.size() != 3)
        return usageError(ctx, parser, tr("settings: use list, or set audit-cycle|review-interval MONTHS"));
    const QString name = args[1];
    if (name != QLatin1String("audit-cycle") && name != QLatin1String("review-interval"))
        return usageError(
            ctx, parser,
            tr("settings set: \"%1\" is not a setting; use audit-cycle or review-interval").arg(name));
    bool ok = false;
    const int months = args[2].toInt(&ok);
    if (!ok)
        return usageError(ctx, parser,
                          tr("settings set %1 needs a number of months, not \"%2\"").arg(name, args[2]));
    auto ws = openWorkspace(ctx, OpenMode::ReadWrite);
    if (!ws)
        return fail(ctx, ws.error());
    ProgrammePolicy policy(**ws);
    const Status s = name == QLatin1String("audit-cycle") ? policy.setAuditCycleMonths(months)
                                                          : policy.setReviewIntervalMonths(months);
    if (!s)
        return fail(ctx, s.error());
    printSettings(ctx, **ws);
    return ExitOk;
}

} // namespace qms::cli
