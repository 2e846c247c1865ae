// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/casefolder.h"

#include "system/appdirs.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cerrno>

namespace ra {

namespace {
Status writeWhole(const QString &path, const QByteArray &data, const QString &sentence)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(errno == ENOSPC ? ErrorKind::DiskFull : ErrorKind::Failed, sentence, file.errorString());
    return {};
}
}  // namespace

QString CaseFolder::pathFor(const Case &c, const QString &casesDir)
{
    return c.folder.isEmpty() ? casesDir + u'/' + c.id : c.folder;
}

Status CaseFolder::ensure(Case &c, const QString &casesDir)
{
    if (!c.folder.isEmpty())
        return {};
    const QString folder = casesDir + u'/' + c.id;
    if (!AppDirs::makePrivateDir(casesDir) || !AppDirs::makePrivateDir(folder))
        return makeError(ErrorKind::Failed, tr("The case folder cannot be created."), folder);
    c.folder = folder;
    return {};
}

Status CaseFolder::writeRecord(const Case &c, const Playbook &playbook, Language ticketLanguage)
{
    auto write = [&](const QString &name, const QByteArray &data) -> Status {
        const QString path = c.folder + u'/' + name;
        if (Status written = writeWhole(path, data, tr("The case file %1 cannot be written.").arg(name)); !written)
            return written;
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return {};
    };
    if (Status written = write(QStringLiteral("case.json"), QJsonDocument(c.toJson()).toJson()); !written)
        return written;
    for (TicketFormat f : {TicketFormat::Text, TicketFormat::Markdown, TicketFormat::Json}) {
        const QByteArray text = Ticket::render(c, playbook, f, ticketLanguage).toUtf8();
        if (Status written = write(QStringLiteral("ticket.") + Ticket::fileSuffix(f), text); !written)
            return written;
    }
    return {};
}

Status CaseFolder::saveTicket(const QString &path, const Case &c, const Playbook &playbook, TicketFormat format,
                              Language language)
{
    return writeWhole(path, Ticket::render(c, playbook, format, language).toUtf8(),
                      tr("The ticket cannot be saved to %1.").arg(path));
}

}  // namespace ra
