// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/volumesummary.h"

#include "domain/keysource.h"

#include <QStringList>

namespace ra {

QString volumeSummary(const VolumeInfo &v, const Case *inspected, Language language)
{
    auto t = [language](const char *text) { return translate(language, "VolumeSummary", text); };
    QStringList parts{v.description(language)};
    if (inspected) {
        const Case &c = *inspected;
        if (v.kind == VolumeKind::BitLocker)
            parts << t(QT_TRANSLATE_NOOP("VolumeSummary", "unlocked"));
        int faulty = 0;
        for (const Finding &f : c.findings)
            faulty += f.verdict == Verdict::Faulty ? 1 : 0;
        if (!c.windows.computerName.isEmpty())
            parts << c.windows.computerName;
        const QString windows = c.windows.productName.isEmpty() ? t(QT_TRANSLATE_NOOP("VolumeSummary", "Windows found")) : c.windows.productName;
        if (c.windowsRoot.isEmpty())
            parts << t(QT_TRANSLATE_NOOP("VolumeSummary", "no Windows installation"));
        else if (faulty > 0)
            parts << t(QT_TRANSLATE_NOOP("VolumeSummary", "%1, channel file 291 faulty version present")).arg(windows);
        else if (c.findings.isEmpty())
            parts << t(QT_TRANSLATE_NOOP("VolumeSummary", "%1, no channel file 291 (already remediated or not affected)")).arg(windows);
        else
            parts << t(QT_TRANSLATE_NOOP("VolumeSummary", "%1, channel file 291 present, no faulty version")).arg(windows);
    } else if (v.windows) {
        if (!v.windows->computerName.isEmpty())
            parts << v.windows->computerName;
        parts << (v.windows->productName.isEmpty() ? t(QT_TRANSLATE_NOOP("VolumeSummary", "Windows found")) : v.windows->productName);
    } else if (v.kind == VolumeKind::BitLocker) {
        const QList<ProtectorId> ids = v.bitlocker ? v.bitlocker->recoveryIds() : QList<ProtectorId>{};
        if (v.bitlocker && v.bitlocker->hasClearKey()) {
            parts << t(QT_TRANSLATE_NOOP("VolumeSummary", "protection suspended (no key needed)"));
        } else if (!ids.isEmpty()) {
            parts << t(QT_TRANSLATE_NOOP("VolumeSummary", "locked, Key ID %1")).arg(shortKeyIds(ids, language));
        } else if (!v.bitlocker) {
            parts << t(QT_TRANSLATE_NOOP("VolumeSummary", "BitLocker metadata damaged: no intact copy"));
        } else {
            parts << t(QT_TRANSLATE_NOOP("VolumeSummary", "locked, no recovery key protector"));
        }
    }
    return parts.join(listSeparator(language));
}

}  // namespace ra
