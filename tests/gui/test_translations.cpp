// Translation loading: the embedded German catalogue, switching languages, the .ts being complete,
// and stored text staying English whatever the user interface speaks.
#include "MainWindow.h"
#include "domain/ClauseCatalogue.h"
#include "domain/FieldCodec.h"
#include "pack/PackExportDialog.h"
#include "shell/MessageBox.h"
#include "shell/Translations.h"
#include "storage/RegisterQuery.h"
#include "test_registers_fixture.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QXmlStreamReader>

using namespace qms;
using namespace qms::gui;
using namespace qms::test;

namespace {

// Installs a language for one test and puts English back afterwards, also when a check fails.
struct LanguageGuard {
    explicit LanguageGuard(const QString& code) { installed = Translations::install(*qApp, code); }
    ~LanguageGuard() {
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(previousLocale);
    }
    QLocale previousLocale; // the default before this test
    QString installed;
};

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(?:\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

struct TsMessage {
    QString context, source;
    QStringList translations; // one per numerus form
    QString type;             // "unfinished", "vanished", "obsolete" or empty
};

QList<TsMessage> readTs(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QList<TsMessage> out;
    QString context;
    TsMessage msg;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            msg = TsMessage{context, {}, {}, {}};
        else if (name == QLatin1String("source"))
            msg.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            msg.type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            // Either plain text or <numerusform> children.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    msg.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (msg.translations.isEmpty())
                msg.translations << text;
            out.append(msg);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

} // namespace

TEST_CASE("Translations: the German catalogue is embedded and translates the user interface", "[i18n]") {
    REQUIRE(QFile::exists(Translations::catalogue(QStringLiteral("de"))));
    QStringList codes;
    for (const auto& l : Translations::availableLanguages())
        codes << l.code;
    CHECK(codes == QStringList{QStringLiteral("en"), QStringLiteral("de")});

    {
        LanguageGuard de(QStringLiteral("de"));
        REQUIRE(de.installed == QStringLiteral("de"));
        CHECK(QCoreApplication::translate("qms::gui::MainWindow", "Dashboard") ==
              QStringLiteral("Übersicht"));
        CHECK(recordKindLabel(RecordKind::Nonconformity) == QStringLiteral("Nichtkonformität"));
        CHECK(enumLabel(CaStatus::InProgress) == QStringLiteral("In Bearbeitung"));
        CHECK(translateFieldLabel(recordFields<CorrectiveAction>()[0].label) == QStringLiteral("Titel"));
        // German keeps its nouns capitalised inside sentences.
        CHECK(inSentence(recordKindLabel(RecordKind::Document)) == QStringLiteral("Dokument"));
        CHECK(QLocale().language() == QLocale::German);
        CHECK(
            QLocale().toString(QDate(2026, 11, 25), QLocale::ShortFormat).contains(QStringLiteral("25.11.")));
        // Registers show stored ISO dates and counts in the user's format.
        CHECK(RegisterQuery::displayText(ColumnType::Date, RecordKind::Nonconformity,
                                         QStringLiteral("2026-11-25")) == QStringLiteral("25.11.2026"));
        CHECK(RegisterQuery::displayText(ColumnType::Count, RecordKind::Nonconformity, 1234) ==
              QStringLiteral("1.234"));

        // Widgets built now speak German: the sidebar and the menu bar.
        RegisterFixture fx;
        fx.ws.reset();
        MessageBox::resetTesting();
        MainWindow window;
        REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        REQUIRE(nav);
        REQUIRE(nav->count() > 0);
        CHECK(nav->item(0)->text() == QStringLiteral("Übersicht"));
        REQUIRE_FALSE(window.menuBar()->actions().isEmpty());
        CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&Datei"));
        REQUIRE(window.closeDatabase());
    }
    // Back in English, nothing of the German catalogue is left installed.
    CHECK(QCoreApplication::translate("qms::gui::MainWindow", "Dashboard") == QStringLiteral("Dashboard"));
    CHECK(recordKindLabel(RecordKind::Nonconformity) == QStringLiteral("Nonconformity"));
    CHECK(inSentence(recordKindLabel(RecordKind::Document)) == QStringLiteral("document"));
}

TEST_CASE("Translations: languages resolve to an available one", "[i18n]") {
    CHECK(Translations::resolve(QStringLiteral("de")) == QStringLiteral("de"));
    CHECK(Translations::resolve(QStringLiteral(" DE ")) == QStringLiteral("de"));
    CHECK(Translations::resolve(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(Translations::resolve(QStringLiteral("xx")) == QStringLiteral("en"));
    const QString system = Translations::resolve(QString());
    CHECK((system == QStringLiteral("en") || system == QStringLiteral("de")));

    // The configured language is the "ui/language" setting shared with Preferences.
    Translations::setConfiguredLanguage(QStringLiteral("de"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("de"));
    CHECK(Translations::configuredLanguage() == QStringLiteral("de"));
    Translations::setConfiguredLanguage(QString());
    CHECK(Translations::configuredLanguage().isEmpty());
}

TEST_CASE("Translations: stored text stays English in a German user interface", "[i18n]") {
    LanguageGuard de(QStringLiteral("de"));
    REQUIRE(de.installed == QStringLiteral("de"));
    Nonconformity nc;
    nc.title = QStringLiteral("Burr on bore");
    nc.status = NcStatus::Closed;
    nc.severity = Severity::Major;
    nc.source = NcSource::CustomerComplaint;
    const FieldValues values = fieldValues(nc);
    auto valueOf = [&](const char* key) {
        for (const auto& [k, v] : values)
            if (k == QLatin1String(key))
                return v;
        return QString();
    };
    CHECK(valueOf("status") == QStringLiteral("closed"));
    CHECK(valueOf("severity") == QStringLiteral("major"));
    CHECK(valueOf("source") == QStringLiteral("customer_complaint"));
    CHECK(enumKey(NcStatus::Closed) == QStringLiteral("closed"));
    // English labels still import, whatever the interface language.
    CHECK(enumFromString<NcStatus>(QStringLiteral("Closed")) == NcStatus::Closed);
    CHECK(findField<Nonconformity>(QStringLiteral("Detected on")) != nullptr);
}

TEST_CASE("Translations: the German .ts file is complete and keeps placeholders", "[i18n]") {
    const QList<TsMessage> messages =
        readTs(QStringLiteral(QMSDESK_TRANSLATIONS_DIR) + QStringLiteral("/qmsdesk_de.ts"));
    REQUIRE(messages.size() > 1000);
    QStringList problems;
    for (const TsMessage& m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (!m.type.isEmpty())
            problems << where + QStringLiteral(" is ") + m.type;
        for (const QString& t : m.translations) {
            if (t.isEmpty())
                problems << where + QStringLiteral(" has no translation");
            else if (placeholders(t) != placeholders(m.source))
                problems << where + QStringLiteral(" changes its placeholders");
            // An accelerator in the source needs one in the translation (Alt+letter must work).
            else if (m.source.contains(QRegularExpression(QStringLiteral("&[^&#\\s]"))) &&
                     !t.contains(QRegularExpression(QStringLiteral("&[^&#\\s]"))))
                problems << where + QStringLiteral(" lost its accelerator");
        }
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("Translations: a dialog built from a .ui form speaks German too", "[i18n]") {
    // Forms translate in their own context (the form's class name), not the C++ class's: a form
    // whose strings were never translated would show English in a German interface.
    LanguageGuard german(QStringLiteral("de"));
    REQUIRE(german.installed == QStringLiteral("de"));
    PackExportDialog dialog(ClauseCatalogue::iso9001());
    CHECK(dialog.windowTitle() == QStringLiteral("Auditpaket exportieren"));
    QStringList boxes;
    for (const QGroupBox* box : dialog.findChildren<QGroupBox*>())
        boxes << box->title();
    CHECK(boxes.contains(QStringLiteral("Zeitraum")));
    CHECK(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->text() ==
          QStringLiteral("&Exportieren"));
}
