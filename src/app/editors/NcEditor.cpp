#include "NcEditor.h"

#include "ClausePicker.h"
#include "EditorPrompts.h"
#include "FormHelpers.h"
#include "LinkedRecordList.h"
#include "domain/Workflow.h"
#include "storage/UserRepository.h"
#include "ui_EditorNonconformity.h"

#include <QGroupBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace qms::gui {

NcEditor::NcEditor(Workspace& ws, const QString& id, QWidget* parent)
    : TypedEditor(ws, id, parent)
    , m_ui(new Ui::EditorNonconformity) {
    auto* form = new QWidget;
    m_ui->setupUi(form);
    setDetailsForm(form);
    fillEnumCombo<NcSource>(m_ui->source);
    fillEnumCombo<Severity>(m_ui->severity);
    fillEnumCombo<RcaMethod>(m_ui->rcaMethod);
    fillEnumCombo<Disposition>(m_ui->disposition);
    const auto userList = ws.users().list();
    const QList<User> users = userList ? *userList : QList<User>();
    fillUserCombo(m_ui->reportedBy, users, false);
    fillUserCombo(m_ui->responsible, users, true);
    m_ui->process->addItem(tr("(none)"), QString());
    if (auto processes = ws.processes().list())
        for (const Process& p : *processes)
            m_ui->process->addItem(QStringLiteral("%1 · %2").arg(p.meta.id, p.name), p.meta.id);

    m_clauses = new ClausePicker(ws.catalogue());
    m_actions = new LinkedRecordList(ws, RecordKind::CorrectiveAction, QString());
    m_actions->setObjectName(QStringLiteral("actionsList"));
    m_newAction = new QPushButton(tr("&New corrective action for this NC"));
    m_newAction->setObjectName(QStringLiteral("newActionButton"));
    m_newAction->setToolTip(tr("Creates a corrective action linked to this nonconformity and opens it"));
    m_actions->addButton(m_newAction);
    auto* actionsBox = new QGroupBox(tr("Corrective actions"));
    (new QVBoxLayout(actionsBox))->addWidget(m_actions);
    auto* clauseBox = new QGroupBox(tr("ISO 9001 clauses"));
    (new QVBoxLayout(clauseBox))->addWidget(m_clauses);
    linksLayout()->addWidget(actionsBox);
    linksLayout()->addWidget(clauseBox, 1);
    connect(m_newAction, &QPushButton::clicked, this, [this] { createLinkedAction(); });

    registerField(QStringLiteral("title"), m_ui->title);
    registerField(QStringLiteral("description"), m_ui->description);
    registerField(QStringLiteral("source"), m_ui->source);
    registerField(QStringLiteral("severity"), m_ui->severity);
    registerField(QStringLiteral("detected_on"), m_ui->detectedOn);
    registerField(QStringLiteral("reported_by"), m_ui->reportedBy);
    registerField(QStringLiteral("responsible"), m_ui->responsible);
    registerField(QStringLiteral("process"), m_ui->process);
    registerField(QStringLiteral("reference"), m_ui->reference);
    registerField(QStringLiteral("containment"), m_ui->containment);
    registerField(QStringLiteral("rca_method"), m_ui->rcaMethod);
    registerField(QStringLiteral("root_cause"), m_ui->rootCause);
    registerField(QStringLiteral("disposition"), m_ui->disposition);
    registerField(QStringLiteral("effectiveness"), m_ui->effectiveness);
    registerField(QStringLiteral("clauses"), m_clauses);
    registerField(QStringLiteral("actions"), m_actions);
    watchAll(form);
    watch(m_clauses);
    watch(m_actions);
    initialise();
}

NcEditor::~NcEditor() = default;

void NcEditor::initNew() {
    m_record = Nonconformity{};
    m_record.detectedOn = m_ws.clock().today();
    m_record.reportedBy = m_ws.user().name;
}

void NcEditor::fillForm() {
    const Nonconformity& n = m_record;
    m_ui->title->setText(n.title);
    setPlainText(m_ui->description, n.description);
    setEnumCombo(m_ui->source, n.source);
    setEnumCombo(m_ui->severity, n.severity);
    m_ui->detectedOn->setMaximumDate(m_ws.clock().today());
    m_ui->detectedOn->setDate(n.detectedOn);
    setUserCombo(m_ui->reportedBy, n.reportedBy);
    setUserCombo(m_ui->responsible, n.responsible);
    int p = m_ui->process->findData(n.process);
    if (p < 0 && !n.process.isEmpty()) {
        m_ui->process->addItem(n.process, n.process);
        p = m_ui->process->count() - 1;
    }
    m_ui->process->setCurrentIndex(std::max(0, p));
    m_ui->reference->setText(n.reference);
    setPlainText(m_ui->containment, n.containment);
    setEnumCombo(m_ui->rcaMethod, n.rcaMethod);
    setPlainText(m_ui->rootCause, n.rootCause);
    setEnumCombo(m_ui->disposition, n.disposition);
    setPlainText(m_ui->effectiveness, n.effectiveness);
    m_clauses->setSelected(n.clauses);
    m_actions->setOwnId(n.meta.id);
    m_actions->setIds(n.actions);
    m_newAction->setVisible(!isNew());
    QString note;
    if (!n.statusReason.isEmpty())
        note = tr("Last status change: %1").arg(n.statusReason);
    if (n.closedOn.isValid())
        note = tr("Closed on %1. %2").arg(QLocale().toString(n.closedOn, QLocale::ShortFormat), note);
    setStatusNote(note.trimmed());
}

Nonconformity NcEditor::collect() const {
    Nonconformity n = m_record;
    n.title = m_ui->title->text().trimmed();
    n.description = m_ui->description->toPlainText();
    n.source = enumFromCombo(m_ui->source, n.source);
    n.severity = enumFromCombo(m_ui->severity, n.severity);
    n.detectedOn = m_ui->detectedOn->date();
    n.reportedBy = userFromCombo(m_ui->reportedBy);
    n.responsible = userFromCombo(m_ui->responsible);
    n.process = m_ui->process->currentData().toString();
    n.reference = m_ui->reference->text().trimmed();
    n.containment = m_ui->containment->toPlainText();
    n.rcaMethod = enumFromCombo(m_ui->rcaMethod, n.rcaMethod);
    n.rootCause = m_ui->rootCause->toPlainText();
    n.disposition = enumFromCombo(m_ui->disposition, n.disposition);
    n.effectiveness = m_ui->effectiveness->toPlainText();
    n.clauses = keepOrder(m_record.clauses, m_clauses->selected());
    n.actions = m_actions->ids();
    return n;
}

QList<EditorStep> NcEditor::steps() const {
    QList<EditorStep> out;
    for (const auto& s : NcWorkflow::steps(m_record.status)) {
        Status permitted = s.target == NcStatus::Closed ? Permissions::canCloseNc(m_ws.user())
                                                        : Permissions::canEdit(m_ws.user(), m_record);
        out.append({int(s.target), enumKey(s.target), s.action, s.needsReason, permitted});
    }
    return out;
}

QString NcEditor::statusText() const {
    return isNew() ? tr("New") : enumLabel(m_record.status);
}

QString NcEditor::lockReason() const {
    if (isTerminal(m_record.status))
        return tr("%1 is %2 and kept as it was. Reopen it to change it.")
            .arg(m_record.meta.id, inSentence(enumLabel(m_record.status)));
    return {};
}

QString NcEditor::createLinkedAction() {
    if (isNew() || isReadOnly())
        return {};
    if (isDirty() && !save())
        return {};
    CorrectiveAction ca;
    ca.title = tr("Action for %1: %2").arg(m_record.meta.id, m_record.title);
    ca.owner = m_record.responsible.isEmpty() ? m_ws.user().name : m_record.responsible;
    ca.dueDate = m_ws.clock().today().addDays(30);
    ca.nonconformities = {m_record.meta.id};
    ca.clauses = m_record.clauses;
    const OwnWrite own(*this);
    auto created = m_ws.actions().create(ca);
    if (!created) {
        showError(created.error());
        return {};
    }
    // The link lives on this NC too: show it without disturbing other edits.
    reload();
    Q_EMIT saved(m_record.meta.id);
    Q_EMIT saved(created->meta.id);
    Q_EMIT openRequested(created->meta.id);
    return created->meta.id;
}

} // namespace qms::gui
