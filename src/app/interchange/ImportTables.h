#pragma once

#include "domain/Enums.h"
#include "storage/interchange/ColumnMapping.h"
#include "storage/interchange/CsvReader.h"
#include "storage/interchange/RecordImporter.h"

#include <functional>

class QTableWidget;

namespace qms::gui {

// Fills the mapping step: one row per CSV column with its header, a sample value and a combo of
// fields ("Ignore this column" first; required fields marked). `changed` runs on every choice.
void fillMappingTable(QTableWidget* table, RecordKind kind, const CsvTable& csv, const ColumnMapping& mapping,
                      const std::function<void()>& changed);
// The mapping the combos show now.
ColumnMapping mappingFromTable(const QTableWidget* table);

// The preview rows (line, then one column per imported field, labelled) with the cells that have a
// problem marked and their message as tooltip.
void fillPreviewTable(QTableWidget* table, RecordKind kind, const ImportPreview& preview);
// One row per problem: line, column (number and the file's header), field, message.
void fillProblemTable(QTableWidget* table, RecordKind kind, const CsvTable& csv,
                      const ImportPreview& preview);

} // namespace qms::gui
