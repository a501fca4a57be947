#include "CaEditor.h"

#include "ClausePicker.h"
#include "FormHelpers.h"
#include "LinkedRecordList.h"
#include "domain/Workflow.h"
#include "storage/UserRepository.h"
#include "ui_EditorCorrectiveAction.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace qms::gui {

CaEditor::CaEditor(Workspace& ws, const QString& id, QWidget* parent)
    : TypedEditor(ws, id, parent)
    , m_ui(new Ui::EditorCorrectiveAction) {
    auto* form = new QWidget;
    m_ui->setupUi(form);
    setDetailsForm(form);
    fillEnumCombo<CaType>(m_ui->type);
    const auto users = ws.users().list();
    const QList<User> people = users ? *users : QList<User>();
    fillUserCombo(m_ui->owner, people, false);
    fillUserCombo(m_ui->effectivenessBy, people, true);
    makeOptionalDate(m_ui->completedOn);
    makeOptionalDate(m_ui->effectivenessDue);

    m_clauses = new ClausePicker(ws.catalogue());
    m_ncs = new LinkedRecordList(ws, RecordKind::Nonconformity, QString());
    m_ncs->setObjectName(QStringLiteral("ncList"));
    auto* linksBox = new QGroupBox(tr("Nonconformities this action addresses"));
    (new QVBoxLayout(linksBox))->addWidget(m_ncs);
    m_changes = new LinkedRecordList(ws, RecordKind::ChangeRequest, QString());
    m_changes->setObjectName(QStringLiteral("changeList"));
    auto* changesBox = new QGroupBox(tr("Change requests this action carries out"));
    (new QVBoxLayout(changesBox))->addWidget(m_changes);
    auto* clauseBox = new QGroupBox(tr("ISO 9001 clauses"));
    (new QVBoxLayout(clauseBox))->addWidget(m_clauses);
    linksLayout()->addWidget(linksBox);
    linksLayout()->addWidget(changesBox);
    linksLayout()->addWidget(clauseBox, 1);

    registerField(QStringLiteral("title"), m_ui->title);
    registerField(QStringLiteral("description"), m_ui->description);
    registerField(QStringLiteral("type"), m_ui->type);
    registerField(QStringLiteral("owner"), m_ui->owner);
    registerField(QStringLiteral("due_date"), m_ui->dueDate);
    registerField(QStringLiteral("completed_on"), m_ui->completedOn);
    registerField(QStringLiteral("effectiveness_due"), m_ui->effectivenessDue);
    registerField(QStringLiteral("effectiveness_by"), m_ui->effectivenessBy);
    registerField(QStringLiteral("effectiveness_result"), m_ui->effectivenessResult);
    registerField(QStringLiteral("clauses"), m_clauses);
    registerField(QStringLiteral("nonconformities"), m_ncs);
    registerField(QStringLiteral("changes"), m_changes);
    watchAll(form);
    watch(m_clauses);
    watch(m_ncs);
    watch(m_changes);
    initialise();
}

CaEditor::~CaEditor() = default;

void CaEditor::initNew() {
    m_record = CorrectiveAction{};
    m_record.owner = m_ws.user().name;
    m_record.dueDate = m_ws.clock().today().addDays(30);
}

void CaEditor::fillForm() {
    const CorrectiveAction& c = m_record;
    m_ui->title->setText(c.title);
    setPlainText(m_ui->description, c.description);
    setEnumCombo(m_ui->type, c.type);
    setUserCombo(m_ui->owner, c.owner);
    m_ui->dueDate->setDate(c.dueDate);
    setOptionalDate(m_ui->completedOn, c.completedOn);
    setOptionalDate(m_ui->effectivenessDue, c.effectivenessDue);
    setUserCombo(m_ui->effectivenessBy, c.effectivenessBy);
    setPlainText(m_ui->effectivenessResult, c.effectivenessResult);
    m_clauses->setSelected(c.clauses);
    m_ncs->setOwnId(c.meta.id);
    m_ncs->setIds(c.nonconformities);
    m_changes->setOwnId(c.meta.id);
    m_changes->setIds(c.changes);
    QStringList notes;
    if (!isNew() && c.isOverdue(m_ws.clock().today()))
        notes << tr("Overdue: was due on %1.").arg(QLocale().toString(c.dueDate, QLocale::ShortFormat));
    if (!c.statusReason.isEmpty())
        notes << tr("Last status change: %1").arg(c.statusReason);
    setStatusNote(notes.join(QLatin1Char(' ')));
}

CorrectiveAction CaEditor::collect() const {
    CorrectiveAction c = m_record;
    c.title = m_ui->title->text().trimmed();
    c.description = m_ui->description->toPlainText();
    c.type = enumFromCombo(m_ui->type, c.type);
    c.owner = userFromCombo(m_ui->owner);
    c.dueDate = m_ui->dueDate->date();
    c.completedOn = optionalDate(m_ui->completedOn);
    c.effectivenessDue = optionalDate(m_ui->effectivenessDue);
    c.effectivenessBy = userFromCombo(m_ui->effectivenessBy);
    c.effectivenessResult = m_ui->effectivenessResult->toPlainText();
    c.clauses = keepOrder(m_record.clauses, m_clauses->selected());
    c.nonconformities = m_ncs->ids();
    c.changes = m_changes->ids();
    return c;
}

QList<EditorStep> CaEditor::steps() const {
    QList<EditorStep> out;
    const Status permitted = Permissions::canEdit(m_ws.user(), m_record);
    for (const auto& s : CaWorkflow::steps(m_record.status))
        out.append({int(s.target), enumKey(s.target), s.action, s.needsReason, permitted});
    return out;
}

QString CaEditor::statusText() const {
    return isNew() ? tr("New") : enumLabel(m_record.status);
}

QString CaEditor::lockReason() const {
    if (!isTerminal(m_record.status))
        return {};
    if (CaWorkflow::steps(m_record.status).isEmpty())
        return tr("%1 is %2: the record is final and kept as it was.")
            .arg(m_record.meta.id, inSentence(enumLabel(m_record.status)));
    return tr("%1 is %2 and kept as it was. Reopen or rework it to change it.")
        .arg(m_record.meta.id, inSentence(enumLabel(m_record.status)));
    return {};
}

} // namespace qms::gui
