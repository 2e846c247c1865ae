// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/casestoredialog.h"

#include "widgets/dialoghooks.h"
#include "widgets/statusmessage.h"

#include "domain/fieldtext.h"
#include "domain/language.h"
#include "workflow/casefiling.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace ra::gui {

CaseStoreDialog::CaseStoreDialog(DialogHooks *hooks, QWidget *parent)
    : QDialog(parent), m_hooks(hooks), m_location(new QLineEdit(this)), m_bench(new QLineEdit(this)),
      m_site(new QLineEdit(this)), m_message(new StatusMessage(this))
{
    setWindowTitle(tr("Case store"));
    const StoreConfig config = StoreConfig::load();
    m_location->setText(config.location);
    m_location->setPlaceholderText(tr("This computer (SQLite)"));
    m_location->setToolTip(tr("postgresql://user@host/database for a team; the password goes in ~/.pgpass or the keychain."));
    m_bench->setText(config.bench);
    m_site->setText(config.site);
    auto *form = new QFormLayout;
    form->addRow(tr("Case store:"), m_location);
    form->addRow(tr("Bench:"), m_bench);
    form->addRow(tr("Site:"), m_site);
    auto *note = new QLabel(tr("Every closed case is filed here. When the server cannot be reached, the case waits on this computer and is sent later."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    QPushButton *report = buttons->addButton(tr("Write the incident report…"), QDialogButtonBox::ActionRole);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (saveSettings())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(report, &QPushButton::clicked, this, &CaseStoreDialog::writeReport);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

bool CaseStoreDialog::saveSettings()
{
    StoreConfig config;
    config.location = m_location->text().trimmed();
    config.bench = m_bench->text().trimmed();
    config.site = m_site->text().trimmed();
    // The bench and site go into every case and ticket: the field rule (domain/fieldtext.h).
    for (const auto &[field, text] : {std::pair{FieldText::Field::Bench, config.bench}, std::pair{FieldText::Field::Site, config.site}})
        if (const QString problem = FieldText::problem(field, text); !problem.isEmpty()) {
            m_message->showError(problem);
            return false;
        }
    const auto store = CaseStore::open(config);
    if (!store) {
        m_message->showError(store.error().message);
        return false;
    }
    config.save();
    m_message->showSuccess(tr("Cases are filed in %1.").arg((*store)->description()));
    return true;
}

bool CaseStoreDialog::writeReport()
{
    StoreConfig config = StoreConfig::load();
    config.location = m_location->text().trimmed();
    const auto store = CaseStore::open(config);
    if (!store) {
        m_message->showError(store.error().message);
        return false;
    }
    const auto data = (*store)->report();
    if (!data) {
        m_message->showError(data.error().message);
        return false;
    }
    const QString path = m_hooks->saveFileName(this, tr("Save the incident report"),
                                               QDir::homePath() + QStringLiteral("/incident-report.html"), tr("Web page (*.html)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    const QByteArray html = CaseReport::html(*data, uiLanguage(), (*store)->description()).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
        m_message->showError(tr("The report cannot be written to %1.").arg(path));
        return false;
    }
    m_message->showSuccess(tr("Report written: %n case(s).", nullptr, data->cases));
    return true;
}

}  // namespace ra::gui
