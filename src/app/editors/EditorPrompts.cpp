#include "EditorPrompts.h"

#include "RecordPickerDialog.h"
#include "RevisionDialog.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QUrl>

namespace qms::gui {

void EditorPrompts::installDefaults() {
    if (!askUnsaved)
        askUnsaved = [](QWidget* parent, const QString& what) {
            const auto b = QMessageBox::question(
                parent, QObject::tr("Unsaved changes"),
                QObject::tr("%1 has unsaved changes. Save them before closing?").arg(what),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
            if (b == QMessageBox::Save)
                return UnsavedAnswer::Save;
            return b == QMessageBox::Discard ? UnsavedAnswer::Discard : UnsavedAnswer::Cancel;
        };
    if (!askReason)
        askReason = [](QWidget* parent, const QString& title,
                       const QString& prompt) -> std::optional<QString> {
            bool ok = false;
            const QString text = QInputDialog::getMultiLineText(parent, title, prompt, {}, &ok).trimmed();
            if (!ok)
                return std::nullopt;
            return text;
        };
    if (!confirm)
        confirm = [](QWidget* parent, const QString& title, const QString& text) {
            return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                         QMessageBox::No) == QMessageBox::Yes;
        };
    if (!askRevision)
        askRevision = [](QWidget* parent, const QString& docId,
                         const QString& defaultLabel) -> std::optional<RevisionAnswer> {
            RevisionDialog dlg(docId, defaultLabel, parent);
            if (dlg.exec() != QDialog::Accepted)
                return std::nullopt;
            return RevisionAnswer{dlg.label(), dlg.summary()};
        };
    if (!pickRecord)
        pickRecord = [](QWidget* parent, const QString& title,
                        const QList<PickItem>& items) -> std::optional<QString> {
            RecordPickerDialog dlg(title, items, parent);
            if (dlg.exec() != QDialog::Accepted || dlg.selectedId().isEmpty())
                return std::nullopt;
            return dlg.selectedId();
        };
    if (!openFile)
        openFile = [](QWidget* parent, const QString& title) {
            return QFileDialog::getOpenFileName(parent, title);
        };
    if (!saveFile)
        saveFile = [](QWidget* parent, const QString& title, const QString& suggested) {
            return QFileDialog::getSaveFileName(parent, title, suggested);
        };
    if (!openExternally)
        openExternally = [](const QString& path) {
            return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        };
    if (!askSignature)
        askSignature = [](QWidget* parent, const SignatureRequest& request) -> std::optional<QString> {
            SignatureDialog dlg(request, parent);
            if (dlg.exec() != QDialog::Accepted)
                return std::nullopt;
            return dlg.password();
        };
    if (!warn)
        warn = [](QWidget* parent, const QString& title, const QString& text) {
            QMessageBox::warning(parent, title, text);
        };
}

void EditorPrompts::reset() {
    askUnsaved = {};
    askReason = {};
    confirm = {};
    askRevision = {};
    pickRecord = {};
    openFile = {};
    saveFile = {};
    warn = {};
    askSignature = {};
    openExternally = {};
    installDefaults();
}

} // namespace qms::gui
