#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class SignatureDialog;
}

namespace qms::gui {

// What the signer sees before signing an approval.
struct SignatureRequest {
    QString meaning;     // "Approved for release"
    QString record;      // "DOC-0003 · Control of documents, revision B"
    QString printedName; // the signer's display name
    QString userName;
    QString problem; // shown in red: the previous attempt's error (a wrong password)
};

// "Electronic signature": the meaning, the record and the signer, and the password to re-enter.
// Sign stays disabled until a password is typed.
class SignatureDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SignatureDialog(const SignatureRequest& request, QWidget* parent = nullptr);
    ~SignatureDialog() override;

    QString password() const;

private:
    const QScopedPointer<Ui::SignatureDialog> m_ui;
};

} // namespace qms::gui
