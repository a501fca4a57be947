#pragma once

#include "domain/Enums.h"
#include "domain/Records.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QPlainTextEdit>

namespace qms::gui {

// Every input under `root` read-only (or editable again). Widgets with the property
// qmsKeepState (viewers, "Save as…") or qmsAlwaysReadOnly (derived values) are left alone, and
// those with qmsLocked (frozen by the record's state) are not made editable again.
void setFormReadOnly(QWidget* root, bool readOnly);
// One input as setFormReadOnly sets it (line edits read-only, combo boxes disabled, ...).
void setInputReadOnly(QWidget* input, bool readOnly);

// Enum combos: label shown, stable key as item data.
template <typename E> void fillEnumCombo(QComboBox* combo) {
    combo->clear();
    for (E v : enumValues<E>())
        combo->addItem(enumLabel(v), enumKey(v));
}

template <typename E> void setEnumCombo(QComboBox* combo, E value) {
    combo->setCurrentIndex(combo->findData(enumKey(value)));
}

template <typename E> E enumFromCombo(const QComboBox* combo, E fallback) {
    return enumFromString<E>(combo->currentData().toString()).value_or(fallback);
}

// Optional dates: the earliest date of the editor shows "—" and means "no date".
void makeOptionalDate(QDateEdit* edit);
void setOptionalDate(QDateEdit* edit, const QDate& date);
QDate optionalDate(const QDateEdit* edit);

// People: the display name shown, the user name as data; an editable combo also takes a name that
// is not a user (an external reporter).
void fillUserCombo(QComboBox* combo, const QList<User>& users, bool allowEmpty);
void setUserCombo(QComboBox* combo, const QString& userName);
QString userFromCombo(const QComboBox* combo);

// `now` in the order of `original` for the items it kept, then the new ones: reordering alone is
// not an edit.
QStringList keepOrder(const QStringList& original, const QStringList& now);

// Sets the text only when it differs, so the cursor does not jump on a reload.
void setPlainText(QPlainTextEdit* edit, const QString& text);

} // namespace qms::gui
