#include "Logging.h"

#include <QDir>
#include <QStandardPaths>
#include <chrono>
#include <cstdio>
#include <memory>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace qms::gui {
namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    auto logger = spdlog::default_logger();
    const QByteArray text = message.toUtf8();
    // Release builds leave file/line empty.
    const char* category = context.category ? context.category : "default";
    const std::string where =
        context.file ? fmt::format(" ({}:{})", context.file, context.line) : std::string();
    switch (type) {
    case QtDebugMsg:
        logger->debug("[{}] {}{}", category, text.constData(), where);
        break;
    case QtInfoMsg:
        logger->info("[{}] {}{}", category, text.constData(), where);
        break;
    case QtWarningMsg:
        logger->warn("[{}] {}{}", category, text.constData(), where);
        break;
    case QtCriticalMsg:
        logger->error("[{}] {}{}", category, text.constData(), where);
        break;
    case QtFatalMsg:
        logger->critical("[{}] {}{}", category, text.constData(), where);
        logger->flush(); // Qt aborts right after the handler returns
        break;
    }
}

} // namespace

QString logFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

QString setupLogging() {
    const QString folder = logFolder();
    QDir().mkpath(folder);
    try {
        const std::string file = (folder + QStringLiteral("/qmsdesk.log")).toUtf8().toStdString();
        auto logger = spdlog::rotating_logger_mt("qmsdesk", file, 2 * 1024 * 1024, 3);
        logger->set_level(spdlog::level::debug);
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(logger);
        // Info lines reach the file within seconds even if the process is killed.
        spdlog::flush_every(std::chrono::seconds(3));
    } catch (const spdlog::spdlog_ex& e) {
        std::fprintf(stderr, "qmsdesk: cannot open the log file in %s: %s\n",
                     folder.toLocal8Bit().constData(), e.what());
        qInstallMessageHandler(qtMessageHandler);
        return {};
    }
    qInstallMessageHandler(qtMessageHandler);
    return folder;
}

} // namespace qms::gui
