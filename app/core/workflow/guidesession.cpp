// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/guidesession.h"

#include "workflow/casefiling.h"
#include "workflow/casefolder.h"

#include <QRegularExpression>

namespace ra {

GuideSession::GuideSession(Playbook playbook, GuideScript script, KeyExports *sharedExports)
    : m_playbook(std::move(playbook)), m_script(std::move(script))
{
    useExports(sharedExports);
    restart();
}

void GuideSession::useExports(KeyExports *shared)
{
    if (shared) {
        m_exports = shared;
        return;
    }
    if (!m_ownExports)
        m_ownExports = std::make_shared<KeyExports>();
    m_exports = m_ownExports.get();
}

void GuideSession::restart()
{
    m_key.wipe();
    m_keyId.clear();
    m_fullKeyId.clear();
    m_host.clear();
    m_drive = QStringLiteral("D:");
    m_safeMode = false;
    m_closed = false;
    Case next;
    next.technician = m_case.technician;
    next.ticketReference = m_case.ticketReference;
    m_case = std::move(next);
    m_case.id = Case::newId();
    m_case.playbookId = m_playbook.id;
    m_case.byPhone = true;
    m_case.target = tr("remote machine (guided by phone)");
    m_case.report->addChild(tr("Phone guide (WinRE)"));
}

Result<EscrowImportSummary> GuideSession::loadExport(const QString &path)
{
    auto summary = m_exports->importFile(path);
    if (summary)
        m_case.report->addChild(tr("Key export loaded: %n key(s)", nullptr, summary->keys)).finish(ReportNode::State::Ok, path);
    return summary;
}

Result<int> GuideSession::findKey(const QString &keyIdOrHost)
{
    const QString query = keyIdOrHost.normalized(QString::NormalizationForm_KC).trimmed();
    if (query.isEmpty())
        return makeError(ErrorKind::BadInput, tr("Enter the first 8 characters of the Key ID or the computer name."));
    const QList<EscrowEntry> matches = m_exports->lookup(query);
    ReportNode &node = m_case.report->addChild(tr("Key looked up by %1").arg(query));
    if (matches.isEmpty()) {
        node.finish(ReportNode::State::Failed);
        return makeError(ErrorKind::NotFound, tr("No key in the loaded exports matches %1.").arg(query));
    }
    const EscrowEntry &e = matches.first();
    m_key = e.key;
    m_keyId = e.keyId.toUpper();
    m_fullKeyId = e.protectorId.isNull() ? QString() : e.protectorId.toString();
    m_case.keyId = m_fullKeyId.isEmpty() ? m_keyId : m_fullKeyId;
    m_case.keySource = KeySource::exportEntry(e.filePath, e.host, e.date, e.line, e.protectorId);
    m_case.recoveryKeyUsed = true;
    if (!e.host.isEmpty())
        setHost(e.host);
    node.finish(ReportNode::State::Ok, tr("Key ID %1").arg(m_keyId));
    return int(matches.size());
}

QString GuideSession::group(int number) const
{
    if (m_key.isEmpty() || number < 1 || number > RecoveryKey::GroupCount)
        return {};
    return m_key.revealForInputFields().section(u'-', number - 1, number - 1);
}

GuideSession::ReadBack GuideSession::checkGroup(int number, QStringView readBack)
{
    const QString digits = RecoveryKey::normalize(readBack).remove(u' ').remove(u'-');
    ReadBack state = ReadBack::Incomplete;
    switch (RecoveryKey::checkGroup(digits)) {
    case RecoveryKey::GroupState::Valid:
        state = digits == group(number) ? ReadBack::Confirmed : ReadBack::Different;
        break;
    case RecoveryKey::GroupState::BadChecksum:
    case RecoveryKey::GroupState::OutOfRange:
        state = ReadBack::Misheard;
        break;
    default:
        break;
    }
    recordAnswer(QStringLiteral("read-key"), tr("group %1: %2").arg(number).arg(readBackText(state)));
    return state;
}

QString GuideSession::readBackText(ReadBack state)
{
    switch (state) {
    case ReadBack::Confirmed: return tr("confirmed");
    case ReadBack::Misheard: return tr("this group fails its checksum: a digit was misheard; read the group again");
    case ReadBack::Different: return tr("this is a valid group but not this one; read the group again");
    case ReadBack::Incomplete: return tr("a group has 6 digits; read the group again");
    }
    return {};
}

Status GuideSession::setDrive(const QString &letter)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z]):?$"));
    const auto m = re.match(letter.normalized(QString::NormalizationForm_KC).trimmed());
    if (!m.hasMatch())
        return makeError(ErrorKind::BadInput, tr("A drive letter is one letter, such as D."));
    m_drive = m.captured(1).toUpper() + u':';
    recordAnswer(QStringLiteral("find-drive"), m_drive);
    return {};
}

Result<QDateTime> GuideSession::parseDirTime(const QString &line, const QTimeZone &zone)
{
    // dir prints the date in the locale's order: Japanese yyyy/MM/dd, US MM/dd/yyyy (12-hour).
    static const QRegularExpression ymd(QStringLiteral("(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})"));
    static const QRegularExpression mdy(QStringLiteral("(\\d{1,2})/(\\d{1,2})/(\\d{4})"));
    static const QRegularExpression time(
        QStringLiteral("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(AM|PM|午前|午後)?"), QRegularExpression::CaseInsensitiveOption);
    const QString text = line.normalized(QString::NormalizationForm_KC);
    QDate date;
    qsizetype dateEnd = 0;
    if (const auto m = ymd.match(text); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        dateEnd = m.capturedEnd();
    } else if (const auto u = mdy.match(text); u.hasMatch()) {
        date = QDate(u.captured(3).toInt(), u.captured(1).toInt(), u.captured(2).toInt());
        dateEnd = u.capturedEnd();
    }
    const auto t = time.match(text, dateEnd);
    if (!date.isValid() || !t.hasMatch())
        return makeError(ErrorKind::BadInput, tr("Type the date and time as dir shows them, for example 2024/07/19 13:09."));
    int hour = t.captured(1).toInt();
    const QString half = t.captured(4).toUpper();
    if (!half.isEmpty() && (hour < 1 || hour > 12))
        return makeError(ErrorKind::BadInput, tr("Type the date and time as dir shows them, for example 2024/07/19 13:09."));
    if (half == QLatin1String("PM") || half == QStringLiteral("午後"))
        hour = hour % 12 + 12;
    else if (half == QLatin1String("AM") || half == QStringLiteral("午前"))
        hour = hour % 12;
    const QTime clock(hour, t.captured(2).toInt(), t.captured(3).toInt());
    if (!clock.isValid())
        return makeError(ErrorKind::BadInput, tr("Type the date and time as dir shows them, for example 2024/07/19 13:09."));
    return QDateTime(date, clock, zone).toUTC();
}

Result<Finding> GuideSession::reportFile(const QString &line, const QTimeZone &zone)
{
    auto when = parseDirTime(line, zone);
    if (!when)
        return when.error();
    static const QRegularExpression name(QStringLiteral("(\\S+\\.sys)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression size(QStringLiteral("\\s([\\d,]+)\\s+\\S+\\.sys\\s*$"), QRegularExpression::CaseInsensitiveOption);
    const QString text = line.normalized(QString::NormalizationForm_KC);
    Finding f;
    const auto n = name.match(text);
    const QString fileName = n.hasMatch() ? n.captured(1) : m_playbook.filePattern;
    if (n.hasMatch() && !m_playbook.matchesFileName(fileName))
        return makeError(ErrorKind::BadInput, tr("%1 is not a file of this incident (%2).").arg(fileName, m_playbook.filePattern));
    f.relativePath = m_playbook.targetFolder + u'/' + fileName;
    if (const auto s = size.match(text); s.hasMatch())
        f.size = QString(s.captured(1)).remove(u',').toLongLong();
    f.lastWriteUtc = *when;
    // By phone nobody reads the header: the time alone decides, as the vendor's instructions do.
    const auto outcome = Classifier::classify(m_playbook, f.lastWriteUtc, HeaderState::Valid);
    f.verdict = outcome.verdict;
    f.reason = outcome.reason;
    f.selected = f.verdict != Verdict::Good;
    m_case.findings.append(f);
    recordAnswer(QStringLiteral("list-files"),
                 QStringLiteral("%1 %2 UTC: %3").arg(fileName, f.lastWriteUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                     Classifier::verdictKey(f.verdict)));
    return f;
}

void GuideSession::setRemoteUser(const QString &name)
{
    m_case.remoteUser = name.trimmed();
}

void GuideSession::setHost(const QString &host)
{
    m_host = host.trimmed();
    m_case.windows.computerName = m_host;
}

void GuideSession::recordAnswer(const QString &stepId, const QString &answer)
{
    m_case.report->addChild(stepId).finish(ReportNode::State::Ok, answer);
}

void GuideSession::finish(bool deleted, const QString &why)
{
    m_case.closed = QDateTime::currentDateTimeUtc();
    m_case.outcome = deleted ? Outcome::Fixed : Outcome::Failed;
    m_case.outcomeMessage = why;
    recordAnswer(QStringLiteral("delete-files"), deleted ? QStringLiteral("deleted") : why);
}

void GuideSession::setWindows(Language language, WindowsVersion version)
{
    m_windowsLanguage = language;
    m_windowsVersion = version;
}

void GuideSession::setSafeModeRoute(bool safeMode)
{
    if (m_safeMode == safeMode)
        return;
    m_safeMode = safeMode;
    if (safeMode) {
        // In Safe Mode Windows itself runs: its volume is C: again.
        m_drive = QStringLiteral("C:");
        recordAnswer(QStringLiteral("safe-mode"), QStringLiteral("no key: Safe Mode route"));
    } else {
        m_drive = QStringLiteral("D:");
    }
}

void GuideSession::addNextStep(const LocalizedText &step)
{
    for (const LocalizedText &known : m_case.extraNextSteps)
        if (known.en == step.en)
            return;
    m_case.extraNextSteps.append(step);
}

Status GuideSession::close(const QString &casesDir, Language ticketLanguage)
{
    if (m_closed)
        return {};
    if (!m_case.closed.isValid())
        m_case.closed = QDateTime::currentDateTimeUtc();
    if (Status folder = CaseFolder::ensure(m_case, casesDir); !folder)
        return folder;
    m_closed = true;
    return CaseFiling::closeCase(m_case, casesDir, m_playbook, ticketLanguage);
}

GuideValues GuideSession::values(bool showKey) const
{
    GuideValues v = GuideValues::fromPlaybook(m_playbook, m_drive);
    if (showKey && !m_key.isEmpty())
        v.key = m_key.revealForInputFields();
    if (!m_fullKeyId.isEmpty())
        v.keyIdShape = m_fullKeyId.toUpper().remove(u'{').remove(u'}');
    else if (!m_keyId.isEmpty())
        v.keyIdShape = m_keyId + QStringLiteral("-XXXX-XXXX-XXXX-XXXXXXXXXXXX");
    return v;
}

QString GuideSession::ticket(TicketFormat format, Language language, const QTimeZone &zone) const
{
    return Ticket::render(m_case, m_playbook, format, language, zone);
}

}  // namespace ra
