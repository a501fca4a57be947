#include "DocumentEditor.h"

#include "ClausePicker.h"
#include "EditorPrompts.h"
#include "FormHelpers.h"
#include "LinkedRecordList.h"
#include "domain/Workflow.h"
#include "shell/AppSettings.h"
#include "storage/AttachmentStore.h"
#include "storage/UserRepository.h"
#include "ui_EditorDocument.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace qms::gui {
namespace {

enum RevColumn {
    RevLabel,
    RevSummary,
    RevAuthor,
    RevDate,
    RevFile,
    RevSha,
    RevApprovedBy,
    RevReleasedAt,
    RevColumns
};

QString roleLabel(Role r) {
    switch (r) {
    case Role::QualityManager:
        return QCoreApplication::translate("qms::gui::DocumentEditor", "quality manager");
    case Role::ProcessOwner:
        return QCoreApplication::translate("qms::gui::DocumentEditor", "process owner");
    case Role::Auditor:
        return QCoreApplication::translate("qms::gui::DocumentEditor", "auditor");
    }
    return {};
}

QString localDate(const QDate& d) {
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

} // namespace

DocumentEditor::DocumentEditor(Workspace& ws, const QString& id, QWidget* parent)
    : TypedEditor(ws, id, parent)
    , m_ui(new Ui::EditorDocument) {
    auto* form = new QWidget;
    m_ui->setupUi(form);
    setDetailsForm(form);
    setAcceptDrops(true);
    fillEnumCombo<DocumentType>(m_ui->type);
    const auto users = ws.users().list();
    fillUserCombo(m_ui->owner, users ? *users : QList<User>(), false);
    m_ui->nextReview->setProperty("qmsAlwaysReadOnly", true);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->openButton), static_cast<QWidget*>(m_ui->saveAsButton),
                       static_cast<QWidget*>(m_ui->revisionTable)})
        w->setProperty("qmsKeepState", true); // reading the file is fine in read-only mode
    m_ui->revisionTable->setColumnCount(RevColumns);
    m_ui->revisionTable->setHorizontalHeaderLabels({tr("Revision"), tr("Change summary"), tr("Author"),
                                                    tr("Date"), tr("File"), tr("SHA-256"), tr("Approved by"),
                                                    tr("Released at")});
    m_ui->revisionTable->verticalHeader()->hide();
    m_ui->revisionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->revisionTable->horizontalHeader()->setSectionResizeMode(RevSummary, QHeaderView::Stretch);
    // Long file names are elided; the full name is in the tooltip.
    m_ui->revisionTable->horizontalHeader()->setSectionResizeMode(RevFile, QHeaderView::Interactive);
    m_ui->revisionTable->horizontalHeader()->resizeSection(RevFile, 200);
    m_ui->revisionTable->setTextElideMode(Qt::ElideMiddle);
    m_ui->revisionTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->revisionTable->setWordWrap(false);
    m_ui->attachButton->setObjectName(QStringLiteral("attachButton"));

    m_clauses = new ClausePicker(ws.catalogue());
    m_processes = new LinkedRecordList(ws, RecordKind::Process, QString());
    m_processes->setObjectName(QStringLiteral("processList"));
    auto* linksBox = new QGroupBox(tr("Processes using this document"));
    (new QVBoxLayout(linksBox))->addWidget(m_processes);
    auto* clauseBox = new QGroupBox(tr("ISO 9001 clauses"));
    (new QVBoxLayout(clauseBox))->addWidget(m_clauses);
    linksLayout()->addWidget(linksBox);
    linksLayout()->addWidget(clauseBox, 1);

    registerField(QStringLiteral("title"), m_ui->title);
    registerField(QStringLiteral("type"), m_ui->type);
    registerField(QStringLiteral("owner"), m_ui->owner);
    registerField(QStringLiteral("description"), m_ui->description);
    registerField(QStringLiteral("review_interval_months"), m_ui->reviewInterval);
    registerField(QStringLiteral("revisions"), m_ui->changeSummary);
    registerField(QStringLiteral("revision"), m_ui->changeSummary);
    registerField(QStringLiteral("clauses"), m_clauses);
    registerField(QStringLiteral("processes"), m_processes);

    connect(m_ui->attachButton, &QPushButton::clicked, this, [this] {
        const QString path = EditorPrompts::openFile(
            this, tr("Attach a file to %1 revision %2")
                      .arg(recordId().isEmpty() ? tr("the new document") : recordId(), m_record.revision));
        if (!path.isEmpty())
            attachFile(path);
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] { openAttachment(); });
    connect(m_ui->saveAsButton, &QPushButton::clicked, this, [this] { saveAttachmentAs(); });
    watchAll(form);
    watch(m_clauses);
    watch(m_processes);
    initialise();
}

DocumentEditor::~DocumentEditor() = default;

void DocumentEditor::initNew() {
    m_record = Document{};
    m_record.owner = m_ws.user().name;
    m_record.reviewIntervalMonths = AppSettings().defaultReviewIntervalMonths();
    m_record.revision = QStringLiteral("A");
    DocumentRevision rev;
    rev.label = m_record.revision;
    rev.changeSummary = tr("First issue");
    rev.author = m_ws.user().name;
    rev.date = m_ws.clock().today();
    m_record.revisions = {rev};
}

const DocumentRevision* DocumentEditor::shownRevision() const {
    return m_record.currentRevision();
}

void DocumentEditor::fillForm() {
    const Document& d = m_record;
    m_ui->title->setText(d.title);
    setEnumCombo(m_ui->type, d.type);
    setUserCombo(m_ui->owner, d.owner);
    setPlainText(m_ui->description, d.description);
    m_ui->reviewInterval->setValue(d.reviewIntervalMonths);
    m_ui->nextReview->setText(d.nextReview.isValid()
                                  ? localDate(d.nextReview)
                                  : tr("set when a revision is released (release date + review interval)"));
    const DocumentRevision* rev = shownRevision();
    m_ui->revisionLabelValue->setText(
        d.revision.isEmpty() ? tr("—") : tr("%1 (%2)").arg(d.revision, inSentence(enumLabel(d.status))));
    setPlainText(m_ui->changeSummary, rev ? rev->changeSummary : QString());
    const AttachmentInfo att = rev ? rev->attachment : AttachmentInfo{};
    if (att.isNull()) {
        m_ui->attachmentName->setText(tr("No file attached yet. Drop a file here or use Attach file…"));
        m_ui->shaValue->setText(tr("—"));
        m_ui->shaValue->setToolTip({});
    } else {
        m_ui->attachmentName->setText(tr("%1 (%2)").arg(att.fileName, QLocale().formattedDataSize(att.size)));
        m_ui->shaValue->setText(att.sha256.left(16) + QStringLiteral("…"));
        m_ui->shaValue->setToolTip(att.sha256);
    }
    m_ui->attachButton->setText(att.isNull() ? tr("Attach &file…") : tr("Replace &file…"));
    m_ui->openButton->setEnabled(!att.isNull());
    m_ui->saveAsButton->setEnabled(!att.isNull());
    fillRevisionTable();
    m_clauses->setSelected(d.clauses);
    m_processes->setIds(d.processes);

    QStringList notes;
    if (!d.effectiveRevision.isEmpty())
        notes << tr("Revision %1 is in force, released %2 by %3.")
                     .arg(d.effectiveRevision,
                          QLocale().toString(d.releasedAt.toLocalTime(), QLocale::ShortFormat),
                          personName(d.approvedBy));
    if (d.status == DocumentStatus::Draft && !d.effectiveRevision.isEmpty() &&
        d.revision != d.effectiveRevision)
        notes << tr("Revision %1 is being drafted.").arg(d.revision);
    if (d.isReviewOverdue(m_ws.clock().today()))
        notes << tr("The periodic review was due on %1.").arg(localDate(d.nextReview));
    if (d.status == DocumentStatus::Obsolete && !d.obsoleteReason.isEmpty())
        notes << tr("Obsolete: %1").arg(d.obsoleteReason);
    setStatusNote(notes.join(QLatin1Char(' ')));
}

void DocumentEditor::fillRevisionTable() {
    QTableWidget* t = m_ui->revisionTable;
    t->setRowCount(0);
    const auto& revs = m_record.revisions;
    t->setRowCount(revs.size());
    for (int i = 0; i < revs.size(); ++i) {
        const DocumentRevision& r = revs[revs.size() - 1 - i]; // newest first
        auto set = [&](int col, const QString& text, const QString& tip = {}) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            t->setItem(i, col, item);
        };
        set(RevLabel, r.label);
        set(RevSummary, r.changeSummary);
        set(RevAuthor, personName(r.author), r.author);
        set(RevDate, localDate(r.date));
        set(RevFile, r.attachment.fileName);
        set(RevSha, r.attachment.sha256.left(16), r.attachment.sha256);
        set(RevApprovedBy, personName(r.approvedBy), r.approvedBy);
        set(RevReleasedAt, r.releasedAt.isValid()
                               ? QLocale().toString(r.releasedAt.toLocalTime(), QLocale::ShortFormat)
                               : QString());
    }
}

Document DocumentEditor::collect() const {
    Document d = m_record;
    d.title = m_ui->title->text().trimmed();
    d.type = enumFromCombo(m_ui->type, d.type);
    d.owner = userFromCombo(m_ui->owner);
    d.description = m_ui->description->toPlainText();
    d.reviewIntervalMonths = m_ui->reviewInterval->value();
    if (d.status == DocumentStatus::Draft)
        if (DocumentRevision* rev = d.currentRevision())
            rev->changeSummary = m_ui->changeSummary->toPlainText().trimmed();
    d.clauses = keepOrder(m_record.clauses, m_clauses->selected());
    d.processes = m_processes->ids();
    return d;
}

Result<QString> DocumentEditor::store(const SaveOptions& options, std::optional<int> targetStatus) {
    if (!m_pendingRevision)
        return TypedEditor::store(options, targetStatus);
    const PendingRevision pending = *m_pendingRevision;
    m_pendingRevision.reset();
    Document d = collect();
    if (auto s = DocumentWorkflow::startRevision(d, pending.label, pending.summary, m_ws.user().name,
                                                 m_ws.clock().today());
        !s)
        return s.error();
    auto r = repository().save(d, options);
    if (!r)
        return r.error();
    m_record = *r;
    return r->meta.id;
}

QList<EditorStep> DocumentEditor::steps() const {
    QList<EditorStep> out;
    const Status edit = Permissions::canEdit(m_ws.user(), m_record);
    for (const auto& s : DocumentWorkflow::steps(m_record.status)) {
        const Status permitted =
            s.target == DocumentStatus::Released ? Permissions::canRelease(m_ws.user(), m_record) : edit;
        out.append({int(s.target), enumKey(s.target), s.action, s.needsReason, permitted});
    }
    if (m_record.status == DocumentStatus::Released)
        out.append({-1, QStringLiteral("new_revision"), tr("Start new revision"), false, edit});
    return out;
}

QString DocumentEditor::statusText() const {
    return isNew() ? tr("New") : enumLabel(m_record.status);
}

QString DocumentEditor::lockReason() const {
    if (m_record.status == DocumentStatus::Obsolete)
        return tr("%1 is obsolete and kept as it was. Create a new document instead.").arg(m_record.meta.id);
    return {};
}

bool DocumentEditor::confirmStep(const EditorStep& step) {
    if (step.target != int(DocumentStatus::Released))
        return true;
    const User& u = m_ws.user();
    if (u.hasPassword)
        return true; // the signature dialog that follows is the confirmation
    const QString text = tr("Release %1 revision %2 as %3, %4, on %5? This records your approval.")
                             .arg(m_record.meta.id, m_record.revision, u.printedName(), roleLabel(u.role),
                                  QLocale().toString(m_ws.clock().today(), QLocale::LongFormat));
    return EditorPrompts::confirm(this, tr("Approve and release"), text);
}

void DocumentEditor::customStep(const EditorStep& step) {
    if (step.key != QLatin1String("new_revision"))
        return;
    const auto answer = EditorPrompts::askRevision(this, m_record.meta.id,
                                                   DocumentWorkflow::nextRevisionLabel(m_record.revision));
    if (!answer)
        return;
    m_pendingRevision = PendingRevision{answer->label, answer->summary};
    storeAndReload({}, std::nullopt);
    m_pendingRevision.reset();
}

void DocumentEditor::applyReadOnly(bool readOnly) {
    TypedEditor::applyReadOnly(readOnly);
    // A released revision's content is fixed; only a draft revision takes a summary and a file.
    const bool draft = m_record.status == DocumentStatus::Draft;
    m_ui->changeSummary->setReadOnly(readOnly || !draft);
    QString why;
    m_ui->attachButton->setEnabled(!readOnly && canAttach(&why));
    m_ui->attachButton->setToolTip(why.isEmpty()
                                       ? tr("Attach or replace the file of the draft revision (you can "
                                            "also drop a file on this window)")
                                       : why);
}

bool DocumentEditor::canAttach(QString* why) const {
    if (isReadOnly()) {
        *why = readOnlyReason();
        return false;
    }
    if (m_record.status != DocumentStatus::Draft) {
        *why = tr("Revision %1 is %2; files go to a draft revision. Start a new revision first.")
                   .arg(m_record.revision, inSentence(enumLabel(m_record.status)));
        return false;
    }
    return true;
}

bool DocumentEditor::attachFile(const QString& path) {
    QString why;
    if (!canAttach(&why)) {
        EditorPrompts::warn(this, tr("Attach file"), why);
        return false;
    }
    if (isNew() && !save())
        return false; // the problems are shown at their fields
    clearErrors();
    const OwnWrite own(*this);
    auto saved = m_ws.attachments().attachToCurrentRevision(collect(), path);
    if (!saved) {
        showError(saved.error());
        return false;
    }
    reload();
    Q_EMIT this->saved(recordId());
    return true;
}

QString DocumentEditor::openAttachment() {
    const DocumentRevision* rev = shownRevision();
    if (!rev || rev->attachment.isNull())
        return {};
    if (!m_viewerDir)
        m_viewerDir =
            std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/qmsdesk-view-XXXXXX"));
    const QString target = m_viewerDir->filePath(
        QStringLiteral("%1-%2-%3")
            .arg(recordId(), rev->label, QFileInfo(rev->attachment.fileName).fileName()));
    if (auto s = m_ws.attachments().saveTo(rev->attachment.id, target); !s) {
        EditorPrompts::warn(this, tr("Open file"), s.error().describe());
        return {};
    }
    // A copy for viewing only: changes made in the viewer must not look like they were saved.
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!EditorPrompts::openExternally(target))
        EditorPrompts::warn(
            this, tr("Open file"),
            tr("No application is set up to open %1. Use Save as… and open the copy yourself.")
                .arg(rev->attachment.fileName));
    return target;
}

bool DocumentEditor::saveAttachmentAs() {
    const DocumentRevision* rev = shownRevision();
    if (!rev || rev->attachment.isNull())
        return false;
    const QString path = EditorPrompts::saveFile(this, tr("Save %1 as").arg(rev->attachment.fileName),
                                                 QDir::home().filePath(rev->attachment.fileName));
    if (path.isEmpty())
        return false;
    if (auto s = m_ws.attachments().saveTo(rev->attachment.id, path); !s) {
        EditorPrompts::warn(this, tr("Save as"), s.error().describe());
        return false;
    }
    return true;
}

void DocumentEditor::dragEnterEvent(QDragEnterEvent* event) {
    QString why;
    const auto* mime = event->mimeData();
    if (mime->hasUrls() && mime->urls().size() == 1 && mime->urls().first().isLocalFile() && canAttach(&why))
        event->acceptProposedAction();
}

void DocumentEditor::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    attachFile(urls.first().toLocalFile());
}

} // namespace qms::gui
