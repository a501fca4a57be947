#include "ClauseApplicabilityDialog.h"

#include "shell/Theme.h"
#include "storage/ClauseRepository.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qms::gui {

ClauseApplicabilityDialog::ClauseApplicabilityDialog(Workspace& ws, const QString& clause, bool applicable,
                                                     const QString& justification,
                                                     const QString& inheritedFrom, QWidget* parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_clause(clause) {
    setObjectName(QStringLiteral("clauseApplicabilityDialog"));
    const Clause* c = ws.catalogue().find(clause);
    setWindowTitle(tr("Applicability of clause %1").arg(clause));

    auto* heading = new QLabel(
        QStringLiteral("<b>%1 %2</b>").arg(clause, c ? c->title.toHtmlEscaped() : QString()), this);
    heading->setWordWrap(true);

    m_applicable = new QCheckBox(tr("This clause &applies to our organisation"), this);
    m_applicable->setObjectName(QStringLiteral("applicableCheck"));
    m_applicable->setChecked(applicable);

    auto* justLabel = new QLabel(tr("&Justification (required when the clause does not apply):"), this);
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setTabChangesFocus(true);
    m_justification->setPlaceholderText(tr("e.g. We build to customer drawings and do no design work."));
    m_justification->setPlainText(applicable ? QString() : justification);
    justLabel->setBuddy(m_justification);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("applicabilityError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: 600; }").arg(toneText(Tone::Error).name()));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClauseApplicabilityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClauseApplicabilityDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    if (c && !c->summary.isEmpty()) {
        auto* summary = new QLabel(c->summary, this);
        summary->setWordWrap(true);
        layout->addWidget(summary);
    }
    if (!inheritedFrom.isEmpty()) {
        auto* note =
            new QLabel(tr("Clause %1 does not apply, so neither does %2. Change %1 to make it apply again.")
                           .arg(inheritedFrom, clause),
                       this);
        note->setObjectName(QStringLiteral("inheritedNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
        m_applicable->setEnabled(false);
        m_justification->setReadOnly(true);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    layout->addSpacing(6);
    layout->addWidget(m_applicable);
    layout->addWidget(justLabel);
    layout->addWidget(m_justification, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, 320);

    connect(m_applicable, &QCheckBox::toggled, this, &ClauseApplicabilityDialog::updateEnabled);
    updateEnabled();
}

void ClauseApplicabilityDialog::updateEnabled() {
    m_justification->setEnabled(!m_applicable->isChecked());
    m_error->hide();
}

void ClauseApplicabilityDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void ClauseApplicabilityDialog::accept() {
    const bool applicable = m_applicable->isChecked();
    const QString justification = m_justification->toPlainText().trimmed();
    if (!applicable && justification.isEmpty()) {
        showError(
            tr("Say why clause %1 does not apply: ISO 9001 4.3 asks for a justification.").arg(m_clause));
        m_justification->setFocus();
        return;
    }
    if (auto s = m_ws.clauses().setApplicability(m_clause, applicable, justification); !s) {
        showError(tr("The applicability could not be saved: %1").arg(s.error().describe()));
        return;
    }
    QDialog::accept();
}

} // namespace qms::gui
