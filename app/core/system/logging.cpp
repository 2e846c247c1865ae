// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/logging.h"

#include "system/appdirs.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <QDir>

namespace ra::logging {

namespace {
QString g_logFile;
std::shared_ptr<spdlog::logger> g_logger;

spdlog::level::level_enum parseLevel(const QString &text)
{
    const std::string s = text.trimmed().toLower().toStdString();
    if (s.empty())
        return spdlog::level::info;
    const auto level = spdlog::level::from_str(s);  // unknown names map to off
    return (level == spdlog::level::off && s != "off") ? spdlog::level::info : level;
}
}  // namespace

void init(const Options &options)
{
    std::vector<spdlog::sink_ptr> sinks;
    const QString dir = options.directory.isEmpty() ? AppDirs::logDir() : options.directory;
    g_logFile.clear();
    try {
        if (AppDirs::makePrivateDir(dir)) {
            const QString file = dir + QStringLiteral("/recovery-assistant.log");
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                file.toStdString(), 5 * 1024 * 1024, 5));
            g_logFile = file;
        }
    } catch (const spdlog::spdlog_ex &) {
        g_logFile.clear();  // no log file (read-only home, disk full): keep working without it
    }
    if (options.alsoStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::trace);  // --verbose / --log-level: the logger's level decides
        sinks.push_back(err);
    }
    g_logger = std::make_shared<spdlog::logger>("ra", sinks.begin(), sinks.end());
    const QString level = options.level.isEmpty() ? qEnvironmentVariable("RA_LOG_LEVEL") : options.level;
    g_logger->set_level(parseLevel(level));
    g_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
    g_logger->flush_on(spdlog::level::info);
}

QString logFilePath()
{
    return g_logFile;
}

std::shared_ptr<spdlog::logger> logger()
{
    if (!g_logger) {
        // Before init(): a logger with no sink, so early calls are harmless.
        g_logger = std::make_shared<spdlog::logger>("ra");
        g_logger->set_level(spdlog::level::off);
    }
    return g_logger;
}

}  // namespace ra::logging
