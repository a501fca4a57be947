#include "Translations.h"

#include "AppSettings.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace qms::gui {

namespace {
Q_LOGGING_CATEGORY(lcTr, "qmsdesk.gui.translations")

// Same key as AppSettings::language() (Preferences); kept here until that accessor is merged.
const QString CatalogueDir = QStringLiteral(":/qmsdesk/i18n");
// Marks the translators this class installed, so a second install() replaces them.
const QString TranslatorName = QStringLiteral("qmsdesk-translator");

QLocale localeFor(const QString& code) {
    // Keep the system's regional formats when it speaks the chosen language (de_AT stays de_AT).
    const QLocale system = QLocale::system();
    if (QLocale(code).language() == system.language())
        return system;
    return QLocale(code);
}
} // namespace

QString Translations::configuredLanguage() {
    return AppSettings().language();
}

void Translations::setConfiguredLanguage(const QString& code) {
    AppSettings().setLanguage(code);
}

QString Translations::catalogue(const QString& code) {
    return CatalogueDir + QStringLiteral("/qmsdesk_") + code + QStringLiteral(".qm");
}

QList<Translations::Language> Translations::availableLanguages() {
    QList<Language> out{{QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList files =
        QDir(CatalogueDir).entryList({QStringLiteral("qmsdesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(8, file.size() - 8 - 3); // qmsdesk_<code>.qm
        if (code == QLatin1String("en"))
            continue;
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        out.append({code, name.isEmpty() ? code : name});
    }
    return out;
}

QString Translations::resolve(const QString& requested) {
    QStringList codes;
    for (const Language& l : availableLanguages())
        codes << l.code;
    const QString wanted = requested.trimmed().toLower();
    if (!wanted.isEmpty())
        return codes.contains(wanted) ? wanted : QStringLiteral("en");
    // uiLanguages() lists the user's preferences in order, e.g. "de-DE", "de", "en-US".
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (codes.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Translations::install(QApplication& app, const QString& language) {
    for (QTranslator* old : app.findChildren<QTranslator*>(TranslatorName, Qt::FindDirectChildrenOnly)) {
        QApplication::removeTranslator(old);
        delete old;
    }
    const QString code = resolve(language);
    QLocale::setDefault(localeFor(code));
    if (code == QLatin1String("en")) // the source language needs no catalogue
        return code;

    auto* own = new QTranslator(&app);
    own->setObjectName(TranslatorName);
    if (own->load(catalogue(code))) {
        QApplication::installTranslator(own);
    } else {
        qCWarning(lcTr) << "No catalogue" << catalogue(code) << "- staying in English";
        delete own;
        QLocale::setDefault(localeFor(QStringLiteral("en")));
        return QStringLiteral("en");
    }
    // Qt's own strings (standard buttons, file dialogs, context menus). Optional: Debian ships them
    // in qt6-translations-l10n.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto* qt = new QTranslator(&app);
    qt->setObjectName(TranslatorName);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)) {
        QApplication::installTranslator(qt);
    } else {
        qCInfo(lcTr) << "Qt's own" << code << "translations not found in" << qtDir;
        delete qt;
    }
    qCInfo(lcTr) << "User interface language" << code;
    return code;
}

} // namespace qms::gui
