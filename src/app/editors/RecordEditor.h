#pragma once

#include "FieldErrorMarker.h"
#include "domain/Enums.h"
#include "domain/Result.h"
#include "domain/Signature.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace qms {
class Workspace;
struct ChangeSet;
struct SaveOptions;
} // namespace qms

namespace qms::gui {

class HistoryView;

// One allowed next state of the record, as a button.
struct EditorStep {
    int target = 0; // the status enum value
    QString key;    // status key, for the button's objectName ("step_contained")
    QString label;  // "Mark contained"
    bool needsReason = false;
    Status permitted; // the acting user's right to take it
};

// The window around one record: header with status and workflow buttons, a read-only banner, an
// error summary, tabs (Details, Links, History), Save / Close, dirty tracking and the questions
// around closing. The typed editors (TypedEditor<R>) fill in the record specifics.
class RecordEditor : public QWidget {
    Q_OBJECT
public:
    ~RecordEditor() override;

    RecordKind kind() const { return m_kind; }
    QString recordId() const { return m_id; }
    bool isNew() const { return m_id.isEmpty(); }
    bool isDirty() const { return m_dirty; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Reads the stored record again, dropping edits; false (and the error shown) when it failed.
    bool reload();
    // Saves the edits; false when refused (the problems are shown at their fields).
    bool save();
    // Takes the workflow step to `targetKey` ("contained") as its button would.
    bool runStep(const QString& targetKey);

    QString errorSummary() const;
    // Shown while the form holds edits and the stored record was changed by another write (another
    // window, or a consequence of another save); an editor without edits reloads instead.
    bool isChangedElsewhere() const;
    const FieldErrorMarker& fieldErrors() const { return m_errors; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* saveButton() const { return m_save; }
    QList<QPushButton*> stepButtons() const { return m_stepButtons; }
    // For features living elsewhere (printing): a widget at the left of the Save / Close row.
    void addFooterWidget(QWidget* widget);

Q_SIGNALS:
    void saved(const QString& id);
    void openRequested(const QString& id);

protected:
    RecordEditor(Workspace& ws, RecordKind kind, const QString& id, QWidget* parent);

    // Called once by the concrete editor's constructor after its widgets exist.
    void initialise();

    // ---- what each record type provides
    virtual bool loadStored(QString* error) = 0; // repository get into the typed record
    virtual void initNew() = 0;                  // defaults of a new record
    virtual void fillForm() = 0;                 // record -> widgets
    virtual bool formDiffers() const = 0;        // widgets differ from the stored record
    // Collects the widgets, applies `targetStatus` (enum value), creates or saves; the new id.
    virtual Result<QString> store(const SaveOptions& options, std::optional<int> targetStatus) = 0;
    virtual QList<EditorStep> steps() const = 0;
    virtual QString statusText() const = 0;
    virtual QString titleText() const = 0;
    virtual QString fieldLabel(const QString& key) const = 0;
    // A stored field value as people read it (enum keys become labels).
    virtual QString displayValue(const QString&, const QString& value) const { return value; }
    virtual Status editPermission() const = 0;
    // A step may ask more (release confirmation, a new revision's label); false to stop.
    virtual bool confirmStep(const EditorStep& step);
    // The approval a save to `targetStatus` makes, when it needs the signer's signature.
    virtual std::optional<SignatureMeaning> approvalFor(std::optional<int>) const { return std::nullopt; }
    // Steps with a negative target are the editor's own (start a new revision).
    virtual void customStep(const EditorStep&) {}
    // Stores (with `target` status when given), reloads and tells the launcher; false on refusal.
    bool storeAndReload(const SaveOptions& options, std::optional<int> target);
    // Sets every input of the form read-only; editors with extra buttons extend it.
    virtual void applyReadOnly(bool readOnly);
    // After every load: refresh what depends on the record beyond fillForm (links, tables).
    virtual void afterLoad() {}
    // Non-empty when the stored record is kept as it is (closed, obsolete): the form is read-only
    // but the workflow (reopen) stays available.
    virtual QString lockReason() const { return {}; }

    // The stored record is no longer the version the form was loaded from (asked when another
    // write touched it while the form holds edits).
    virtual bool storedVersionDiffers() const { return true; }

    // ---- helpers for the concrete editors
    // Marks the editor's own writes while it lives: their announcement is not news to this window,
    // which reloads after them anyway.
    class OwnWrite {
    public:
        explicit OwnWrite(RecordEditor& editor)
            : m_editor(editor) {
            ++m_editor.m_ownWrites;
        }
        ~OwnWrite() { --m_editor.m_ownWrites; }
        OwnWrite(const OwnWrite&) = delete;
        OwnWrite& operator=(const OwnWrite&) = delete;

    private:
        RecordEditor& m_editor;
    };
    void setDetailsForm(QWidget* form); // wrapped in a scroll area, "Details" tab
    QVBoxLayout* linksLayout() const { return m_linksLayout; }
    void registerField(const QString& key, QWidget* widget) { m_errors.registerField(key, widget); }
    // Recomputes the dirty flag whenever `widget` changes.
    void watch(QWidget* widget);
    void watchAll(QWidget* root);
    void updateDirty();
    void showError(const Error& error);
    void clearErrors();
    void setStatusNote(const QString& text); // a line under the header (e.g. the effective revision)
    bool loading() const { return m_loading; }
    // "Quinn Manager" for "qm"; unknown names as they are.
    QString personName(const QString& userName) const { return m_displayNames.value(userName, userName); }

    Workspace& m_ws;

private:
    void closeEvent(QCloseEvent* event) override;
    bool load();
    void refreshChrome();
    void rebuildSteps();
    void refreshHistory();
    void onStep(const EditorStep& step);
    void computeReadOnly();
    void onChanges(const ChangeSet& changes);

    RecordKind m_kind;
    QString m_id;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_locked = false; // read-only because of the record's state, not the user
    QString m_readOnlyReason;
    FieldErrorMarker m_errors;
    QHash<QString, QString> m_displayNames;
    int m_ownWrites = 0;

    QLabel* m_banner;
    QLabel* m_changedBanner;
    QLabel* m_heading;
    QLabel* m_status;
    QLabel* m_statusNote;
    QLabel* m_errorBox;
    QHBoxLayout* m_stepRow;
    QList<QPushButton*> m_stepButtons;
    QTabWidget* m_tabs;
    QVBoxLayout* m_linksLayout;
    HistoryView* m_history;
    QPushButton* m_save;
    QPushButton* m_close;
    QHBoxLayout* m_footer;
};

} // namespace qms::gui
