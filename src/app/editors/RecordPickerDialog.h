#pragma once

#include "EditorPrompts.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace qms::gui {

// A searchable list of existing records to link one of them.
class RecordPickerDialog final : public QDialog {
    Q_OBJECT
public:
    RecordPickerDialog(const QString& title, const QList<EditorPrompts::PickItem>& items,
                       QWidget* parent = nullptr);
    QString selectedId() const;

private:
    void applyFilter(const QString& text);

    QLineEdit* m_filter;
    QListWidget* m_list;
};

} // namespace qms::gui
