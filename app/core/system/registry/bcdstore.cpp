// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/registry/bcdstore.h"

#include "domain/language.h"
#include "system/externalcommand.h"
#include "system/registry/registryhive.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

namespace ra {

QString SafeBootFlag::valueName() const
{
    switch (value) {
    case 0: return QStringLiteral("minimal");
    case 1: return QStringLiteral("network");
    case 2: return QStringLiteral("dsrepair");
    default: return QString::number(value);
    }
}

Result<SafeBootFlag> BcdStore::readSafeBoot(const QString &hivePath)
{
    auto hive = RegistryHive::open(hivePath);
    if (!hive)
        return hive.error();
    const QString objects = QStringLiteral("Objects\\");
    const QString element = QStringLiteral("\\Elements\\%1");
    auto bootManager = hive->key(objects + QLatin1String(BootManagerObject) + element.arg(QLatin1String(DefaultObjectElement)));
    if (!bootManager)
        return bootManager.error();
    if (!bootManager->has_value())
        return makeError(ErrorKind::NotFound, tr("The boot configuration store names no default Windows entry."), hivePath);
    auto defaultObject = hive->string(**bootManager, QStringLiteral("Element"));
    if (!defaultObject)
        return defaultObject.error();
    if (!defaultObject->has_value())
        return makeError(ErrorKind::NotFound, tr("The boot configuration store names no default Windows entry."), hivePath);
    SafeBootFlag flag;
    flag.defaultObject = defaultObject->value();
    auto safeBoot = hive->key(objects + flag.defaultObject + element.arg(QLatin1String(SafeBootElement)));
    if (!safeBoot)
        return safeBoot.error();
    if (!safeBoot->has_value())
        return flag;
    auto data = hive->binary(**safeBoot, QStringLiteral("Element"));
    if (!data)
        return data.error();
    if (!data->has_value() || data->value().size() != 8)
        return makeError(ErrorKind::BadInput, tr("The Safe Mode setting in the boot configuration store is damaged."),
                         QStringLiteral("%1: element %2 is not an 8-byte integer").arg(hivePath, QLatin1String(SafeBootElement)));
    flag.set = true;
    flag.value = qFromLittleEndian<quint64>(data->value().constData());
    return flag;
}

Result<std::optional<SafeBootFlag>> BcdStore::readFromDisk(const QList<VolumeInfo> &volumes, const QString &device,
                                                           ReportNode &report)
{
    if (ExternalCommand::findTool(QStringLiteral("mcopy")).isEmpty())
        return ExternalCommand::toolMissing(QStringLiteral("mcopy"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(ErrorKind::Failed, tr("A temporary folder cannot be created."), dir.errorString());
    for (const VolumeInfo &v : volumes) {
        if (v.device != device || v.kind != VolumeKind::Fat || v.partitionNumber == 0)
            continue;
        const QString copy = dir.filePath(QStringLiteral("BCD-%1").arg(v.partitionNumber));
        ExternalCommand mcopy(QStringLiteral("mcopy"),
                              {QStringLiteral("-n"), QStringLiteral("-i"), QStringLiteral("%1@@%2").arg(device).arg(v.offset),
                               QStringLiteral("::/EFI/Microsoft/Boot/BCD"), copy});
        mcopy.setTimeout(30000);
        ReportNode &node = report.addChild(tr("Boot configuration store on partition %1").arg(v.partitionNumber));
        auto output = mcopy.run(node);
        if (!output)
            return output.error();
        if (output->exitCode != 0 || !QFileInfo::exists(copy)) {
            node.finish(ReportNode::State::Skipped, output->text());
            continue;  // a FAT partition without a Windows boot store
        }
        auto flag = readSafeBoot(copy);
        if (!flag) {
            node.finish(ReportNode::State::Warning, flag.error().message);
            return flag.error();
        }
        node.finish(flag->set ? ReportNode::State::Warning : ReportNode::State::Ok,
                    flag->set ? QStringLiteral("safeboot %1 on %2").arg(flag->valueName(), flag->defaultObject)
                              : QStringLiteral("no safeboot on %1").arg(flag->defaultObject));
        return std::optional<SafeBootFlag>(*flag);
    }
    return std::optional<SafeBootFlag>();
}

void BcdStore::addToCase(const SafeBootFlag &flag, Case &c)
{
    if (!flag.set)
        return;
    const char *step = QT_TRANSLATE_NOOP("BcdStore",
                                         "Safe Mode (safeboot %1) is left switched on for the default Windows entry: "
                                         "Windows will start in Safe Mode every time. Clear it in an administrator "
                                         "Command Prompt (or WinRE) with: %2");
    auto in = [&](Language l) {
        return translate(l, "BcdStore", step).arg(flag.valueName(), QLatin1String(ClearCommand));
    };
    c.extraNextSteps.append({in(Language::English), in(Language::Japanese)});
    c.report->addChild(in(uiLanguage())).finish(ReportNode::State::Warning, flag.defaultObject);
}

}  // namespace ra
