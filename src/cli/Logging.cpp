#include "Logging.h"

#include <QLoggingCategory>
#include <QtGlobal>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace qms::cli {
namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::default_logger()->flush();
        break;
    }
}

} // namespace

void setupLogging(bool verbose) {
    auto logger = spdlog::stderr_color_mt("qmsdesk-cli");
    logger->set_pattern("[%H:%M:%S.%e] [%^%l%$] %v");
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    logger->flush_on(spdlog::level::debug);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageHandler);
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("qmsdesk.*.debug=true"));
}

void logDebug(const QString& message) {
    if (spdlog::default_logger_raw()->should_log(spdlog::level::debug))
        spdlog::debug("{}", message.toStdString());
}

} // namespace qms::cli
