// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/keypage.h"

#include "widgets/dialoghooks.h"
#include "widgets/keyentrywidget.h"
#include "widgets/keyfileloader.h"
#include "widgets/keysymbolsview.h"
#include "wizardflow.h"
#include "workflow/recoverysession.h"
#include "ui_keypage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace ra::gui {

KeyPage::KeyPage(RecoverySession &recoverySession, DialogHooks &dialogHooks, WizardFlow &wizardFlow,
                 QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::KeyPage>()), m_session(&recoverySession), m_hooks(&dialogHooks),
      m_flow(&wizardFlow), m_escrowButton(new QPushButton(this)), m_escrowSource(new QLabel(this)), m_storeNote(new QLabel(this)), m_keepKeyCheck(new QCheckBox(this)),
      m_clearButton(new QPushButton(this)), m_barcodeButton(new QPushButton(this)),
      m_symbols(new KeySymbolsView(QStringLiteral("keyPage"), this))
{
    ui->setupUi(this);
    m_escrowButton->setObjectName(QStringLiteral("escrowButton"));
    m_escrowSource->setObjectName(QStringLiteral("escrowSourceLabel"));
    m_escrowSource->setWordWrap(true);
    m_escrowSource->setStyleSheet(QStringLiteral("color: #1e4620;"));
    // The other ways to get the key sit next to each other on their own row, under the show
    // toggle and Clear: narrow enough for a small or scaled screen (no horizontal scrolling).
    auto *sourcesRow = new QHBoxLayout;
    ui->keyOptionsRow->removeWidget(ui->bekButton);
    sourcesRow->addWidget(m_escrowButton);
    sourcesRow->addWidget(ui->bekButton);
    sourcesRow->addWidget(m_barcodeButton);
    sourcesRow->addStretch(1);
    ui->pageLayout->insertLayout(ui->pageLayout->indexOf(ui->keyProblem), sourcesRow);
    ui->escrowLayout->addWidget(m_escrowSource, 1);
    m_barcodeButton->setObjectName(QStringLiteral("keyBarcodeButton"));
    m_barcodeButton->setCheckable(true);
    m_symbols->setVisible(false);
    ui->pageLayout->insertWidget(ui->pageLayout->indexOf(ui->keyProblem) + 1, m_symbols);
    connect(m_barcodeButton, &QPushButton::toggled, this, [this] { showSymbols(); });
    m_storeNote->setObjectName(QStringLiteral("secretStoreNote"));
    m_storeNote->setWordWrap(true);  // normal text: it says what happens, it is not disabled
    m_storeNote->setVisible(false);
    ui->pageLayout->insertWidget(ui->pageLayout->indexOf(ui->readOnlyNotice), m_storeNote);
    m_keepKeyCheck->setObjectName(QStringLiteral("keepKeyCheck"));
    m_keepKeyCheck->setChecked(true);
    m_keepKeyCheck->setVisible(false);
    ui->pageLayout->insertWidget(ui->pageLayout->indexOf(ui->readOnlyNotice), m_keepKeyCheck);
    connect(m_keepKeyCheck, &QCheckBox::toggled, this, [this](bool keep) { m_session->setKeepKeys(keep); });
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
            m_keySource = {};
            m_escrowSource->clear();
        }
        if (!m_noDigits)
            ui->message->clear();
        m_noDigits = false;
        m_rejectedAttempts = 0;
        ui->readOnlyNotice->reset();
        updateKeyProblem();
        m_barcodeButton->setChecked(false);  // a changed key is never shown as the old symbols
        showSymbols();
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
    if (m_session->savedKeyMaterial() || m_session->exportKeyCount() > 0)
        fillFromEscrow();
}

void KeyPage::cleanupPage()
{
    clearSecrets();
}

void KeyPage::hideEvent(QHideEvent *event)
{
    // Leaving the page (either way): the symbols are wiped, not kept behind the next page.
    m_barcodeButton->setChecked(false);
    QWizardPage::hideEvent(event);
}

void KeyPage::clearSecrets()
{
    m_barcodeButton->setChecked(false);
    m_symbols->clear();
    ui->keyEntry->clear();
    ui->showKeyCheck->setChecked(false);
    m_startupKeyFile.clear();
    m_keySource = {};
    m_escrowSource->clear();
    ui->message->clear();
    ui->readOnlyNotice->reset();
    retranslate();
}

// The complete key as symbols while the button is down; otherwise none, wiped.
void KeyPage::showSymbols()
{
    const bool usingFile = !m_startupKeyFile.isEmpty();
    m_barcodeButton->setEnabled(!usingFile && ui->keyEntry->isComplete());
    if (!m_barcodeButton->isChecked() || !m_barcodeButton->isEnabled()) {
        m_symbols->clear();
        m_symbols->setVisible(false);
        return;
    }
    const Result<RecoveryKey> key = ui->keyEntry->key();
    const QList<ProtectorId> ids = m_session->keyIds();
    QString error;
    if (!key || !m_symbols->setKey(key.value(), ids.isEmpty() ? QString() : ids.first().shortId(),
                                   ids.isEmpty() ? QString() : ids.first().toString(), m_keySource.host, &error)) {
        m_symbols->clear();
        m_symbols->setVisible(false);
        if (!error.isEmpty())
            ui->message->showError(error);
        return;
    }
    m_symbols->setVisible(true);
}

bool KeyPage::isComplete() const
{
    return !m_startupKeyFile.isEmpty() || ui->keyEntry->isComplete();
}

bool KeyPage::validatePage()
{
    if (WizardFlow::takeGoOn(m_goOn))
        return true;
    if (m_flow->isBusy())
        return false;
    UnlockMaterial material;
    if (!m_startupKeyFile.isEmpty()) {
        material = UnlockMaterial::startupKey(m_startupKeyFile);
    } else {
        Result<RecoveryKey> key = ui->keyEntry->key();
        if (!key) {
            ui->message->showError(key.error().message);
            return false;
        }
        // What the fields hold came from an export entry or the keychain unless it was edited.
        material = UnlockMaterial::recoveryPassword(std::move(*key), m_keySource.isNull() ? KeySource::typed() : m_keySource);
    }
    // A key from an export was filed under a Key ID: when the disk refuses it, the session's
    // sentence (shown by openSelectedVolume) says whose drive it belongs to.
    const bool fromExport = material.source.kind == KeySource::Kind::ExportEntry;
    m_flow->openSelectedVolume(this, material, ui->readOnlyNotice, ui->message, [this, fromExport](bool ok) {
        if (ok) {
            clearSecrets();
            m_goOn = true;
            wizard()->next();
            return;
        }
        if (m_session->lastError().kind == ErrorKind::KeyRejected) {
            m_rejectedAttempts = m_session->failedKeyAttempts();
            ui->keyEntry->markRejected();
            if (!fromExport)
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
    RecoverySession *session = m_session;
    const QString storeNote = session->secretStoreMessage();
    m_storeNote->setText(storeNote);
    m_storeNote->setVisible(!storeNote.isEmpty());
    m_keepKeyCheck->setVisible(session->canKeepKeys());
    m_keepKeyCheck->setChecked(session->keepKeys());
}

int KeyPage::nextId() const
{
    return WizardFlow::ReviewPageId;
}

void KeyPage::chooseStartupKeyFile()
{
    const QString file = m_hooks->openFileName(this, tr("Choose the startup key file"),
                                                         tr("BitLocker startup keys (*.BEK *.bek);;All files (*)"));
    if (file.isEmpty())
        return;
    m_startupKeyFile = file;
    ui->keyEntry->clear();
    retranslate();
    emit completeChanged();
    // The next natural action is to go on: Enter must not mean "< Back".
    if (auto *next = qobject_cast<QPushButton *>(wizard()->button(QWizard::NextButton))) {
        next->setDefault(true);
        next->setFocus(Qt::OtherFocusReason);
    }
}

void KeyPage::loadKeyExport()
{
    KeyFileLoader::choose(this, *m_session, *m_hooks, *m_flow, [this](const Status &loaded, const QString &) {
        if (!loaded) {
            ui->message->showError(loaded.error().message);
            return;
        }
        fillFromEscrow();
    });
}

bool KeyPage::fillFromEscrow()
{
    const RecoverySession *session = m_session;
    // The one key rule (KeyRule, as on every route): the keychain, the Key ID, else the
    // computer's keys to try.
    const KeyOffer offer = session->keyOffer();
    if (offer.basis == KeyOffer::Basis::Keychain) {
        useOffered(offer.keys.first(), tr("Filled in with the key that opened this disk before (kept in the keychain)."));
        return true;
    }
    const QList<UnlockMaterial> &offers = offer.keys;
    const QString ids = shortKeyIds(session->keyIds(), uiLanguage());
    QString question = tr("The export lists %n key(s) for this key ID. Choose the one for this computer (usually the newest):",
                          nullptr, int(offers.size()));
    if (offer.basis == KeyOffer::Basis::ComputerName) {
        // Not by Key ID: the keys filed for the computer this drive names, for the user to try.
        question = tr("The key exports have no key for key ID %1, but %n key(s) for computer %2, filed under other key "
                      "IDs (an older key, or another drive of that computer). Choose one to try:",
                      nullptr, int(offers.size()))
                       .arg(ids, offer.host);
    } else if (offers.size() == 1) {
        useOffered(offers.first(), {});
        return true;
    }
    if (offers.isEmpty()) {
        ui->message->showInfo(tr("The loaded key exports (%n key(s)) have no key for key ID %1. Look it up elsewhere "
                                 "and type it in.",
                                 nullptr, session->exportKeyCount())
                                  .arg(ids));
        return false;
    }
    const QLocale locale;
    QStringList items;
    for (const UnlockMaterial &m : offers) {
        const KeySource &s = m.source;
        items.append(tr("%1, %2 (%3, line %4)")
                         .arg(s.host.isEmpty() ? tr("unknown computer") : s.host,
                              s.date.isValid() ? locale.toString(s.date.toLocalTime(), QLocale::ShortFormat) : tr("no date"),
                              QFileInfo(s.file).fileName(), locale.toString(s.line)));
    }
    const int chosen = m_hooks->chooseItem(this, tr("Several keys match"), question, items);
    if (chosen < 0 || chosen >= offers.size())
        return false;
    useOffered(offers[chosen], {});
    return true;
}

void KeyPage::useOffered(UnlockMaterial offered, const QString &note)
{
    m_startupKeyFile.clear();
    m_fillingFromEscrow = true;
    ui->keyEntry->setKey(offered.recoveryKey);
    m_fillingFromEscrow = false;
    offered.recoveryKey.wipe();
    m_keySource = offered.source;
    const KeySource &s = m_keySource;
    const QString date = s.date.isValid() ? QLocale().toString(s.date.toLocalTime(), QLocale::ShortFormat) : tr("no date");
    m_escrowSource->setText(!note.isEmpty() ? note
                                            : tr("Filled in from %1: computer %2, %3.")
                                                  .arg(QFileInfo(s.file).fileName(),
                                                       s.host.isEmpty() ? tr("unknown computer") : s.host, date));
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
    const RecoverySession *session = m_session;
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
    m_barcodeButton->setText(tr("Show as bar&code"));
    m_barcodeButton->setToolTip(tr("The key as a barcode and a QR code: a USB scanner types it into the BitLocker "
                                   "screen of the computer itself. Shown only while this button is down; never saved."));
    m_barcodeButton->setEnabled(m_startupKeyFile.isEmpty() && ui->keyEntry->isComplete());
    m_clearButton->setToolTip(tr("Empties all eight groups, to type the key again from the start."));
    m_keepKeyCheck->setText(tr("Sa&ve the key in this PC's credential store for after a reboot (removed when the "
                               "case is fixed)"));
    if (m_storeNote->isVisible())
        m_storeNote->setText(m_session->secretStoreMessage());
    if (m_rejectedAttempts > 0)
        showRejected();
    else if (m_noDigits)
        ui->message->showInfo(tr("The pasted or typed text holds no digits, so nothing was entered. A recovery key is "
                                 "48 digits."));
    m_escrowButton->setToolTip(tr("A CSV or JSON export of recovery keys from Active Directory, Entra ID, Intune, "
                                  "MBAM or CrowdStrike's script, or an encrypted key bundle (.rakeys) with its "
                                  "passphrase. It is read into memory only."));
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
