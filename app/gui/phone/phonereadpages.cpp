// SPDX-License-Identifier: GPL-3.0-or-later
// The phone route, pages 4-5: the key read group by group, the files the user reads out.
#include "phone/phonepages.h"
#include "phone/phonewidgets.h"

#include "domain/finding.h"
#include "domain/guidescript.h"
#include "guidepdf.h"
#include "widgets/dialoghooks.h"
#include "widgets/keyfileloader.h"
#include "widgets/statusmessage.h"
#include "wizardflow.h"
#include "workflow/guidesession.h"
#include "workflow/guidesheet.h"
#include "workflow/recoverysession.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>

namespace ra::gui {

using namespace phone;

// ---------------------------------------------------------------------------------------------

PhoneReadKeyPage::PhoneReadKeyPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent)
    : GuidePage(session, hooks, flow, parent)
{
    setObjectName(QStringLiteral("phoneReadKeyPage"));
    auto *layout = new QVBoxLayout(this);
    addStep(layout, QStringLiteral("read-key"), QStringLiteral("phoneReadKey"));
    // The whole command with the key only on request: the groups are read one at a time.
    m_showKeyCheck = new QCheckBox(this);
    m_showKeyCheck->setObjectName(QStringLiteral("phoneShowKeyCheck"));
    layout->addWidget(m_showKeyCheck);

    auto *groupBox = new QFrame(this);
    groupBox->setObjectName(QStringLiteral("phoneGroupBox"));
    groupBox->setStyleSheet(QStringLiteral("QFrame#phoneGroupBox { background: #ffffff; border: 2px solid #0b57a4; "
                                           "border-radius: 6px; } QFrame#phoneGroupBox QLabel { color: #000000; }"));
    auto *g = new QGridLayout(groupBox);
    m_groupNumber = new QLabel(groupBox);
    m_groupNumber->setObjectName(QStringLiteral("phoneGroupNumber"));
    QFont numberFont = m_groupNumber->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.5);
    numberFont.setBold(true);
    m_groupNumber->setFont(numberFont);
    m_groupDigits = new QLabel(groupBox);
    m_groupDigits->setObjectName(QStringLiteral("phoneGroupDigits"));
    QFont huge = monoFont(3.2);
    huge.setBold(true);
    huge.setLetterSpacing(QFont::PercentageSpacing, 120);
    m_groupDigits->setFont(huge);
    m_groupDigits->setAlignment(Qt::AlignCenter);
    m_progress = new QLabel(groupBox);
    m_progress->setObjectName(QStringLiteral("phoneGroupProgress"));
    m_progress->setTextFormat(Qt::RichText);
    m_progress->setFont(monoFont(1.1));
    m_progress->setAlignment(Qt::AlignCenter);
    g->addWidget(m_groupNumber, 0, 0);
    g->addWidget(m_groupDigits, 1, 0);
    g->addWidget(m_progress, 2, 0);
    layout->addWidget(groupBox);
    m_groupBox = groupBox;
    // Right under the group: what the check said about the group just read back.
    m_verdict = new StatusMessage(this);
    m_verdict->setObjectName(QStringLiteral("phoneReadBackVerdict"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    layout->addWidget(m_verdict);

    m_readBackLabel = new QLabel(this);
    m_readBackLabel->setWordWrap(true);
    m_readBackEdit = new QLineEdit(this);
    m_readBackEdit->setObjectName(QStringLiteral("phoneReadBackEdit"));
    m_readBackEdit->setFont(monoFont(1.6));
    m_readBackEdit->setMaxLength(12);
    m_readBackLabel->setBuddy(m_readBackEdit);
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("phoneCheckGroupButton"));
    m_previousButton = new QPushButton(this);
    m_previousButton->setObjectName(QStringLiteral("phonePreviousGroupButton"));
    m_nextGroupButton = new QPushButton(this);
    m_nextGroupButton->setObjectName(QStringLiteral("phoneNextGroupButton"));
    layout->addWidget(m_readBackLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_readBackEdit, 1);
    row->addWidget(m_checkButton);
    layout->addLayout(row);
    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(m_previousButton);
    moveRow->addWidget(m_nextGroupButton);
    moveRow->addStretch(1);
    layout->addLayout(moveRow);

    addStep(layout, QStringLiteral("unlocked"), QStringLiteral("phoneUnlocked"));
    m_unlockedCheck = new QCheckBox(this);
    m_unlockedCheck->setObjectName(QStringLiteral("phoneUnlockedCheck"));
    layout->addWidget(m_unlockedCheck);
    layout->addStretch(1);

    onEnter(m_readBackEdit, [this] { check(); });
    connect(m_checkButton, &QPushButton::clicked, this, &PhoneReadKeyPage::check);
    connect(m_previousButton, &QPushButton::clicked, this, [this] { showGroup(m_group - 1); });
    connect(m_nextGroupButton, &QPushButton::clicked, this, [this] { showGroup(m_group + 1); });
    connect(m_showKeyCheck, &QCheckBox::toggled, this, &PhoneReadKeyPage::showCommand);
    connect(m_unlockedCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslate();
}

void PhoneReadKeyPage::retranslate()
{
    setTitle(tr("Phone: unlock the drive with the recovery key"));
    m_showKeyCheck->setText(tr("S&how the whole key in the command"));
    m_readBackLabel->setText(tr("What the user &reads back (6 digits; Enter checks):"));
    m_readBackEdit->setAccessibleName(tr("Group as the user reads it back"));
    m_checkButton->setText(tr("&Check"));
    m_previousButton->setText(tr("< &Previous group"));
    m_nextGroupButton->setText(tr("Ne&xt group >"));
    const GuideStep *unlocked = step(QStringLiteral("unlocked"));
    m_unlockedCheck->setText((unlocked ? unlocked->answerPrompt.text(uiLanguage()) : QString()).replace(u'&', QStringLiteral("&&")));
    refreshStep(QStringLiteral("read-key"));
    refreshStep(QStringLiteral("unlocked"));
    showCommand();
    if (!m_states.isEmpty())
        showGroup(m_group);
}

void PhoneReadKeyPage::initializePage()
{
    m_states = QList<int>(RecoveryKey::GroupCount, 0);
    m_showKeyCheck->setChecked(false);
    m_unlockedCheck->setChecked(false);
    m_verdict->clear();
    retranslate();
    showGroup(1);
    QTimer::singleShot(0, this, [this] { m_readBackEdit->setFocus(Qt::OtherFocusReason); });
}

void PhoneReadKeyPage::cleanupPage()
{
    // Leaving backwards: nothing of the key stays on the screen.
    m_groupDigits->clear();
    m_readBackEdit->clear();
    m_showKeyCheck->setChecked(false);
    showCommand();
}

void PhoneReadKeyPage::showCommand()
{
    const GuideStep *s = step(QStringLiteral("read-key"));
    if (!s)
        return;
    GuideValues values = guide().values(m_showKeyCheck->isChecked());
    if (!m_showKeyCheck->isChecked())
        values.key = guide().key().masked();
    setCommand(QStringLiteral("read-key"), values.fill(s->command));
}

void PhoneReadKeyPage::showGroup(int group)
{
    m_group = qBound(1, group, int(RecoveryKey::GroupCount));
    m_groupNumber->setText(tr("Group %1 of %2").arg(m_group).arg(RecoveryKey::GroupCount));
    m_groupDigits->setText(guide().group(m_group));
    m_groupDigits->setAccessibleName(tr("Group %1 to read aloud").arg(m_group));
    QStringList marks;
    for (int i = 0; i < m_states.size(); ++i) {
        const QString mark = m_states.at(i) == 1 ? QStringLiteral("✓") : m_states.at(i) == 2 ? QStringLiteral("✗")
                                                                                             : QStringLiteral("·");
        const QString color = m_states.at(i) == 1 ? QStringLiteral("#1e7b34")
                                                  : m_states.at(i) == 2 ? QStringLiteral("#b3261e") : QStringLiteral("#555555");
        const QString text = QStringLiteral("%1%2").arg(i + 1).arg(mark);
        marks << (i + 1 == m_group ? QStringLiteral("<u><b style=\"color:%1\">%2</b></u>")
                                   : QStringLiteral("<span style=\"color:%1\">%2</span>"))
                     .arg(color, text);
    }
    m_progress->setText(marks.join(QStringLiteral(" ")));
    m_progress->setAccessibleName(tr("%n group(s) confirmed", nullptr, int(m_states.count(1))));
    m_previousButton->setEnabled(m_group > 1);
    m_nextGroupButton->setEnabled(m_group < RecoveryKey::GroupCount);
    m_readBackEdit->clear();
}

void PhoneReadKeyPage::check()
{
    if (m_readBackEdit->text().trimmed().isEmpty())
        return;
    const auto state = guide().checkGroup(m_group, m_readBackEdit->text());
    const QString sentence = GuideSession::readBackText(state);
    if (state == GuideSession::ReadBack::Confirmed) {
        m_states[m_group - 1] = 1;
        const int confirmedGroup = m_group;
        if (!m_states.contains(0) && !m_states.contains(2)) {
            m_verdict->showSuccess(tr("Group %1: %2. All 8 groups confirmed: the user presses Enter.")
                                       .arg(confirmedGroup)
                                       .arg(sentence));
            showGroup(m_group);
            m_unlockedCheck->setFocus(Qt::OtherFocusReason);
            reveal(m_unlockedCheck);
            return;
        } else {
            m_verdict->showSuccess(tr("Group %1: %2.").arg(confirmedGroup).arg(sentence));
            int next = m_group + 1;
            while (next <= RecoveryKey::GroupCount && m_states.at(next - 1) == 1)
                ++next;
            if (next > RecoveryKey::GroupCount)
                next = int(m_states.indexOf(m_states.contains(2) ? 2 : 0)) + 1;
            showGroup(next);
        }
    } else {
        m_states[m_group - 1] = 2;
        m_verdict->showError(tr("Group %1: %2.").arg(m_group).arg(sentence));
        showGroup(m_group);
    }
    m_readBackEdit->setFocus(Qt::OtherFocusReason);
    // On a small or scaled screen: the group, the verdict and the field in view together.
    revealTop(m_groupBox);
}

bool PhoneReadKeyPage::isComplete() const
{
    // Windows' own answer decides: the volume was unlocked.
    return m_unlockedCheck->isChecked();
}

bool PhoneReadKeyPage::validatePage()
{
    guide().recordAnswer(QStringLiteral("unlocked"), QStringLiteral("done"));
    m_groupDigits->clear();
    m_showKeyCheck->setChecked(false);
    return true;
}

// ---------------------------------------------------------------------------------------------

PhoneFilesPage::PhoneFilesPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent)
    : GuidePage(session, hooks, flow, parent)
{
    setObjectName(QStringLiteral("phoneFilesPage"));
    auto *layout = new QVBoxLayout(this);
    m_safeModeText = addBranch(layout, QStringLiteral("safe-mode"), QStringLiteral("phoneSafeModeDelete"));
    addStep(layout, QStringLiteral("list-files"), QStringLiteral("phoneFiles"));

    auto *zoneRow = new QHBoxLayout;
    m_zoneLabel = new QLabel(this);
    m_zoneLabel->setWordWrap(true);
    m_zoneCombo = new QComboBox(this);
    m_zoneCombo->setObjectName(QStringLiteral("phoneZoneCombo"));
    m_zoneLabel->setBuddy(m_zoneCombo);
    zoneRow->addWidget(m_zoneLabel, 1);
    zoneRow->addWidget(m_zoneCombo);
    layout->addLayout(zoneRow);
    fillZones();

    m_lineLabel = new QLabel(this);
    m_lineLabel->setWordWrap(true);
    m_lineEdit = new QLineEdit(this);
    m_lineEdit->setObjectName(QStringLiteral("phoneDirLineEdit"));
    m_lineEdit->setFont(monoFont(1.1));
    m_lineLabel->setBuddy(m_lineEdit);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("phoneAddFileButton"));
    layout->addWidget(m_lineLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_lineEdit, 1);
    row->addWidget(m_addButton);
    layout->addLayout(row);
    m_message = new StatusMessage(this);
    m_message->setObjectName(QStringLiteral("phoneFilesMessage"));
    layout->addWidget(m_message);
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("phoneFilesList"));
    m_files->setWordWrap(true);
    m_files->setFixedHeight(m_files->fontMetrics().lineSpacing() * 6 + 8);
    layout->addWidget(m_files);
    m_noFilesCheck = new QCheckBox(this);
    m_noFilesCheck->setObjectName(QStringLiteral("phoneNoFilesCheck"));
    layout->addWidget(m_noFilesCheck);
    layout->addStretch(1);

    onEnter(m_lineEdit, [this] { addLine(); });
    connect(m_addButton, &QPushButton::clicked, this, &PhoneFilesPage::addLine);
    connect(m_lineEdit, &QLineEdit::textEdited, m_message, &StatusMessage::clear);
    connect(m_noFilesCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslate();
}

void PhoneFilesPage::fillZones()
{
    const QByteArray current = m_zoneCombo->currentData().toByteArray();
    const QSignalBlocker blocker(m_zoneCombo);
    m_zoneCombo->clear();
    const QByteArray system = QTimeZone::systemTimeZoneId();
    m_zoneCombo->addItem(tr("This computer's (%1)").arg(QString::fromLatin1(system)), system);
    for (const char *id : {"Asia/Tokyo", "UTC", "America/New_York", "America/Chicago", "America/Los_Angeles",
                           "Europe/London", "Europe/Berlin", "Australia/Sydney"})
        if (QByteArray(id) != system)
            m_zoneCombo->addItem(QString::fromLatin1(id), QByteArray(id));
    const int index = m_zoneCombo->findData(current);
    m_zoneCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void PhoneFilesPage::retranslate()
{
    setTitle(tr("Phone: which channel files are there?"));
    m_zoneLabel->setText(tr("The user's &time zone (dir shows local time):"));
    m_zoneCombo->setAccessibleName(tr("The user's time zone"));
    const GuideStep *s = step(QStringLiteral("list-files"));
    m_lineLabel->setText(tr("&One line of dir as the user reads it — %1 — then Enter:")
                             .arg(s ? s->answerPrompt.text(uiLanguage()) : QString()));
    m_lineEdit->setPlaceholderText(tr("2024/07/19 13:09 50,716 C-00000291-00000000-00000032.sys"));
    m_lineEdit->setAccessibleName(tr("One line of dir"));
    m_addButton->setText(tr("&Add"));
    m_noFilesCheck->setText(tr("dir says \"File Not Found\": there is no such file"));
    m_files->setAccessibleName(tr("Files the user reported, with their verdicts"));
    fillZones();
    refreshStep(QStringLiteral("list-files"));
    refreshBranch(m_safeModeText, QStringLiteral("safe-mode"), 1, 1);
    showFiles();
}

void PhoneFilesPage::initializePage()
{
    m_message->clear();
    m_lineEdit->clear();
    m_noFilesCheck->setChecked(false);
    m_safeModeText->setVisible(guide().safeModeRoute());
    // Japanese Windows: most likely Japan's time.
    if (guide().windowsLanguage() == Language::Japanese && guide().reportedFiles().isEmpty()) {
        const int tokyo = m_zoneCombo->findData(QByteArray("Asia/Tokyo"));
        if (tokyo >= 0)
            m_zoneCombo->setCurrentIndex(tokyo);
    }
    retranslate();
    QTimer::singleShot(0, this, [this] { m_lineEdit->setFocus(Qt::OtherFocusReason); });
}

void PhoneFilesPage::addLine()
{
    const QString line = m_lineEdit->text().trimmed();
    if (line.isEmpty())
        return;
    const QTimeZone zone(m_zoneCombo->currentData().toByteArray());
    const auto reported = guide().reportFile(line, zone.isValid() ? zone : QTimeZone::systemTimeZone());
    if (!reported) {
        m_message->showError(reported.error().message);
        m_lineEdit->selectAll();
        return;
    }
    m_message->clear();
    m_lineEdit->clear();
    m_noFilesCheck->setChecked(false);
    showFiles();
    m_files->scrollToBottom();
    emit completeChanged();
}

void PhoneFilesPage::showFiles()
{
    m_files->clear();
    const QTimeZone zone(m_zoneCombo->currentData().toByteArray());
    for (const Finding &f : guide().reportedFiles()) {
        const QString name = QFileInfo(f.relativePath).fileName();
        const QString when = f.lastWriteUtc.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        auto *item = new QListWidgetItem(
            tr("%1: %2 — %3 (%4 UTC). %5")
                .arg(Classifier::verdictName(f.verdict), name, when,
                     f.lastWriteUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), Classifier::reasonText(f.reason)),
            m_files);
        item->setData(Qt::UserRole, int(f.verdict));
        item->setForeground(f.verdict == Verdict::Faulty ? QColor(0xb3, 0x26, 0x1e)
                            : f.verdict == Verdict::Good ? QColor(0x1e, 0x7b, 0x34)
                                                         : QColor(0x7a, 0x4d, 0x00));
    }
}

bool PhoneFilesPage::isComplete() const
{
    return !guide().reportedFiles().isEmpty() || m_noFilesCheck->isChecked();
}

bool PhoneFilesPage::validatePage()
{
    if (m_noFilesCheck->isChecked() && guide().reportedFiles().isEmpty())
        guide().recordAnswer(QStringLiteral("list-files"), QStringLiteral("File Not Found"));
    return true;
}

}  // namespace ra::gui
