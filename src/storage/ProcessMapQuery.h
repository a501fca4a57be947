#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qms {

class Workspace;

// One process as the interaction map shows it.
struct ProcessMapNode {
    QString id; // "PRC-0003"
    QString name;
    QString owner;
    bool active = true;
    QStringList feeds; // ids of the processes this one feeds
    int openNcs = 0;   // nonconformities linked to the process and not closed or cancelled
    int openMajorNcs = 0;
};

// The processes, their "feeds" interactions and the open nonconformities per process, for the
// process interaction map. Retired processes are included (the map greys them out).
class ProcessMapQuery final {
public:
    explicit ProcessMapQuery(Workspace& ws)
        : m_ws(ws) {}

    Result<QList<ProcessMapNode>> load() const;

private:
    Workspace& m_ws;
};

} // namespace qms
