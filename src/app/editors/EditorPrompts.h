#pragma once

#include "shell/SignatureDialog.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QWidget;

namespace qms::gui {

// The questions editors ask (unsaved changes, a reason, a confirmation, a file). Each is a
// replaceable function so GUI tests answer them without running a modal dialog; the defaults show
// the real dialogs.
struct EditorPrompts {
    enum class UnsavedAnswer { Save, Discard, Cancel };
    struct RevisionAnswer {
        QString label;
        QString summary;
    };
    struct PickItem {
        QString id;
        QString text;
    };

    static inline std::function<UnsavedAnswer(QWidget*, const QString& what)> askUnsaved;
    static inline std::function<std::optional<QString>(QWidget*, const QString& title, const QString& prompt)>
        askReason;
    static inline std::function<bool(QWidget*, const QString& title, const QString& text)> confirm;
    static inline std::function<std::optional<RevisionAnswer>(QWidget*, const QString& docId,
                                                              const QString& defaultLabel)>
        askRevision;
    static inline std::function<std::optional<QString>(QWidget*, const QString& title,
                                                       const QList<PickItem>& items)>
        pickRecord;
    static inline std::function<QString(QWidget*, const QString& title)> openFile;
    static inline std::function<QString(QWidget*, const QString& title, const QString& suggested)> saveFile;
    // Hands a file to the system viewer (QDesktopServices::openUrl by default).
    static inline std::function<bool(const QString& path)> openExternally;
    // The signer's password for an approval (SignatureDialog by default); nullopt when cancelled.
    static inline std::function<std::optional<QString>(QWidget*, const SignatureRequest& request)>
        askSignature;
    // Shown after a failed action that has no field to point at (e.g. "cannot open the viewer").
    static inline std::function<void(QWidget*, const QString& title, const QString& text)> warn;

    // Installs the real dialogs for every hook that is not set.
    static void installDefaults();
    // Clears every hook (tests) and installs the defaults again.
    static void reset();
};

} // namespace qms::gui
