#include "RecordEditor.h"

#include "ClausePicker.h"
#include "EditorPrompts.h"
#include "FormHelpers.h"
#include "HistoryView.h"
#include "ItemStateTable.h"
#include "LinkedRecordList.h"
#include "TableFieldEditor.h"
#include "domain/Permissions.h"
#include "domain/kinds/KindDeclaration.h"
#include "shell/Theme.h"
#include "storage/RecordChanges.h"
#include "storage/UserRepository.h"
#include "storage/Workspace.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QVBoxLayout>

namespace qms::gui {

RecordEditor::RecordEditor(Workspace& ws, RecordKind kind, const QString& id, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ws(ws)
    , m_kind(kind)
    , m_id(id)
    , m_banner(new QLabel(this))
    , m_changedBanner(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_statusNote(new QLabel(this))
    , m_errorBox(new QLabel(this))
    , m_stepRow(new QHBoxLayout)
    , m_tabs(new QTabWidget(this))
    , m_linksLayout(nullptr)
    , m_history(new HistoryView(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_close(new QPushButton(tr("Close"), this)) {
    EditorPrompts::installDefaults();
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("recordEditor"));
    resize(980, 720);

    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(bannerStyleSheet(Tone::Warning));
    m_banner->hide();
    m_changedBanner->setObjectName(QStringLiteral("changedElsewhereBanner"));
    m_changedBanner->setWordWrap(true);
    m_changedBanner->setStyleSheet(bannerStyleSheet(Tone::Warning));
    m_changedBanner->setTextFormat(Qt::RichText);
    m_changedBanner->hide();
    connect(m_changedBanner, &QLabel::linkActivated, this, [this] { reload(); });
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    m_heading->setFont(hf);
    m_heading->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("statusChip"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setStyleSheet(bannerStyleSheet(Tone::Info) +
                            QStringLiteral(" QLabel { border-radius: 9px; padding: 2px 10px; }"));
    m_statusNote->setObjectName(QStringLiteral("statusNote"));
    m_statusNote->setWordWrap(true);
    m_statusNote->hide();
    m_errorBox->setObjectName(QStringLiteral("errorSummary"));
    m_errorBox->setWordWrap(true);
    m_errorBox->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBox->setStyleSheet(bannerStyleSheet(Tone::Error));
    m_errorBox->hide();

    auto* header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_status, 0, Qt::AlignVCenter);
    auto* stepLabel = new QLabel(tr("Workflow:"), this);
    stepLabel->setObjectName(QStringLiteral("workflowLabel"));
    auto* stepLine = new QHBoxLayout;
    stepLine->addWidget(stepLabel);
    stepLine->addLayout(m_stepRow);
    stepLine->addStretch(1);

    auto* links = new QWidget;
    auto* linksScroll = new QScrollArea;
    linksScroll->setWidgetResizable(true);
    linksScroll->setFrameShape(QFrame::NoFrame);
    linksScroll->setWidget(links);
    m_linksLayout = new QVBoxLayout(links);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(new QWidget, tr("&Details")); // replaced by setDetailsForm()
    m_tabs->addTab(linksScroll, tr("&Links"));
    m_tabs->addTab(m_history, tr("&History"));

    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(
        tr("Save the changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    auto* bottom = new QHBoxLayout;
    m_footer = bottom;
    bottom->addStretch(1);
    bottom->addWidget(m_save);
    bottom->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_changedBanner);
    layout->addLayout(header);
    layout->addLayout(stepLine);
    layout->addWidget(m_statusNote);
    layout->addWidget(m_errorBox);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    connect(&ws.changes(), &RecordChanges::changed, this, &RecordEditor::onChanges);
}

RecordEditor::~RecordEditor() = default;

void RecordEditor::addFooterWidget(QWidget* widget) {
    m_footer->insertWidget(0, widget);
}

void RecordEditor::initialise() {
    if (auto users = m_ws.users().list())
        for (const User& u : *users)
            m_displayNames.insert(u.name, u.printedName());
    if (isNew()) {
        m_loading = true;
        initNew();
        fillForm();
        afterLoad();
        m_loading = false;
        m_dirty = false;
        computeReadOnly();
        refreshChrome();
        rebuildSteps();
        refreshHistory();
    } else {
        load();
    }
}

void RecordEditor::setDetailsForm(QWidget* form) {
    // Text boxes grow a little with the window, not without bound: the form stays one glance.
    for (QPlainTextEdit* edit : form->findChildren<QPlainTextEdit*>())
        edit->setMaximumHeight(std::max(edit->minimumHeight(), 40) * 2);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    QWidget* old = m_tabs->widget(0);
    m_tabs->removeTab(0);
    m_tabs->insertTab(0, scroll, tr("&Details"));
    m_tabs->setCurrentIndex(0);
    delete old;
}

bool RecordEditor::load() {
    QString error;
    m_loading = true;
    const bool ok = loadStored(&error);
    if (ok) {
        fillForm();
        afterLoad();
    }
    m_loading = false;
    m_dirty = false;
    m_changedBanner->hide();
    clearErrors();
    computeReadOnly();
    if (!ok) {
        m_readOnly = true;
        m_readOnlyReason = tr("Read-only: %1 could not be loaded.").arg(m_id);
        applyReadOnly(true);
        m_errorBox->setText(error);
        m_errorBox->show();
    }
    refreshChrome();
    rebuildSteps();
    refreshHistory();
    return ok;
}

bool RecordEditor::reload() {
    return isNew() ? false : load();
}

bool RecordEditor::isChangedElsewhere() const {
    return !m_changedBanner->isHidden();
}

void RecordEditor::onChanges(const ChangeSet& changes) {
    if (m_ownWrites > 0 || isNew() || !changes.touchesRecord(m_id))
        return;
    if (!m_dirty) {
        reload(); // nothing to lose: show the stored state
        return;
    }
    if (!storedVersionDiffers())
        return; // a reset of the whole kind that did not reach this record
    m_changedBanner->setText(
        tr("%1 was changed by another save while you were editing it (in another window, or as a "
           "consequence of a change to a linked record). Saving your edits will be refused. "
           "<a href=\"reload\">Reload</a> to see the stored version; your edits in this window are "
           "lost then.")
            .arg(m_id.toHtmlEscaped()));
    m_changedBanner->show();
}

void RecordEditor::computeReadOnly() {
    QString reason;
    if (m_ws.isReadOnly())
        reason = tr("Read-only: this file is open for review, nothing can be changed.");
    else if (auto s = editPermission(); !s)
        reason = tr("Read-only: %1").arg(s.error().message);
    m_locked = false;
    if (reason.isEmpty() && !isNew()) {
        reason = lockReason();
        m_locked = !reason.isEmpty();
    }
    m_readOnly = !reason.isEmpty();
    m_readOnlyReason = reason;
    applyReadOnly(m_readOnly);
}

void RecordEditor::applyReadOnly(bool readOnly) {
    setFormReadOnly(m_tabs, readOnly);
}

void RecordEditor::refreshChrome() {
    const QString title = titleText();
    m_heading->setText(title);
    setWindowTitle(tr("%1[*] — QMS Desk").arg(title));
    setWindowModified(m_dirty);
    m_status->setText(statusText());
    m_status->setVisible(!statusText().isEmpty());
    m_banner->setText(m_readOnlyReason);
    m_banner->setVisible(m_readOnly);
    m_save->setVisible(!m_readOnly);
    m_save->setEnabled(!m_readOnly && (m_dirty || isNew()));
}

void RecordEditor::rebuildSteps() {
    for (QPushButton* b : std::as_const(m_stepButtons))
        delete b;
    m_stepButtons.clear();
    while (QLayoutItem* item = m_stepRow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (isNew()) {
        auto* hint = new QLabel(tr("available after the first save"), this);
        hint->setEnabled(false);
        m_stepRow->addWidget(hint);
        return;
    }
    const auto all = steps();
    // A kind without a workflow (processes are retired through the Active box): no empty row for it.
    const bool hasWorkflow = kindDecl(m_kind).hasWorkflow;
    if (QWidget* label = findChild<QWidget*>(QStringLiteral("workflowLabel")))
        label->setVisible(hasWorkflow);
    if (all.isEmpty() && !hasWorkflow)
        return;
    if (all.isEmpty()) {
        auto* hint = new QLabel(tr("no further steps"), this);
        hint->setEnabled(false);
        m_stepRow->addWidget(hint);
    }
    for (const EditorStep& step : all) {
        auto* b = new QPushButton(step.label, this);
        b->setObjectName(QStringLiteral("step_%1").arg(step.key));
        b->setAutoDefault(false);
        if (m_readOnly && !m_locked) {
            b->setEnabled(false);
            b->setToolTip(m_readOnlyReason);
        } else if (!step.permitted) {
            b->setEnabled(false);
            b->setToolTip(step.permitted.error().message);
        } else {
            b->setToolTip(step.needsReason
                              ? tr("%1 (asks for a reason, kept in the audit trail)").arg(step.label)
                              : step.label);
        }
        connect(b, &QPushButton::clicked, this, [this, step] { onStep(step); });
        m_stepRow->addWidget(b);
        m_stepButtons.append(b);
    }
}

void RecordEditor::refreshHistory() {
    if (isNew()) {
        m_history->setError(tr("The history starts when the record is first saved."));
        return;
    }
    auto entries = m_ws.audit().forRecord(m_id);
    if (!entries) {
        m_history->setError(entries.error().describe());
        return;
    }
    m_history->setEntries(
        *entries, [this](const QString& key) { return fieldLabel(key); },
        [this](const QString& key, const QString& value) { return displayValue(key, value); },
        m_displayNames);
}

void RecordEditor::watch(QWidget* w) {
    auto changed = [this] {
        updateDirty();
    };
    if (auto* e = qobject_cast<QLineEdit*>(w))
        connect(e, &QLineEdit::textChanged, this, changed);
    else if (auto* t = qobject_cast<QPlainTextEdit*>(w))
        connect(t, &QPlainTextEdit::textChanged, this, changed);
    else if (auto* d = qobject_cast<QDateEdit*>(w))
        connect(d, &QDateEdit::dateChanged, this, changed);
    else if (auto* s = qobject_cast<QSpinBox*>(w))
        connect(s, &QSpinBox::valueChanged, this, changed);
    else if (auto* c = qobject_cast<QComboBox*>(w)) {
        connect(c, &QComboBox::currentIndexChanged, this, changed);
        if (c->isEditable())
            connect(c, &QComboBox::editTextChanged, this, changed);
    } else if (auto* cb = qobject_cast<QCheckBox*>(w))
        connect(cb, &QCheckBox::toggled, this, changed);
    else if (auto* p = qobject_cast<ClausePicker*>(w))
        connect(p, &ClausePicker::changed, this, changed);
    else if (auto* l = qobject_cast<LinkedRecordList*>(w)) {
        connect(l, &LinkedRecordList::changed, this, changed);
        connect(l, &LinkedRecordList::openRequested, this, &RecordEditor::openRequested);
    } else if (auto* items = qobject_cast<ItemStateTable*>(w)) {
        connect(items, &ItemStateTable::changed, this, changed);
        connect(items, &ItemStateTable::openRequested, this, &RecordEditor::openRequested);
    } else if (auto* rows = qobject_cast<TableFieldEditor*>(w)) {
        connect(rows, &TableFieldEditor::changed, this, changed);
        connect(rows, &TableFieldEditor::openRequested, this, &RecordEditor::openRequested);
    } else if (auto* table = qobject_cast<QTableWidget*>(w))
        connect(table, &QTableWidget::itemChanged, this, changed);
    else if (auto* list = qobject_cast<QListWidget*>(w))
        connect(list, &QListWidget::itemChanged, this, changed);
}

void RecordEditor::watchAll(QWidget* root) {
    for (QWidget* w : root->findChildren<QWidget*>())
        if (!w->property("qmsAlwaysReadOnly").toBool())
            watch(w);
}

void RecordEditor::updateDirty() {
    if (m_loading)
        return;
    m_dirty = formDiffers();
    setWindowModified(m_dirty);
    m_save->setEnabled(!m_readOnly && (m_dirty || isNew()));
}

bool RecordEditor::save() {
    if (m_readOnly)
        return false;
    return storeAndReload({}, std::nullopt);
}

bool RecordEditor::runStep(const QString& targetKey) {
    for (QPushButton* b : std::as_const(m_stepButtons))
        if (b->objectName() == QStringLiteral("step_%1").arg(targetKey)) {
            if (!b->isEnabled())
                return false;
            const QString before = statusText();
            b->click();
            return statusText() != before;
        }
    return false;
}

bool RecordEditor::confirmStep(const EditorStep&) {
    return true;
}

void RecordEditor::onStep(const EditorStep& step) {
    if (!step.permitted || (m_readOnly && !m_locked))
        return;
    if (step.target < 0) {
        customStep(step);
        return;
    }
    SaveOptions options;
    if (step.needsReason) {
        const auto reason = EditorPrompts::askReason(
            this, step.label,
            tr("%1: %2\n\nWhy? The reason is kept in the audit trail.").arg(m_id, step.label));
        if (!reason)
            return;
        options.reason = *reason;
    }
    if (!confirmStep(step))
        return;
    storeAndReload(options, step.target);
}

bool RecordEditor::storeAndReload(const SaveOptions& options, std::optional<int> target) {
    clearErrors();
    const OwnWrite own(*this);
    auto result = store(options, target);
    // An approval by a signer with a password: ask for it and try again (again after a wrong one).
    SaveOptions signing = options;
    while (!result && (result.error().code == ErrorCode::SignatureNeeded ||
                       (signing.signaturePassword && result.error().code == ErrorCode::Unauthenticated))) {
        const auto meaning = approvalFor(target);
        if (!meaning)
            break;
        SignatureRequest request;
        request.meaning = signatureMeaningLabel(*meaning);
        request.record = titleText();
        request.printedName = m_ws.user().printedName();
        request.userName = m_ws.user().name;
        if (signing.signaturePassword)
            request.problem = result.error().message;
        const auto password = EditorPrompts::askSignature(this, request);
        if (!password)
            return false; // cancelled: nothing was saved
        signing.signaturePassword = *password;
        QGuiApplication::setOverrideCursor(Qt::WaitCursor); // checking the password takes a moment
        result = store(signing, target);
        QGuiApplication::restoreOverrideCursor();
    }
    if (!result) {
        showError(result.error());
        if (result.error().code == ErrorCode::Conflict &&
            EditorPrompts::confirm(this, tr("Changed elsewhere"),
                                   tr("%1\n\nReload %2 now? Your edits in this window will be lost.")
                                       .arg(result.error().message, m_id)))
            reload();
        return false;
    }
    m_id = *result;
    load();
    Q_EMIT saved(m_id);
    return true;
}

void RecordEditor::showError(const Error& error) {
    QStringList lines;
    // Storage numbers a new record before checking it, so its message may name an id that was
    // never stored; a new record's problems read better without it.
    if (isNew() && error.code == ErrorCode::Invalid && !error.fields.isEmpty())
        lines << tr("The new %1 cannot be saved yet:").arg(inSentence(recordKindLabel(m_kind)));
    else if (!error.message.isEmpty())
        lines << error.message;
    QWidget* first = nullptr;
    for (const FieldError& f : error.fields) {
        lines << QStringLiteral("• %1: %2").arg(fieldLabel(f.field), f.message);
        if (m_errors.mark(f.field, f.message) && !first)
            first = m_errors.widgetFor(f.field);
    }
    m_errorBox->setText(lines.join(QLatin1Char('\n')));
    m_errorBox->show();
    if (first) {
        // Show the tab holding the first problem and put the cursor there.
        for (int i = 0; i < m_tabs->count(); ++i)
            if (m_tabs->widget(i)->isAncestorOf(first))
                m_tabs->setCurrentIndex(i);
        first->setFocus(Qt::OtherFocusReason);
    }
}

void RecordEditor::clearErrors() {
    m_errors.clear();
    m_errorBox->clear();
    m_errorBox->hide();
}

QString RecordEditor::errorSummary() const {
    return m_errorBox->isVisible() || !m_errorBox->text().isEmpty() ? m_errorBox->text() : QString();
}

void RecordEditor::setStatusNote(const QString& text) {
    m_statusNote->setText(text);
    m_statusNote->setVisible(!text.isEmpty());
}

void RecordEditor::closeEvent(QCloseEvent* event) {
    if (m_dirty && !m_readOnly) {
        switch (EditorPrompts::askUnsaved(this, isNew() ? tr("The new record") : m_id)) {
        case EditorPrompts::UnsavedAnswer::Save:
            if (!save()) {
                event->ignore();
                return;
            }
            break;
        case EditorPrompts::UnsavedAnswer::Discard:
            break;
        case EditorPrompts::UnsavedAnswer::Cancel:
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace qms::gui
