// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/finding.h"

#include "domain/playbook.h"

#include <QFile>

namespace ra {

namespace {
const char *const kContext = "Classifier";
}

QString Finding::fileName() const
{
    return relativePath.section(u'/', -1);
}

QByteArray Finding::localPath() const
{
    return nativePath.isEmpty() ? QFile::encodeName(absolutePath) : nativePath;
}

QStringList planKeys(const QList<Finding> &plan)
{
    QStringList keys;
    for (const Finding &f : plan)
        keys.append(f.relativePath + u'|' + f.sha256);
    keys.sort();
    return keys;
}

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), relativePath);
    o.insert(QStringLiteral("size"), size);
    o.insert(QStringLiteral("lastWriteUtc"), lastWriteUtc.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("sha256"), sha256);
    o.insert(QStringLiteral("header"), Classifier::headerKey(header));
    o.insert(QStringLiteral("verdict"), Classifier::verdictKey(verdict));
    o.insert(QStringLiteral("reason"), Classifier::reasonText(reason, Language::English));
    o.insert(QStringLiteral("selected"), selected);
    return o;
}

HeaderState Classifier::headerState(const Playbook &playbook, const QByteArray &firstBytes)
{
    if (!playbook.header.isEmpty() && firstBytes.startsWith(playbook.header))
        return HeaderState::Valid;
    if (!firstBytes.isEmpty() && firstBytes.count('\0') == firstBytes.size())
        return HeaderState::AllZero;
    return HeaderState::Other;
}

Classifier::Outcome Classifier::classify(const Playbook &playbook, const QDateTime &lastWriteUtc, HeaderState header)
{
    // The timestamp decides first: the faulty release is identified by its last-write time.
    if (!lastWriteUtc.isValid())
        return {Verdict::Unknown, VerdictReason::NoTimestamp};
    const QDateTime t = lastWriteUtc.toUTC();
    if (t >= playbook.faultyFrom && t < playbook.faultyUntil)
        return {Verdict::Faulty, VerdictReason::FaultyWindow};
    // Zero-filled copies were seen on crashed hosts: whatever their time, they are not a good
    // channel file; keep them selected (unknown) so the vendor procedure removes them.
    if (header == HeaderState::AllZero)
        return {Verdict::Unknown, VerdictReason::ZeroFilled};
    if (header == HeaderState::Other)
        return {Verdict::Unknown, VerdictReason::NotChannelFile};
    if (t >= playbook.goodFrom)
        return {Verdict::Good, VerdictReason::GoodWindow};
    return {Verdict::Unknown, VerdictReason::BeforeFaultyWindow};
}

void Classifier::applyDefaultSelection(QList<Finding> &findings, bool vendorProcedure)
{
    for (Finding &f : findings)
        f.selected = f.removable() && (vendorProcedure || f.verdict != Verdict::Good);
}

QString Classifier::verdictName(Verdict verdict, Language language)
{
    switch (verdict) {
    case Verdict::Faulty: return translate(language, kContext, QT_TRANSLATE_NOOP("Classifier", "faulty version"));
    case Verdict::Good: return translate(language, kContext, QT_TRANSLATE_NOOP("Classifier", "good version"));
    case Verdict::Unknown: return translate(language, kContext, QT_TRANSLATE_NOOP("Classifier", "unknown version"));
    }
    return {};
}

QString Classifier::verdictName(Verdict verdict)
{
    return verdictName(verdict, uiLanguage());
}

QString Classifier::reasonText(VerdictReason reason, Language language)
{
    switch (reason) {
    case VerdictReason::FaultyWindow:
        return translate(language, kContext, QT_TRANSLATE_NOOP("Classifier",
            "Written between 04:09 and 05:27 UTC on 19 July 2024: the faulty update."));
    case VerdictReason::GoodWindow:
        return translate(language, kContext, QT_TRANSLATE_NOOP("Classifier",
            "Written at 05:27 UTC on 19 July 2024 or later: the corrected update."));
    case VerdictReason::BeforeFaultyWindow:
        return translate(language, kContext, QT_TRANSLATE_NOOP("Classifier",
            "Written before the faulty update; the vendor procedure removes it too."));
    case VerdictReason::ZeroFilled:
        return translate(language, kContext, QT_TRANSLATE_NOOP("Classifier",
            "The file is filled with zero bytes, as seen on crashed machines."));
    case VerdictReason::NotChannelFile:
        return translate(language, kContext, QT_TRANSLATE_NOOP("Classifier",
            "The file does not start with the channel file header."));
    case VerdictReason::NoTimestamp:
        return translate(language, kContext, QT_TRANSLATE_NOOP("Classifier",
            "The file's last-write time could not be read."));
    case VerdictReason::NotRegularFile:
        return translate(language, kContext, QT_TRANSLATE_NOOP("Classifier",
            "Not a regular file; left alone."));
    case VerdictReason::TooLarge:
        return translate(language, kContext, QT_TRANSLATE_NOOP("Classifier",
            "Far larger than a channel file; left alone. Check it by hand."));
    }
    return {};
}

QString Classifier::reasonText(VerdictReason reason)
{
    return reasonText(reason, uiLanguage());
}

QString Classifier::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Faulty: return QStringLiteral("faulty");
    case Verdict::Good: return QStringLiteral("good");
    case Verdict::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QString Classifier::headerKey(HeaderState header)
{
    switch (header) {
    case HeaderState::Valid: return QStringLiteral("valid");
    case HeaderState::AllZero: return QStringLiteral("zero");
    case HeaderState::Other: return QStringLiteral("other");
    }
    return {};
}

}  // namespace ra
