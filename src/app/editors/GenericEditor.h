#pragma once

#include "domain/Enums.h"

#include <QString>

class QWidget;

namespace qms {
class Workspace;
}

namespace qms::gui {

class RecordEditor;

// The editor of a kind without one of its own: a form built from the kind's declaration and its
// field table (recordFields<R>()), in field order. Text fields become line edits, long texts text
// boxes, dates date boxes (with "not set"), enums combo boxes, numbers spin boxes, yes/no check
// boxes; clause lists and linked records go to the Links tab. It saves through the RecordEditor
// base like every editor (stale-edit refusal, reasons, history). Fields the workflow derives (no
// setter) are shown read-only. Each field's widget has the field key as its objectName.
RecordEditor* makeGenericEditor(Workspace& ws, RecordKind kind, const QString& id, QWidget* parent = nullptr);

} // namespace qms::gui
