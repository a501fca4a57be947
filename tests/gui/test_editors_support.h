#pragma once

// Shared fixture of the record editor tests: a real temporary database, scripted answers to the
// editors' questions, and lookups of widgets by objectName.
#include "editors/CaEditor.h"
#include "editors/ClausePicker.h"
#include "editors/DocumentEditor.h"
#include "editors/EditorLauncher.h"
#include "editors/EditorPrompts.h"
#include "editors/LinkedRecordList.h"
#include "editors/NcEditor.h"
#include "editors/ProcessEditor.h"
#include "storage/UserRepository.h"
#include "storage/Workspace.h"
#include "support/QtCatch.h"
#include "support/TempDir.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>
#include <catch2/catch.hpp>

namespace qms::test::editors {
using namespace qms;
using namespace qms::gui;
using qms::test::TempDir;

// Answers every question an editor may ask, and records what was asked.
struct ScriptedPrompts {
    EditorPrompts::UnsavedAnswer unsaved = EditorPrompts::UnsavedAnswer::Cancel;
    QString reason = QStringLiteral("Scripted reason");
    bool confirmAnswer = true;
    QStringList asked;
    QStringList warnings;
    QString openedPath;
    std::optional<EditorPrompts::RevisionAnswer> revision;
    QString pick;

    ScriptedPrompts() {
        EditorPrompts::askUnsaved = [this](QWidget*, const QString& what) {
            asked << QStringLiteral("unsaved:%1").arg(what);
            return unsaved;
        };
        EditorPrompts::askReason = [this](QWidget*, const QString& title,
                                          const QString&) -> std::optional<QString> {
            asked << QStringLiteral("reason:%1").arg(title);
            return reason;
        };
        EditorPrompts::confirm = [this](QWidget*, const QString&, const QString& text) {
            asked << QStringLiteral("confirm:%1").arg(text);
            return confirmAnswer;
        };
        EditorPrompts::askRevision =
            [this](QWidget*, const QString&,
                   const QString& def) -> std::optional<EditorPrompts::RevisionAnswer> {
            asked << QStringLiteral("revision:%1").arg(def);
            return revision;
        };
        EditorPrompts::pickRecord =
            [this](QWidget*, const QString&,
                   const QList<EditorPrompts::PickItem>& items) -> std::optional<QString> {
            for (const auto& i : items)
                if (i.id == pick)
                    return pick;
            return std::nullopt;
        };
        EditorPrompts::openExternally = [this](const QString& path) {
            openedPath = path;
            return true;
        };
        EditorPrompts::warn = [this](QWidget*, const QString&, const QString& text) {
            warnings << text;
        };
        EditorPrompts::openFile = [](QWidget*, const QString&) {
            return QString();
        };
        EditorPrompts::saveFile = [](QWidget*, const QString&, const QString&) {
            return QString();
        };
    }
    ~ScriptedPrompts() { EditorPrompts::reset(); }
};

struct EditorFixture {
    TempDir dir;
    QString path = dir.filePath(QStringLiteral("editors.qms"));
    std::shared_ptr<FixedClock> clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    std::unique_ptr<Workspace> ws;
    ScriptedPrompts prompts;

    EditorFixture() {
        auto created = Workspace::create(
            path, {QStringLiteral("Acme"), QStringLiteral("qm"), QStringLiteral("Quinn Manager")}, clock);
        REQUIRE(created.ok());
        ws = std::move(*created);
        REQUIRE(ws->users()
                    .add(User{QStringLiteral("po"), QStringLiteral("Pat Owner"), Role::ProcessOwner})
                    .ok());
        REQUIRE(
            ws->users().add(User{QStringLiteral("aud"), QStringLiteral("Ada Auditor"), Role::Auditor}).ok());
    }

    QString makeNc(const QString& title = QStringLiteral("Burr on housing")) {
        Nonconformity n;
        n.title = title;
        n.description = QStringLiteral("Sharp burr on the edge of housing H-12");
        n.detectedOn = QDate(2026, 11, 20);
        n.reportedBy = QStringLiteral("qm");
        auto saved = ws->nonconformities().create(n);
        INFO((saved ? QString() : saved.error().describe()).toStdString());
        REQUIRE(saved.ok());
        return saved->meta.id;
    }
};

template <typename W> W* field(QWidget* editor, const char* name) {
    W* w = editor->findChild<W*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w != nullptr);
    return w;
}

inline void typeInto(QWidget* editor, const char* name, const QString& text) {
    QWidget* w = editor->findChild<QWidget*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w != nullptr);
    if (auto* e = qobject_cast<QLineEdit*>(w))
        e->clear();
    if (auto* t = qobject_cast<QPlainTextEdit*>(w))
        t->clear();
    QTest::keyClicks(w, text);
}

inline QPushButton* stepButton(RecordEditor* editor, const QString& key) {
    for (QPushButton* b : editor->stepButtons())
        if (b->objectName() == QStringLiteral("step_%1").arg(key))
            return b;
    return nullptr;
}

} // namespace qms::test::editors
