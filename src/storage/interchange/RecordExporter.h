#pragma once

#include "CsvWriter.h"
#include "domain/Enums.h"
#include "domain/Result.h"
#include "storage/RecordRepository.h"

#include <QStringList>

class QIODevice;

namespace qms {

class Workspace;

// Writes one register as CSV or JSON.
//
// CSV: the columns RecordImporter reads back, "id" followed by every field that can be set
// (derived fields such as document revisions are left out), so that exporting a register and
// importing it into a fresh database gives the same field values.
// JSON: an array of objects holding "id", every field key (derived ones too) and "meta" (version,
// created/updated at/by), values in the canonical text of FieldCodec.
class RecordExporter final {
public:
    explicit RecordExporter(Workspace& ws)
        : m_ws(ws) {}

    static QStringList csvColumns(RecordKind kind);

    // Records of `kind` matching `filter`, in id order, written to an open device.
    Status writeCsv(RecordKind kind, QIODevice* device, const RecordFilter& filter = {},
                    const CsvWriterOptions& options = {});
    Status writeJson(RecordKind kind, QIODevice* device, const RecordFilter& filter = {});

private:
    Workspace& m_ws;
};

} // namespace qms
