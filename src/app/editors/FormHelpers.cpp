#include "FormHelpers.h"

#include "ClausePicker.h"
#include "ItemStateTable.h"
#include "LinkedRecordList.h"
#include "TableFieldEditor.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QHash>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTextEdit>

namespace qms::gui {
namespace {

const QDate kNoDate(2000, 1, 1);

// Widgets that stay as they are in read-only mode (viewers, "Save as…", derived fields).
bool keepsState(const QWidget* w) {
    for (const QWidget* p = w; p; p = p->parentWidget())
        if (p->property("qmsKeepState").toBool())
            return true;
    return false;
}

} // namespace

void setInputReadOnly(QWidget* w, bool readOnly) {
    if (auto* list = qobject_cast<LinkedRecordList*>(w))
        list->setReadOnly(readOnly);
    else if (auto* picker = qobject_cast<ClausePicker*>(w))
        picker->setReadOnly(readOnly);
    else if (auto* e = qobject_cast<QLineEdit*>(w))
        e->setReadOnly(readOnly);
    else if (auto* t = qobject_cast<QPlainTextEdit*>(w))
        t->setReadOnly(readOnly);
    else if (auto* te = qobject_cast<QTextEdit*>(w))
        te->setReadOnly(readOnly);
    else if (auto* sb = qobject_cast<QAbstractSpinBox*>(w))
        sb->setReadOnly(readOnly);
    else if (auto* c = qobject_cast<QComboBox*>(w))
        c->setEnabled(!readOnly);
    else if (auto* b = qobject_cast<QAbstractButton*>(w))
        b->setEnabled(!readOnly);
    else if (auto* table = qobject_cast<QTableWidget*>(w))
        table->setEditTriggers(readOnly
                                   ? QAbstractItemView::NoEditTriggers
                                   : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                         QAbstractItemView::AnyKeyPressed);
}

void setFormReadOnly(QWidget* root, bool readOnly) {
    // Composite widgets first: they rebuild their own children.
    for (LinkedRecordList* list : root->findChildren<LinkedRecordList*>())
        if (!list->property("qmsAlwaysReadOnly").toBool())
            list->setReadOnly(readOnly);
    for (ClausePicker* picker : root->findChildren<ClausePicker*>())
        picker->setReadOnly(readOnly);
    for (ItemStateTable* table : root->findChildren<ItemStateTable*>())
        table->setReadOnly(readOnly);
    for (TableFieldEditor* table : root->findChildren<TableFieldEditor*>())
        table->setReadOnly(readOnly);
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (keepsState(w) || w->property("qmsAlwaysReadOnly").toBool() ||
            (!readOnly && w->property("qmsLocked").toBool()))
            continue;
        bool insideComposite = false;
        for (QWidget* p = w->parentWidget(); p && !insideComposite; p = p->parentWidget())
            insideComposite = qobject_cast<LinkedRecordList*>(p) || qobject_cast<ClausePicker*>(p) ||
                              qobject_cast<ItemStateTable*>(p) || qobject_cast<TableFieldEditor*>(p);
        if (!insideComposite && !qobject_cast<LinkedRecordList*>(w) && !qobject_cast<ClausePicker*>(w) &&
            !qobject_cast<ItemStateTable*>(w) && !qobject_cast<TableFieldEditor*>(w))
            setInputReadOnly(w, readOnly);
    }
    // Checkable lists (process feeds): items must not toggle.
    for (QListWidget* list : root->findChildren<QListWidget*>()) {
        if (keepsState(list))
            continue;
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* it = list->item(i);
            it->setFlags(readOnly ? (it->flags() & ~Qt::ItemIsUserCheckable)
                                  : (it->flags() | Qt::ItemIsUserCheckable));
        }
    }
}

void makeOptionalDate(QDateEdit* edit) {
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QCoreApplication::translate("qms::gui::FormHelpers", "—"));
    edit->setCalendarPopup(true);
    edit->setToolTip(QCoreApplication::translate(
        "qms::gui::FormHelpers", "Empty shows as —. Go down to the earliest date to clear it."));
}

void setOptionalDate(QDateEdit* edit, const QDate& date) {
    edit->setDate(date.isValid() ? date : kNoDate);
}

QDate optionalDate(const QDateEdit* edit) {
    return edit->date() <= edit->minimumDate() && !edit->specialValueText().isEmpty() ? QDate()
                                                                                      : edit->date();
}

void fillUserCombo(QComboBox* combo, const QList<User>& users, bool allowEmpty) {
    combo->clear();
    if (allowEmpty)
        combo->addItem(QString(), QString());
    for (const User& u : users)
        if (u.active)
            combo->addItem(u.printedName(), u.name);
}

void setUserCombo(QComboBox* combo, const QString& userName) {
    int i = combo->findData(userName);
    if (i < 0 && !userName.isEmpty()) {
        // A deactivated user or a name from outside: keep it visible and selectable.
        combo->addItem(userName, userName);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i < 0 ? combo->findData(QString()) : i);
    if (combo->isEditable())
        combo->setEditText(i < 0 ? QString() : combo->itemText(i));
}

QString userFromCombo(const QComboBox* combo) {
    const QString text = combo->isEditable() ? combo->currentText().trimmed() : combo->currentText();
    const int i = combo->findText(text);
    if (i >= 0)
        return combo->itemData(i).toString();
    return text; // typed by hand
}

QStringList keepOrder(const QStringList& original, const QStringList& now) {
    QStringList out;
    for (const QString& s : original)
        if (now.contains(s))
            out << s;
    for (const QString& s : now)
        if (!out.contains(s))
            out << s;
    return out;
}

void setPlainText(QPlainTextEdit* edit, const QString& text) {
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace qms::gui
