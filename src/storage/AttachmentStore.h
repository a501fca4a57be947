#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QHash>

#include <functional>

namespace qms {

class Workspace;

// Files kept inside the database, so that one *.qms file carries everything to the auditor.
class AttachmentStore final {
public:
    // Larger files are refused: SQLite holds a blob in memory whole, and a QMS attachment of this
    // size is almost always a mistake (a video, a disk image).
    static constexpr qint64 MaxBytes = 100LL * 1024 * 1024;

    explicit AttachmentStore(Workspace& ws) : m_ws(ws) {}

    // Reads `filePath` into the database (inside the caller's transaction when one is open).
    Result<AttachmentInfo> add(const QString& filePath);
    Result<AttachmentInfo> addData(const QString& fileName, const QByteArray& data);
    Result<AttachmentInfo> info(qint64 id) const;
    // The bytes, checked against their SHA-256: a blob changed behind the app's back is refused.
    Result<QByteArray> data(qint64 id) const;
    Status saveTo(qint64 id, const QString& targetPath) const;

    // Attaches a file to the current (draft) revision of a document and saves the document.
    Result<Document> attachToCurrentRevision(const Document& doc, const QString& filePath);

    Status forEachStoredState(const std::function<void(const QString&, const QHash<QString, QString>&)>& fn) const;

private:
    Workspace& m_ws;
};

} // namespace qms
