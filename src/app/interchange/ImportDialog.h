#pragma once

#include "domain/Enums.h"
#include "storage/interchange/ColumnMapping.h"
#include "storage/interchange/CsvReader.h"
#include "storage/interchange/RecordImporter.h"

#include <QDialog>
#include <QScopedPointer>
#include <optional>

namespace Ui {
class ImportDialog;
}

namespace qms {
class Workspace;
}

namespace qms::gui {

// File -> Import CSV: register and file, then (when the columns are named differently) which
// column feeds which field, then a preview of the rows and of every problem with line and column,
// found by a dry run of the core's importer. Import is enabled only when there is no problem; the
// import itself is all or nothing. The dialog writes nothing before Import is pressed.
class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Step { Source, Mapping, Preview };

    ImportDialog(Workspace& ws, RecordKind kind, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Also what the Browse button and the register combo do; for tests.
    void setFile(const QString& path);
    void setKind(RecordKind kind);
    RecordKind kind() const;
    Step step() const;
    // Writes the current register's template to `path` (Save template… after its file dialog).
    bool saveTemplateTo(const QString& path);

    const ImportReport& report() const { return m_report; }
    const std::optional<ImportPreview>& preview() const { return m_preview; }
    const ColumnMapping& mapping() const { return m_mapping; }

private:
    void next();
    void back();
    void recheck();
    void runImport();
    void browse();
    void saveTemplate();
    bool readFile();
    void showStep(Step step);
    void runPreview();
    void onMappingChanged();
    void updateButtons();

    const QScopedPointer<Ui::ImportDialog> m_ui;
    Workspace& m_ws;
    CsvTable m_table;
    QString m_sourceName;
    ColumnMapping m_mapping; // empty: the file's columns are read as they are
    bool m_mappingShown = false;
    std::optional<ImportPreview> m_preview;
    ImportReport m_report;
};

} // namespace qms::gui
