#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace qms {
class Workspace;
}

namespace qms::gui {

// Edits whether one clause applies (ISO 9001 4.3). Accepting validates, writes through
// ClauseRepository::setApplicability and stays open with the message when that is refused.
class ClauseApplicabilityDialog final : public QDialog {
    Q_OBJECT
public:
    // `inheritedFrom`: the ancestor clause that is not applicable and so rules this one (or empty).
    ClauseApplicabilityDialog(Workspace& ws, const QString& clause, bool applicable,
                              const QString& justification, const QString& inheritedFrom,
                              QWidget* parent = nullptr);

    QCheckBox* applicableCheck() const { return m_applicable; }
    QPlainTextEdit* justificationEdit() const { return m_justification; }
    QLabel* errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    void updateEnabled();
    void showError(const QString& message);

    Workspace& m_ws;
    QString m_clause;
    QCheckBox* m_applicable = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace qms::gui
