// Electronic signatures in the GUI: the real signing dialog (driven offscreen, the password typed
// into it), a wrong password asked again, cancel saving nothing; "Set my password"; and the
// password field of the "who is working?" picker.

#include "MainWindow.h"
#include "domain/PasswordHash.h"
#include "shell/PasswordDialog.h"
#include "shell/SignatureDialog.h"
#include "shell/SignatureNotice.h"
#include "shell/UserPickerDialog.h"
#include "storage/SignatureRepository.h"
#include "test_editors_support.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QTimer>

using namespace qms;
using namespace qms::gui;
using namespace qms::test::editors;

namespace {

const QString Password = QStringLiteral("quinn's password");

struct FastHashes {
    FastHashes() { PasswordHash::setNewHashIterationsForTesting(2000); }
    ~FastHashes() { PasswordHash::setNewHashIterationsForTesting(PasswordHash::DefaultIterations); }
};

// Types `password` into the next signing dialog that opens, then presses `button`; records what
// the dialog showed.
struct SigningScript {
    QStringList passwords;
    QStringList shown; // "meaning|record|signer|problem" per dialog
    int cancelAt = -1;

    void install() {
        EditorPrompts::askSignature = [this](QWidget* parent,
                                             const SignatureRequest& request) -> std::optional<QString> {
            SignatureDialog dlg(request, parent);
            const int index = int(shown.size());
            shown << QStringLiteral("%1|%2|%3|%4")
                         .arg(dlg.findChild<QLabel*>(QStringLiteral("meaningValue"))->text(),
                              dlg.findChild<QLabel*>(QStringLiteral("recordValue"))->text(),
                              dlg.findChild<QLabel*>(QStringLiteral("signerValue"))->text(),
                              dlg.findChild<QLabel*>(QStringLiteral("errorLabel"))->text());
            QTimer::singleShot(0, &dlg, [&dlg, this, index] {
                auto* buttons = dlg.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
                QPushButton* sign = buttons->button(QDialogButtonBox::Ok);
                CHECK_FALSE(sign->isEnabled()); // nothing typed yet
                if (index == cancelAt) {
                    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
                    return;
                }
                QTest::keyClicks(dlg.findChild<QLineEdit*>(QStringLiteral("passwordEdit")),
                                 passwords.value(index));
                CHECK(sign->isEnabled());
                QTest::mouseClick(sign, Qt::LeftButton);
            });
            if (dlg.exec() != QDialog::Accepted)
                return std::nullopt;
            return dlg.password();
        };
    }
};

} // namespace

TEST_CASE("Signing: releasing a document asks for the signature, again after a wrong password",
          "[gui][signing]") {
    FastHashes fast;
    EditorFixture f;
    REQUIRE(f.ws->users().setPassword(QStringLiteral("qm"), Password).ok());
    REQUIRE(f.ws->reloadUser().ok());
    SigningScript script;
    script.install();

    EditorLauncher launcher(*f.ws, nullptr);
    auto* editor = static_cast<DocumentEditor*>(launcher.createEditor(RecordKind::Document));
    typeInto(editor, "title", QStringLiteral("Control of nonconforming outputs"));
    typeInto(editor, "description", QStringLiteral("How we handle nonconforming product"));
    REQUIRE(editor->save());
    const QString id = editor->recordId();
    REQUIRE(editor->runStep(QStringLiteral("in_review")));

    // Cancelled: nothing saved, no error shown.
    script.cancelAt = 0;
    CHECK_FALSE(editor->runStep(QStringLiteral("released")));
    CHECK(f.ws->documents().get(id)->status == DocumentStatus::InReview);
    CHECK(editor->errorSummary().isEmpty());
    REQUIRE(script.shown.size() == 1);
    CHECK(script.shown[0].startsWith(QStringLiteral("<b>Approved for release</b>|DOC-0001")));
    CHECK(script.shown[0].contains(QStringLiteral("|Quinn Manager (qm)|")));
    // No separate confirmation: the signature dialog is the approver's confirmation.
    for (const QString& q : f.prompts.asked)
        CHECK_FALSE(q.startsWith(QStringLiteral("confirm:")));

    // A wrong password, then the right one: the dialog comes back naming the problem.
    script.cancelAt = -1;
    script.passwords = {QString(), QStringLiteral("not my password"), Password};
    REQUIRE(editor->runStep(QStringLiteral("released")));
    REQUIRE(script.shown.size() == 3);
    CHECK(script.shown[1].endsWith(QStringLiteral("|")));
    CHECK(script.shown[2].contains(QStringLiteral("The password is wrong")));
    auto released = f.ws->documents().get(id);
    CHECK(released->status == DocumentStatus::Released);
    auto sigs = f.ws->signatures().forRecord(id);
    REQUIRE(sigs.ok());
    REQUIRE(sigs->size() == 1);
    CHECK(sigs->first().printedName == QStringLiteral("Quinn Manager"));
    CHECK(sigs->first().meaning == SignatureMeaning::DocumentRelease);

    // The history shows the signature in words.
    auto* history = editor->findChild<QTreeWidget*>();
    REQUIRE(history != nullptr);
    bool found = false;
    for (int i = 0; i < history->topLevelItemCount(); ++i)
        found = found || history->topLevelItem(i)->text(3).contains(
                             QStringLiteral("Approved for release — signed by Quinn Manager (qm)"));
    CHECK(found);
    delete editor;
}

TEST_CASE("Signing: a user without a password approves unsigned, without any dialog", "[gui][signing]") {
    EditorFixture f;
    SigningScript script;
    script.install();
    EditorLauncher launcher(*f.ws, nullptr);
    auto* editor = static_cast<DocumentEditor*>(launcher.createEditor(RecordKind::Document));
    typeInto(editor, "title", QStringLiteral("Control of records"));
    typeInto(editor, "description", QStringLiteral("Retention"));
    REQUIRE(editor->save());
    REQUIRE(editor->runStep(QStringLiteral("in_review")));
    REQUIRE(editor->runStep(QStringLiteral("released")));
    CHECK(script.shown.isEmpty());
    CHECK(f.ws->signatures().forRecord(editor->recordId())->isEmpty());
    delete editor;
}

TEST_CASE("Set my password: the new one twice, then the current one to change it", "[gui][signing]") {
    FastHashes fast;
    EditorFixture f;
    {
        PasswordDialog dlg(*f.ws);
        CHECK_FALSE(dlg.findChild<QLineEdit*>(QStringLiteral("currentEdit"))->isVisibleTo(&dlg));
        QTest::keyClicks(dlg.findChild<QLineEdit*>(QStringLiteral("newEdit")), Password);
        QTest::keyClicks(dlg.findChild<QLineEdit*>(QStringLiteral("repeatEdit")), QStringLiteral("typo"));
        dlg.accept();
        CHECK(dlg.result() != QDialog::Accepted);
        CHECK(dlg.problem().contains(QStringLiteral("differ")));
        QTest::keyClicks(dlg.findChild<QLineEdit*>(QStringLiteral("repeatEdit")), Password);
        dlg.accept();
        CHECK(dlg.result() == QDialog::Accepted);
    }
    CHECK(f.ws->user().hasPassword);
    CHECK(f.ws->users().checkPassword(QStringLiteral("qm"), Password));
    {
        PasswordDialog dlg(*f.ws);
        CHECK(dlg.findChild<QLineEdit*>(QStringLiteral("currentEdit"))->isVisibleTo(&dlg));
        QTest::keyClicks(dlg.findChild<QLineEdit*>(QStringLiteral("currentEdit")),
                         QStringLiteral("wrong one"));
        QTest::keyClicks(dlg.findChild<QLineEdit*>(QStringLiteral("newEdit")),
                         QStringLiteral("another password"));
        QTest::keyClicks(dlg.findChild<QLineEdit*>(QStringLiteral("repeatEdit")),
                         QStringLiteral("another password"));
        dlg.accept();
        CHECK(dlg.problem().contains(QStringLiteral("current password is wrong")));
    }
    CHECK(f.ws->users().checkPassword(QStringLiteral("qm"), Password));
}

TEST_CASE("User picker: the password field is for users who have one", "[gui][signing]") {
    QList<User> users = {
        User{QStringLiteral("qm"), QStringLiteral("Quinn Manager"), Role::QualityManager, true, true},
        User{QStringLiteral("po"), QStringLiteral("Pat Owner"), Role::ProcessOwner, true, false}};
    UserPickerDialog picker(QStringLiteral("/tmp/x.qms"), users, QStringLiteral("qm"), false);
    auto* edit = picker.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* list = picker.findChild<QListWidget*>(QStringLiteral("userList"));
    CHECK(picker.userName() == QStringLiteral("qm"));
    CHECK(edit->isEnabled());
    QTest::keyClicks(edit, Password);
    CHECK(picker.password() == Password);
    list->setCurrentRow(1);
    CHECK(picker.userName() == QStringLiteral("po"));
    CHECK_FALSE(edit->isEnabled());
    CHECK(picker.password().isEmpty());
    picker.setProblem(QStringLiteral("The user name or the password is wrong"));
    CHECK(picker.findChild<QLabel*>(QStringLiteral("problemLabel"))->isVisibleTo(&picker));
}

TEST_CASE("Opening as a user with a password asks for it, again after a wrong one", "[gui][signing]") {
    FastHashes fast;
    qms::test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.qms"));
    {
        auto created =
            Workspace::create(path, {QStringLiteral("Acme"), QStringLiteral("qm"), QStringLiteral("Quinn")});
        REQUIRE(created.ok());
        REQUIRE((*created)->users().setPassword(QStringLiteral("qm"), Password).ok());
    }
    QStringList typed = {QStringLiteral("wrong password"), Password};
    QStringList problems;
    int answered = 0;
    // Answers each picker that opens: types the next password and presses Open.
    std::function<void()> answer = [&] {
        auto* picker = qobject_cast<UserPickerDialog*>(QApplication::activeModalWidget());
        if (!picker) {
            QTimer::singleShot(10, answer);
            return;
        }
        problems << picker->findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
        QTest::keyClicks(picker->findChild<QLineEdit*>(QStringLiteral("passwordEdit")),
                         typed.value(answered++));
        picker->accept();
        if (answered < typed.size())
            QTimer::singleShot(10, answer);
    };
    QTimer::singleShot(10, answer);
    MainWindow window;
    REQUIRE(window.openDatabase(path, QStringLiteral("qm")));
    REQUIRE(window.workspace() != nullptr);
    CHECK(window.workspace()->user().name == QStringLiteral("qm"));
    CHECK(answered == 2);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].isEmpty());
    CHECK(problems[1].contains(QStringLiteral("password is wrong")));
    auto* setMine = window.findChild<QAction*>(QStringLiteral("setMyPassword"));
    REQUIRE(setMine != nullptr);
    CHECK(setMine->isEnabled());
    CHECK(setMine->text().contains(QStringLiteral("Change")));
    CHECK(window.findChild<QAction*>(QStringLiteral("requireSignatures"))->isEnabled());
}

TEST_CASE("A file whose approvals are not password-protected says so to quality managers", "[gui][signing]") {
    FastHashes fast;
    qms::test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("open.qms"));
    {
        auto created =
            Workspace::create(path, {QStringLiteral("Acme"), QStringLiteral("qm"), QStringLiteral("Quinn")});
        REQUIRE(created.ok());
        REQUIRE((*created)
                    ->users()
                    .add(User{QStringLiteral("po"), QStringLiteral("Pat"), Role::ProcessOwner, true, false})
                    .ok());
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openDatabase(path, QStringLiteral("qm")));
    auto* notice = window.findChild<SignatureNotice*>(QStringLiteral("signatureNotice"));
    REQUIRE(notice != nullptr);
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("2 of 2 approvers have no password")));

    // A password of one's own: one approver left without.
    REQUIRE(window.workspace()->users().setPassword(QStringLiteral("qm"), Password).ok());
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("1 of 2 approvers")));
    // Signatures required: every approval needs a password, nothing to say.
    auto* require = notice->findChild<QAction*>(QStringLiteral("notice_requireSignatures"));
    REQUIRE(require != nullptr);
    require->trigger();
    CHECK(window.workspace()->signatures().required());
    CHECK_FALSE(notice->isVisible());

    // Not for the process owner, who cannot change either.
    REQUIRE(window.workspace()->signatures().setRequired(false).ok());
    REQUIRE(window.closeDatabase());
    REQUIRE(window.openDatabase(path, QStringLiteral("po")));
    CHECK_FALSE(notice->isVisible());
}

// The signing dialog and the picker for docs/images (hidden; see test_shell_screenshots.cpp).
TEST_CASE("Screenshots of the signing dialog and the password picker", "[.screenshots]") {
    const QString out = qEnvironmentVariable("QMSDESK_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    SignatureRequest request;
    request.meaning = QStringLiteral("Approved for release");
    request.record = QStringLiteral("DOC-0007 · Control of nonconforming outputs");
    request.printedName = QStringLiteral("Quinn Manager");
    request.userName = QStringLiteral("qm");
    SignatureDialog sign(request);
    sign.show();
    REQUIRE(QTest::qWaitForWindowExposed(&sign));
    QTest::keyClicks(sign.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), Password);
    CHECK(sign.grab().save(out + QStringLiteral("/signature-dialog.png")));

    QList<User> users = {
        User{QStringLiteral("qm"), QStringLiteral("Quinn Manager"), Role::QualityManager, true, true},
        User{QStringLiteral("po"), QStringLiteral("Pat Owner"), Role::ProcessOwner, true, false}};
    UserPickerDialog picker(QStringLiteral("/tmp/acme.qms"), users, QStringLiteral("qm"), false);
    picker.show();
    REQUIRE(QTest::qWaitForWindowExposed(&picker));
    picker.setProblem(QStringLiteral("The user name or the password is wrong for /tmp/acme.qms."));
    CHECK(picker.grab().save(out + QStringLiteral("/open-with-password.png")));
}
