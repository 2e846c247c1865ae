// SPDX-License-Identifier: GPL-3.0-or-later
// recovery-assistant-cli scan: volumes, Key IDs and channel files. Changes nothing.

#include "commands.h"

#include "clioutput.h"
#include "keyoptions.h"

#include "domain/volume.h"
#include "workflow/recoverysession.h"

#include <QJsonArray>

#include <optional>
#include <QJsonDocument>

namespace ra::cli {

int cmdScan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists volumes, their BitLocker protectors, and the channel files on Windows volumes. Changes nothing."));
    parser.addHelpOption();
    QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOption(json);
    KeyOptions keys;
    keys.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("TARGET"), Cli::tr("Block device, disk image or folder; none: every disk."), QStringLiteral("[TARGET...]"));
    if (const auto early = parseArguments(parser, args))
        return *early;
    const bool asJson = parser.isSet(json);

    RecoverySession session;
    if (Status keyRead = keys.read(parser, session); !keyRead)  // once for every target
        return failWith(keyRead.error(), asJson);
    if (Status detected = session.detect(parser.positionalArguments()); !detected)
        return failWith(detected.error(), asJson);
    QJsonArray volumes;
    int worst = ExitOk;
    for (int i = 0; i < session.volumes().size(); ++i) {
        session.selectVolume(i);
        const VolumeInfo volume = session.volumes()[i];
        QJsonObject o = volume.toJson();
        const VolumeKind k = volume.kind;
        const bool openable = k == VolumeKind::Ntfs || k == VolumeKind::Folder || k == VolumeKind::BitLocker;
        bool opened = false;
        if (openable) {
            auto material = keys.materialFor(session);
            if (!material)
                return failWith(material.error(), asJson);
            if (!session.needsKey() || material->kind != UnlockMaterial::Kind::None) {
                OpenOptions options;
                options.readOnly = true;
                const Status status = session.open(std::move(material.value()), options);
                opened = status.ok();
                if (!status) {
                    o.insert(QStringLiteral("error"), status.error().message);
                    worst = qMax<int>(worst, exitCodeFor(status.error().kind));
                }
            }
        }
        o.insert(QStringLiteral("locked"), session.needsKey() && !opened);
        o.insert(QStringLiteral("summary"), session.volumeSummary(session.volumes()[i]));
        if (opened) {
            o.insert(QStringLiteral("inspection"), findingsJson(session));
            if (!session.currentCase().windowsRoot.isEmpty())
                o.insert(QStringLiteral("windows"), session.currentCase().windows.toJson());
        }
        if (volume.kind == VolumeKind::BitLocker && !volume.bitlocker && !volume.problem.isEmpty()) {
            // Damaged or unsupported BitLocker metadata: exit 4, the sentence once on stderr.
            worst = qMax<int>(worst, ExitUnsupported);
            if (!asJson)
                err() << volume.problem << Qt::endl;
        }
        if (!asJson) {
            out() << volume.displayName() << ": " << session.volumeSummary(session.volumes()[i]) << Qt::endl;
            if (volume.bitlocker)
                for (const KeyProtector &p : volume.bitlocker->protectors)
                    out() << "  " << p.displayName() << ": " << p.id.toString() << Qt::endl;
            if (opened)
                printFindings(session);
            if (o.contains(QStringLiteral("error")))
                out() << "  " << o.value(QStringLiteral("error")).toString() << Qt::endl;
        }
        if (opened)
            session.unmount();
        volumes.append(o);
    }
    if (asJson) {
        QJsonObject root;
        root.insert(QStringLiteral("volumes"), volumes);
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (volumes.isEmpty()) {
        out() << Cli::tr("No volume found.") << Qt::endl;
    }
    return worst;
}

}  // namespace ra::cli
