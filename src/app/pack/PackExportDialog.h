#pragma once

#include "report/PackScope.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace qms {
class ClauseCatalogue;
}

namespace qms::gui {

// Asks what an audit pack covers and where it goes. OK stays disabled until an output file is set.
class PackExportDialog final : public QDialog {
    Q_OBJECT
public:
    PackExportDialog(const ClauseCatalogue& catalogue, QWidget* parent = nullptr);

    report::PackScope scope() const;
    QString outputPath() const;
    void setOutputPath(const QString& path);
    // Testing and presets: tick these clause numbers and switch to "selected clauses".
    void selectClauses(const QStringList& numbers);

private:
    void chooseOutput();
    void updateOk();
    QString defaultFileName() const;

    QLineEdit* m_title = nullptr;
    QRadioButton* m_allClauses = nullptr;
    QRadioButton* m_someClauses = nullptr;
    QTreeWidget* m_clauseTree = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QList<QCheckBox*> m_types; // index = RecordKind
    QCheckBox* m_includeClosed = nullptr;
    QSpinBox* m_detailBudget = nullptr;
    QLineEdit* m_output = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace qms::gui
