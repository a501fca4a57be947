#pragma once

#include "domain/kinds/KindDeclaration.h"
#include "report/PackScope.h"

#include <QDialog>
#include <memory>

class QCheckBox;

namespace Ui {
class PackExportDialog;
}

namespace qms {
class ClauseCatalogue;
}

namespace qms::gui {

// Asks what an audit pack covers and where it goes. OK stays disabled until an output file is set.
class PackExportDialog final : public QDialog {
    Q_OBJECT
public:
    PackExportDialog(const ClauseCatalogue& catalogue, QWidget* parent = nullptr);
    ~PackExportDialog() override;

    report::PackScope scope() const;
    QString outputPath() const;
    void setOutputPath(const QString& path);
    // Testing and presets: tick these clause numbers and switch to "selected clauses".
    void selectClauses(const QStringList& numbers);

private:
    void chooseOutput();
    void updateOk();
    QString defaultFileName() const;

    std::unique_ptr<Ui::PackExportDialog> m_ui; // ui/PackExportDialog.ui
    const QList<RecordKind> m_kinds = recordKinds();
    QList<QCheckBox*> m_types; // the registers, in the order of m_kinds
};

} // namespace qms::gui
