// Accessibility: every input and list has a name a screen reader can announce, the pages work from
// the keyboard, and the colours that carry meaning stay readable in light and dark palettes.
#include "MainWindow.h"
#include "clauses/ClauseStatusDelegate.h"
#include "registers/RegisterView.h"
#include "registers/StatusChipDelegate.h"
#include "shell/MessageBox.h"
#include "shell/Theme.h"
#include "storage/RegisterQuery.h"
#include "test_registers_fixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTest>

using namespace qms;
using namespace qms::gui;
using namespace qms::test;

namespace {

// WCAG 2.1 contrast ratio of two colours.
double luminance(const QColor& c) {
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor sheetColour(const QString& sheet, const QString& property) {
    const QRegularExpression re(QStringLiteral("[{;]\\s*%1:\\s*(#[0-9a-fA-F]{6})").arg(property));
    return QColor(re.match(sheet).captured(1));
}

// Inputs and lists need a name: their own accessible name, or a label naming them as its buddy.
QStringList unnamedControls(QWidget* root) {
    QSet<QWidget*> labelled;
    for (QLabel* l : root->findChildren<QLabel*>())
        if (l->buddy())
            labelled.insert(l->buddy());
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        // Parts of a compound control (a spin box's or combo's line edit, a line edit's clear button,
        // a view's header) are named by the control.
        QWidget* parent = w->parentWidget();
        if (qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent) ||
            qobject_cast<QLineEdit*>(parent) || qobject_cast<QHeaderView*>(w))
            continue;
        const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                           qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w);
        if (input && w->accessibleName().isEmpty() && !labelled.contains(w))
            out << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                 QString::fromLatin1(w->metaObject()->className()));
        if (auto* b = qobject_cast<QAbstractButton*>(w);
            b && b->text().isEmpty() && b->accessibleName().isEmpty() && b->toolTip().isEmpty())
            out << QStringLiteral("%1 (%2, icon only)")
                       .arg(b->objectName(), QString::fromLatin1(b->metaObject()->className()));
    }
    return out;
}

} // namespace

TEST_CASE("Accessibility: inputs, lists and icon buttons on every page have names", "[a11y]") {
    RegisterFixture fx;
    fx.ws.reset();
    MessageBox::resetTesting();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
    for (auto page : {MainWindow::Page::Dashboard, MainWindow::Page::Clauses, MainWindow::Page::Documents,
                      MainWindow::Page::Processes, MainWindow::Page::Nonconformities,
                      MainWindow::Page::CorrectiveActions, MainWindow::Page::AuditTrail}) {
        window.showPage(page);
        QTest::qWait(20);
        auto* pages = window.findChild<QStackedWidget*>();
        REQUIRE(pages);
        const QStringList unnamed = unnamedControls(pages->currentWidget());
        INFO("page " << int(page) << ": " << unnamed.join(QStringLiteral(", ")).toStdString());
        CHECK(unnamed.isEmpty());
    }
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(nav);
    CHECK_FALSE(nav->accessibleName().isEmpty());
    REQUIRE(window.closeDatabase());
}

TEST_CASE("Accessibility: the sidebar and the register work from the keyboard", "[a11y]") {
    RegisterFixture fx;
    fx.ws.reset();
    MessageBox::resetTesting();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
    window.showPage(MainWindow::Page::Dashboard);
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(nav);
    nav->setFocus();
    // Down arrows walk the sidebar: Dashboard, Clauses, Documents, Processes, Nonconformities.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(nav, Qt::Key_Down);
    CHECK(window.currentPage() == MainWindow::Page::Nonconformities);
    // Every page also has a Ctrl+digit shortcut in the View menu.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Dashboard);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Nonconformities);

    // Tab reaches the register table from the filter bar; the table takes arrow keys.
    RegisterView* view = window.registerView(RecordKind::Nonconformity);
    REQUIRE(view);
    auto* table = view->findChild<QAbstractItemView*>(QStringLiteral("registerTable"));
    REQUIRE(table);
    CHECK(table->focusPolicy() & Qt::TabFocus);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(table->currentIndex().isValid());
    REQUIRE(window.closeDatabase());
}

TEST_CASE("Accessibility: message colours keep their contrast in light and dark palettes", "[a11y]") {
    const QPalette before = QApplication::palette();
    for (bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : QPalette(QColor(0xef, 0xef, 0xef)));
        REQUIRE(isDark(QApplication::palette()) == dark);
        const QColor window = QApplication::palette().color(QPalette::Window);
        for (Tone tone : {Tone::Info, Tone::Warning, Tone::Error, Tone::Success}) {
            const QString sheet = bannerStyleSheet(tone);
            const QColor bg = sheetColour(sheet, QStringLiteral("background-color"));
            const QColor fg = sheetColour(sheet, QStringLiteral("color"));
            REQUIRE(bg.isValid());
            REQUIRE(fg.isValid());
            INFO("dark " << dark << ", tone " << int(tone));
            CHECK(contrast(fg, bg) >= 7.0);
            CHECK(contrast(toneText(tone), window) >= 4.5);
        }
    }
    QApplication::setPalette(before);
}

TEST_CASE("Accessibility: status chips and clause chips have readable text", "[a11y]") {
    const QStringList keys{QStringLiteral("open"),
                           QStringLiteral("contained"),
                           QStringLiteral("root_cause_identified"),
                           QStringLiteral("action_planned"),
                           QStringLiteral("verification"),
                           QStringLiteral("closed"),
                           QStringLiteral("cancelled"),
                           QStringLiteral("planned"),
                           QStringLiteral("in_progress"),
                           QStringLiteral("done"),
                           QStringLiteral("verified_effective"),
                           QStringLiteral("verified_ineffective"),
                           QStringLiteral("draft"),
                           QStringLiteral("in_review"),
                           QStringLiteral("released"),
                           QStringLiteral("obsolete")};
    for (RecordKind kind : enumValues<RecordKind>()) {
        for (const QString& key : keys) {
            const QColor chip = StatusChipDelegate::chipColour(kind, int(ColumnType::Status), key);
            if (!chip.isValid())
                continue;
            INFO(recordKindKey(kind).toStdString() << " " << key.toStdString());
            CHECK(contrast(StatusChipDelegate::textColourOn(chip), chip) >= 4.5);
        }
    }
    for (const QString& s :
         {QStringLiteral("major"), QStringLiteral("minor"), QStringLiteral("observation")}) {
        const QColor chip =
            StatusChipDelegate::chipColour(RecordKind::Nonconformity, int(ColumnType::Enum), s);
        INFO(s.toStdString());
        CHECK(contrast(StatusChipDelegate::textColourOn(chip), chip) >= 4.5);
    }
    for (int status = 0; status < 3; ++status) {
        INFO("clause status " << status);
        CHECK(contrast(Qt::white, ClauseStatusDelegate::chipColour(status)) >= 4.5);
    }
}
