// SPDX-License-Identifier: GPL-3.0-or-later
#include "keypage.h"

#include "dialoghooks.h"
#include "keyentrywidget.h"
#include "recoverywizard.h"
#include "ui_keypage.h"
#include "system/escrow/escrowindex.h"
#include "workflow/recoverysession.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace ra::gui {

KeyPage::KeyPage(RecoveryWizard *wizard)
    : QWizardPage(wizard), ui(std::make_unique<Ui::KeyPage>()), m_wizard(wizard), m_escrowButton(new QPushButton(this)),
      m_escrowSource(new QLabel(this)), m_storeNote(new QLabel(this)), m_keepKeyCheck(new QCheckBox(this)),
      m_clearButton(new QPushButton(this))
{
    ui->setupUi(this);
    m_escrowButton->setObjectName(QStringLiteral("escrowButton"));
    m_escrowSource->setObjectName(QStringLiteral("escrowSourceLabel"));
    m_escrowSource->setWordWrap(true);
    m_escrowSource->setStyleSheet(QStringLiteral("color: #1e4620;"));
    // The other ways to get the key sit next to each other, right of the show toggle.
    ui->keyOptionsRow->insertWidget(ui->keyOptionsRow->indexOf(ui->bekButton), m_escrowButton);
    ui->escrowLayout->addWidget(m_escrowSource, 1);
    m_storeNote->setObjectName(QStringLiteral("secretStoreNote"));
    m_storeNote->setWordWrap(true);  // normal text: it says what happens, it is not disabled
    m_storeNote->setVisible(false);
    ui->pageLayout->insertWidget(ui->pageLayout->indexOf(ui->readOnlyNotice), m_storeNote);
    m_keepKeyCheck->setObjectName(QStringLiteral("keepKeyCheck"));
    m_keepKeyCheck->setChecked(true);
    m_keepKeyCheck->setVisible(false);
    ui->pageLayout->insertWidget(ui->pageLayout->indexOf(ui->readOnlyNotice), m_keepKeyCheck);
    connect(m_keepKeyCheck, &QCheckBox::toggled, this, [this](bool keep) { m_wizard->session()->setKeepKeys(keep); });
    m_clearButton->setObjectName(QStringLiteral("clearKeyButton"));
    ui->keyOptionsRow->insertWidget(ui->keyOptionsRow->indexOf(ui->showKeyCheck) + 1, m_clearButton);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        ui->keyEntry->clear();
        ui->keyEntry->setFocus(Qt::OtherFocusReason);
    });
    connect(ui->keyEntry, &KeyEntryWidget::noDigitsIgnored, this, [this] {
        m_noDigits = true;
        retranslate();
    });
    setTabOrder(ui->showKeyCheck, m_clearButton);
    setTabOrder(m_clearButton, m_escrowButton);
    setTabOrder(m_escrowButton, ui->bekButton);
    connect(m_escrowButton, &QPushButton::clicked, this, &KeyPage::loadKeyExport);
    // DejaVu Sans Mono (Debian's default monospace) has a dotted zero and a serifed 1 and I: the
    // Key ID is read aloud and compared character by character.
    QFont big(QStringLiteral("DejaVu Sans Mono"));
    big.setStyleHint(QFont::TypeWriter);
    big.setPointSizeF(QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSizeF() * 1.8);
    big.setLetterSpacing(QFont::PercentageSpacing, 110);
    ui->keyIdValue->setFont(big);
    QFont bold = ui->practiceSheetTitle->font();
    bold.setBold(true);
    ui->practiceSheetTitle->setFont(bold);
    ui->practiceSheet->setStyleSheet(
        QStringLiteral("QFrame#practiceSheet { background: #fffde7; border: 1px dashed #9e9d24; border-radius: 4px; }"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    ui->practiceSheetText->setFont(mono);
    ui->keyProblem->setStyleSheet(QStringLiteral("color: #8a1c1c;"));

    connect(ui->keyEntry, &KeyEntryWidget::changed, this, [this] {
        if (!m_fillingFromEscrow) {
            m_keySource.clear();
            m_escrowSource->clear();
        }
        if (!m_noDigits)
            ui->message->clear();
        m_noDigits = false;
        m_rejectedAttempts = 0;
        ui->readOnlyNotice->reset();
        updateKeyProblem();
        emit completeChanged();
    });
    connect(ui->showKeyCheck, &QCheckBox::toggled, ui->keyEntry, &KeyEntryWidget::setRevealed);
    connect(ui->bekButton, &QPushButton::clicked, this, &KeyPage::chooseStartupKeyFile);
    connect(ui->clearBekButton, &QPushButton::clicked, this, [this] {
        m_startupKeyFile.clear();
        retranslate();
        ui->keyEntry->setFocus();
        emit completeChanged();
    });
}

KeyPage::~KeyPage() = default;

KeyEntryWidget *KeyPage::keyEntry() const
{
    return ui->keyEntry;
}

void KeyPage::initializePage()
{
    ui->message->clear();
    ui->readOnlyNotice->reset();
    ui->showKeyCheck->setChecked(false);
    retranslate();
    ui->keyEntry->setFocus();
    QTimer::singleShot(0, this, [this] {
        if (m_startupKeyFile.isEmpty())
            ui->keyEntry->setFocus(Qt::OtherFocusReason);
    });
    m_rejectedAttempts = 0;
    m_noDigits = false;
    showStoreChoice();
    // The key this machine was opened with before a reboot, else the exports loaded already.
    if (const std::optional<RecoveryKey> saved = m_wizard->session()->savedKey()) {
        m_fillingFromEscrow = true;
        ui->keyEntry->setKey(*saved);
        m_fillingFromEscrow = false;
        m_keySource = tr("kept in the keychain from an earlier run on this machine");
        m_escrowSource->setText(tr("Filled in with the key that opened this disk before (kept in the keychain)."));
        emit completeChanged();
    } else if (!m_wizard->escrow()->isEmpty()) {
        fillFromEscrow();
    }
}

void KeyPage::cleanupPage()
{
    clearSecrets();
}

void KeyPage::clearSecrets()
{
    ui->keyEntry->clear();
    ui->showKeyCheck->setChecked(false);
    m_startupKeyFile.clear();
    m_keySource.clear();
    m_escrowSource->clear();
    ui->message->clear();
    ui->readOnlyNotice->reset();
    retranslate();
}

bool KeyPage::isComplete() const
{
    return !m_startupKeyFile.isEmpty() || ui->keyEntry->isComplete();
}

bool KeyPage::validatePage()
{
    if (RecoveryWizard::takeGoOn(m_goOn))
        return true;
    if (m_wizard->isBusy())
        return false;
    UnlockMaterial material;
    QString source;
    if (!m_startupKeyFile.isEmpty()) {
        material.kind = UnlockMaterial::Kind::StartupKeyFile;
        material.startupKeyFile = m_startupKeyFile;
        source = tr("startup key file %1").arg(QFileInfo(m_startupKeyFile).fileName());
    } else {
        Result<RecoveryKey> key = ui->keyEntry->key();
        if (!key) {
            ui->message->showError(key.error().message);
            return false;
        }
        material.kind = UnlockMaterial::Kind::RecoveryPassword;
        material.recoveryKey = std::move(*key);
        source = m_keySource.isEmpty() ? tr("typed by the technician") : m_keySource;
    }
    m_wizard->openSelectedVolume(this, material, source, ui->readOnlyNotice, ui->message, [this](bool ok) {
        if (ok) {
            clearSecrets();
            m_goOn = true;
            m_wizard->next();
            return;
        }
        if (m_wizard->session()->lastError().kind == ErrorKind::KeyRejected) {
            m_rejectedAttempts = m_wizard->session()->failedKeyAttempts();
            ui->keyEntry->markRejected();
            showRejected();
        }
    });
    material.recoveryKey.wipe();
    return false;
}

void KeyPage::showRejected()
{
    ui->message->showError(tr("This key does not open the disk (%n attempt(s) so far). Check that its key ID matches "
                              "the one above, then type the key again: the first group is selected, typing replaces "
                              "it.",
                              nullptr, m_rejectedAttempts));
}

void KeyPage::showStoreChoice()
{
    RecoverySession *session = m_wizard->session();
    const QString storeNote = session->secretStoreMessage();
    m_storeNote->setText(storeNote);
    m_storeNote->setVisible(!storeNote.isEmpty());
    m_keepKeyCheck->setVisible(session->canKeepKeys());
    m_keepKeyCheck->setChecked(session->keepKeys());
}

int KeyPage::nextId() const
{
    return RecoveryWizard::ReviewPageId;
}

void KeyPage::chooseStartupKeyFile()
{
    const QString file = m_wizard->hooks()->openFileName(this, tr("Choose the startup key file"),
                                                         tr("BitLocker startup keys (*.BEK *.bek);;All files (*)"));
    if (file.isEmpty())
        return;
    m_startupKeyFile = file;
    ui->keyEntry->clear();
    retranslate();
    emit completeChanged();
    // The next natural action is to go on: Enter must not mean "< Back".
    if (auto *next = qobject_cast<QPushButton *>(m_wizard->button(QWizard::NextButton))) {
        next->setDefault(true);
        next->setFocus(Qt::OtherFocusReason);
    }
}

void KeyPage::loadKeyExport()
{
    const QString path = m_wizard->hooks()->openFileName(
        this, tr("Choose a recovery key export"),
        tr("Key exports (*.csv *.json *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto imported = m_wizard->escrow()->importFile(path);
    if (!imported) {
        ui->message->showError(imported.error().message);
        return;
    }
    fillFromEscrow();
}

bool KeyPage::fillFromEscrow()
{
    const RecoverySession *session = m_wizard->session();
    const EscrowIndex *escrow = m_wizard->escrow();
    QList<EscrowEntry> matches;
    QStringList ids;
    for (const ProtectorId &id : session->keyIds()) {
        matches += escrow->lookupProtector(id);
        ids.append(id.shortId());
    }
    if (matches.isEmpty()) {
        ui->message->showInfo(tr("The loaded key exports (%n key(s)) have no key for key ID %1. Look it up elsewhere "
                                 "and type it in.",
                                 nullptr, escrow->keyCount())
                                  .arg(ids.join(tr(", "))));
        return false;
    }
    int chosen = 0;
    if (matches.size() > 1) {
        const QLocale locale;
        QStringList items;
        for (const EscrowEntry &e : matches)
            items.append(tr("%1, %2 (%3, line %4)")
                             .arg(e.host.isEmpty() ? tr("unknown computer") : e.host,
                                  e.date.isValid() ? locale.toString(e.date.toLocalTime(), QLocale::ShortFormat) : tr("no date"),
                                  QFileInfo(e.filePath).fileName(), locale.toString(e.line)));
        chosen = m_wizard->hooks()->chooseItem(this, tr("Several keys match"),
                                               tr("The export lists %n key(s) for this key ID. Choose the one for "
                                                  "this computer (usually the newest):",
                                                  nullptr, int(matches.size())),
                                               items);
        if (chosen < 0 || chosen >= matches.size())
            return false;
    }
    useEscrowEntry(matches[chosen]);
    return true;
}

void KeyPage::useEscrowEntry(const EscrowEntry &entry)
{
    m_startupKeyFile.clear();
    m_fillingFromEscrow = true;
    ui->keyEntry->setKey(entry.key);
    m_fillingFromEscrow = false;
    const QString file = QFileInfo(entry.filePath).fileName();
    const QString host = entry.host.isEmpty() ? tr("unknown computer") : entry.host;
    const QString date = entry.date.isValid() ? QLocale().toString(entry.date.toLocalTime(), QLocale::ShortFormat) : tr("no date");
    // What the ticket says about where the key came from (never the key itself).
    m_keySource = EscrowIndex::describeSource(entry);
    m_escrowSource->setText(tr("Filled in from %1: computer %2, %3.").arg(file, host, date));
    retranslate();
    emit completeChanged();
}

void KeyPage::updateKeyProblem()
{
    const QString problem = ui->keyEntry->problem();
    ui->keyProblem->setText(problem);
    ui->keyProblem->setVisible(!problem.isEmpty());
}

void KeyPage::retranslate()
{
    const RecoverySession *session = m_wizard->session();
    QStringList ids;
    for (const ProtectorId &id : session->keyIds())
        ids.append(id.shortId());
    ui->keyIdValue->setText(ids.join(QStringLiteral("  ")));
    ui->keyIdValue->setToolTip(ids.isEmpty() ? QString() : session->keyIds().first().toString());
    ui->keyIdCaption->setText(ids.size() > 1 ? tr("This disk has %n recovery key(s); any of these key IDs will do:",
                                                  nullptr, int(ids.size()))
                                             : QCoreApplication::translate("KeyPage", "Recovery key ID to look for:"));

    const VolumeInfo *volume = session->selectedVolume();
    const bool practice = volume && volume->practice;
    ui->practiceSheet->setVisible(practice);
    if (practice) {
        ui->practiceSheetText->setText(
            tr("This is a training disk. On a real case this sheet is your key list.\nRecovery key ID: %1\nRecovery "
               "key: %2")
                .arg(ids.value(0), RecoverySession::practiceKeyText()));
    }

    m_escrowButton->setText(tr("Find it in a key e&xport…"));
    m_clearButton->setText(tr("C&lear"));
    m_clearButton->setToolTip(tr("Empties all eight groups, to type the key again from the start."));
    m_keepKeyCheck->setText(tr("Sa&ve the key in this PC's credential store for after a reboot (removed when the "
                               "case is fixed)"));
    if (m_storeNote->isVisible())
        m_storeNote->setText(m_wizard->session()->secretStoreMessage());
    if (m_rejectedAttempts > 0)
        showRejected();
    else if (m_noDigits)
        ui->message->showInfo(tr("The pasted or typed text holds no digits, so nothing was entered. A recovery key is "
                                 "48 digits."));
    m_escrowButton->setToolTip(tr("A CSV or JSON export of recovery keys from Active Directory, Entra ID, Intune, "
                                  "MBAM or CrowdStrike's script. It is read into memory only."));
    const bool usingFile = !m_startupKeyFile.isEmpty();
    ui->keyEntry->setEnabled(!usingFile);
    ui->showKeyCheck->setEnabled(!usingFile);
    ui->bekLabel->setVisible(usingFile);
    ui->clearBekButton->setVisible(usingFile);
    if (usingFile)
        ui->bekLabel->setText(tr("Startup key file: %1").arg(QDir::toNativeSeparators(m_startupKeyFile)));
    updateKeyProblem();
}

void KeyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

}  // namespace ra::gui
