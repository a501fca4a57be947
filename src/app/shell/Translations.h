#pragma once

#include <QList>
#include <QString>

class QApplication;

namespace qms::gui {

// Puts the user interface into the configured language: QMS Desk's own messages (embedded .qm
// files under :/qmsdesk/i18n), Qt's catalogue for standard dialogs (qtbase_xx from the system's Qt
// translations folder, when installed) and the default QLocale, so dates and numbers follow.
// Stored data never changes with the language: keys, CSV, JSON and the audit trail stay English.
class Translations final {
public:
    struct Language {
        QString code;       // "en", "de"
        QString nativeName; // "English", "Deutsch"
    };

    // The settings key ("" = the system locale, else a language code). Read through a local
    // accessor until the Preferences dialog's AppSettings::language() takes over.
    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString& code);

    // Languages the program can show: English (the source language) and every embedded catalogue.
    static QList<Language> availableLanguages();

    // The language `requested` resolves to: itself when available, for "" the first of the
    // system's UI languages that is available, else English.
    static QString resolve(const QString& requested);

    // Installs the translators for `language` (replacing ones installed before) and sets the
    // default QLocale. Returns the language code now in effect.
    static QString install(QApplication& app, const QString& language);

    // Resource path of a language's catalogue, e.g. ":/qmsdesk/i18n/qmsdesk_de.qm".
    static QString catalogue(const QString& code);
};

} // namespace qms::gui
