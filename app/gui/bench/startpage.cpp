// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/startpage.h"

#include "domain/fieldtext.h"
#include "widgets/casestoredialog.h"
#include "widgets/dialoghooks.h"
#include "wizardflow.h"
#include "workflow/guidesession.h"
#include "workflow/recoverysession.h"
#include "ui_startpage.h"

#include <QEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace ra::gui {

namespace {
const QString TechnicianKey = QStringLiteral("technician");
const QString TicketKey = QStringLiteral("ticketReference");
}

StartPage::StartPage(RecoverySession &recoverySession, DialogHooks &dialogHooks, WizardFlow &wizardFlow,
                     QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::StartPage>()), m_session(&recoverySession), m_hooks(&dialogHooks), m_flow(&wizardFlow)
{
    ui->setupUi(this);
    // Language names are written in their own language, never translated.
    ui->languageCombo->addItem(QStringLiteral("日本語"), languageCode(Language::Japanese));
    ui->languageCombo->addItem(QStringLiteral("English"), languageCode(Language::English));
    syncLanguageCombo();
    connect(ui->languageCombo, &QComboBox::activated, this, [this](int index) {
        m_flow->setLanguage(languageFromCode(ui->languageCombo->itemData(index).toString()));
    });

    // The route first: the disk choices below matter only when the disk is attached here.
    m_routeGroup = new QGroupBox(this);
    m_routeGroup->setObjectName(QStringLiteral("routeGroup"));
    m_routeDiskRadio = new QRadioButton(m_routeGroup);
    m_routeDiskRadio->setObjectName(QStringLiteral("routeDiskRadio"));
    m_routeDiskRadio->setChecked(true);
    m_routePhoneRadio = new QRadioButton(m_routeGroup);
    m_routePhoneRadio->setObjectName(QStringLiteral("routePhoneRadio"));
    m_routeMachineRadio = new QRadioButton(m_routeGroup);
    m_routeMachineRadio->setObjectName(QStringLiteral("routeMachineRadio"));
    auto *routeLayout = new QVBoxLayout(m_routeGroup);
    for (QRadioButton *radio : {m_routeDiskRadio, m_routePhoneRadio, m_routeMachineRadio}) {
        routeLayout->addWidget(radio);
        connect(radio, &QRadioButton::toggled, this, [this] {
            ui->targetGroup->setVisible(route() == Route::DiskHere);
            emit completeChanged();
        });
    }
    ui->pageLayout->insertWidget(ui->pageLayout->indexOf(ui->targetGroup), m_routeGroup);
    setTabOrder(ui->ticketEdit, m_routeDiskRadio);
    setTabOrder(m_routeDiskRadio, m_routePhoneRadio);
    setTabOrder(m_routePhoneRadio, m_routeMachineRadio);

    const QSettings settings;
    ui->technicianEdit->setText(settings.value(TechnicianKey).toString());
    ui->ticketEdit->setText(settings.value(TicketKey).toString());

    for (QLineEdit *edit : {ui->technicianEdit, ui->ticketEdit, ui->imageEdit, ui->folderEdit})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    for (QLineEdit *edit : {ui->technicianEdit, ui->ticketEdit})
        connect(edit, &QLineEdit::textChanged, this, &StartPage::showIdentityProblem);
    for (QRadioButton *radio : {ui->diskRadio, ui->imageRadio, ui->folderRadio, ui->practiceRadio})
        connect(radio, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
    connect(ui->imageEdit, &QLineEdit::textEdited, ui->imageRadio, [this] { ui->imageRadio->setChecked(true); });
    connect(ui->folderEdit, &QLineEdit::textEdited, ui->folderRadio, [this] { ui->folderRadio->setChecked(true); });
    connect(ui->imageBrowseButton, &QPushButton::clicked, this, &StartPage::browseImage);
    connect(ui->folderBrowseButton, &QPushButton::clicked, this, &StartPage::browseFolder);

    // The case store settings and the incident report (casestoredialog.h).
    m_caseStoreButton = new QPushButton(this);
    m_caseStoreButton->setObjectName(QStringLiteral("caseStoreButton"));
    layout()->addWidget(m_caseStoreButton);
    connect(m_caseStoreButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new CaseStoreDialog(m_hooks, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    retranslateExtras();
}

void StartPage::retranslateExtras()
{
    m_caseStoreButton->setText(tr("Case store and report…"));
    m_routeGroup->setTitle(tr("Where is the computer?"));
    m_routeDiskRadio->setText(tr("Its disk is &attached here"));
    m_routePhoneRadio->setText(tr("Away: guide the user by p&hone through Windows' recovery screens"));
    m_routeMachineRadio->setText(tr("I am at the machine's recovery screen: show the key as a &barcode"));
}

StartPage::~StartPage() = default;

void StartPage::initializePage()
{
    RecoverySession *session = m_session;
    if (!session->technician().isEmpty())
        ui->technicianEdit->setText(session->technician());
    if (!session->ticketReference().isEmpty())
        ui->ticketEdit->setText(session->ticketReference());
    ui->message->clear();
    m_identityMessageShown = false;
    showIdentityProblem();  // a name kept in the settings is checked as well
    // After QWizard has placed its focus: the name on the first machine, the ticket number
    // (selected, typing replaces it) on the next ones.
    QTimer::singleShot(0, this, [this] { focusNaturalField(); });
    focusNaturalField();
}

void StartPage::focusNaturalField()
{
    QLineEdit *field = ui->technicianEdit->text().trimmed().isEmpty() ? ui->technicianEdit : ui->ticketEdit;
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
}

void StartPage::forNextMachine()
{
    ui->imageEdit->clear();
    ui->folderEdit->clear();
    ui->diskRadio->setChecked(true);
    ui->message->clear();
}

StartPage::Route StartPage::route() const
{
    if (m_routePhoneRadio->isChecked())
        return Route::Phone;
    if (m_routeMachineRadio->isChecked())
        return Route::AtMachine;
    return Route::DiskHere;
}

QString StartPage::identityProblem() const
{
    QString problem = FieldText::problem(FieldText::Field::Technician, ui->technicianEdit->text().trimmed());
    if (problem.isEmpty())
        problem = FieldText::problem(FieldText::Field::TicketReference, ui->ticketEdit->text().trimmed());
    return problem;
}

void StartPage::showIdentityProblem()
{
    const QString problem = identityProblem();
    if (!problem.isEmpty())
        ui->message->showError(problem);
    else if (m_identityMessageShown)
        ui->message->clear();
    m_identityMessageShown = !problem.isEmpty();
}

bool StartPage::isComplete() const
{
    if (ui->technicianEdit->text().trimmed().isEmpty() || !identityProblem().isEmpty())
        return false;
    if (route() != Route::DiskHere)
        return true;
    if (ui->imageRadio->isChecked())
        return !ui->imageEdit->text().trimmed().isEmpty();
    if (ui->folderRadio->isChecked())
        return !ui->folderEdit->text().trimmed().isEmpty();
    return true;
}

QStringList StartPage::chosenTargets() const
{
    if (ui->imageRadio->isChecked())
        return {ui->imageEdit->text().trimmed()};
    if (ui->folderRadio->isChecked())
        return {ui->folderEdit->text().trimmed()};
    if (ui->practiceRadio->isChecked())
        return {RecoverySession::practiceTarget()};
    return {};
}

bool StartPage::validatePage()
{
    if (WizardFlow::takeGoOn(m_goOn))
        return true;
    if (m_flow->isBusy())
        return false;
    RecoverySession *session = m_session;
    session->setTechnician(ui->technicianEdit->text().trimmed());
    session->setTicketReference(ui->ticketEdit->text().trimmed());
    QSettings settings;
    settings.setValue(TechnicianKey, session->technician());
    settings.setValue(TicketKey, session->ticketReference());
    if (route() != Route::DiskHere) {
        // Nothing to search for: the case is the guide's.
        m_flow->guide().setTechnician(session->technician());
        m_flow->guide().setTicketReference(session->ticketReference());
        ui->message->clear();
        return true;
    }

    m_flow->setTargets(chosenTargets());
    ui->message->clear();
    const QStringList targets = m_flow->targets();
    m_flow->runBusy(
        this, tr("Looking for disks and reading their BitLocker metadata…"),
        [session, targets] { return session->detect(targets); },
        [this](const Status &detected, bool cancelled) {
            if (cancelled) {
                m_session->reset();
                ui->message->showInfo(tr("The search was cancelled."));
                return;
            }
            if (!detected) {
                ui->message->showError(detected.error().message);
                return;
            }
            m_goOn = true;
            wizard()->next();
        });
    return false;
}

int StartPage::nextId() const
{
    switch (route()) {
    case Route::Phone: return WizardFlow::PhoneKeyPageId;
    case Route::AtMachine: return WizardFlow::AtMachinePageId;
    case Route::DiskHere: break;
    }
    return WizardFlow::DetectPageId;
}

void StartPage::chooseTarget(const QString &target)
{
    if (target == RecoverySession::practiceTarget()) {
        ui->practiceRadio->setChecked(true);
    } else if (QFileInfo(target).isDir()) {
        ui->folderEdit->setText(target);
        ui->folderRadio->setChecked(true);
    } else if (!target.isEmpty()) {
        ui->imageEdit->setText(target);
        ui->imageRadio->setChecked(true);
    }
}

void StartPage::syncLanguageCombo()
{
    ui->languageCombo->setCurrentIndex(ui->languageCombo->findData(languageCode(m_flow->language())));
}

void StartPage::browseImage()
{
    const QString file = m_hooks->openFileName(
        this, tr("Choose a disk image"), tr("Disk images and VM disk files (*.img *.raw *.dd *.bin *.vhd *.vhdx *.avhdx *.vmdk *.qcow2);;All files (*)"));
    if (!file.isEmpty()) {
        ui->imageEdit->setText(file);
        ui->imageRadio->setChecked(true);
    }
}

void StartPage::browseFolder()
{
    const QString folder = m_hooks->existingDirectory(this, tr("Choose the mounted Windows folder"));
    if (!folder.isEmpty()) {
        ui->folderEdit->setText(folder);
        ui->folderRadio->setChecked(true);
    }
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateExtras();
        syncLanguageCombo();  // the language may have been switched elsewhere (the wizard's button)
    }
    QWizardPage::changeEvent(event);
}

}  // namespace ra::gui
