#include "keypage.h"

#include "dialoghooks.h"
#include "keyentrywidget.h"
#include "recoverywizard.h"
#include "ui_keypage.h"
#include "workflow/recoverysession.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>

namespace ra::gui {

KeyPage::KeyPage(RecoveryWizard *wizard) : QWizardPage(wizard), ui(std::make_unique<Ui::KeyPage>()), m_wizard(wizard)
{
    ui->setupUi(this);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
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
        ui->message->clear();
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

QHBoxLayout *KeyPage::lookupRow() const
{
    return ui->escrowLayout;
}

void KeyPage::initializePage()
{
    ui->message->clear();
    ui->readOnlyNotice->reset();
    ui->showKeyCheck->setChecked(false);
    retranslate();
    ui->keyEntry->setFocus();
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
        source = tr("typed by the technician");
    }
    RecoverySession *session = m_wizard->session();
    if (!m_wizard->openSelectedVolume(material, source, ui->readOnlyNotice, ui->message)) {
        if (session->lastError().kind == ErrorKind::KeyRejected) {
            ui->message->showError(
                tr("This key does not open the disk (%n attempt(s) so far). Check that its key ID matches the one "
                   "above and compare each group again; what you typed is kept.",
                   nullptr, session->failedKeyAttempts()));
        }
        return false;
    }
    clearSecrets();
    return true;
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
