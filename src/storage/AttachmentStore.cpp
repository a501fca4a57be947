#include "AttachmentStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "Workspace.h"
#include "domain/FieldCodec.h"
#include "domain/Permissions.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::AttachmentStore)
};

QString sizeText(qint64 bytes) {
    return QLocale().formattedDataSize(bytes);
}

} // namespace

Result<AttachmentInfo> AttachmentStore::add(const QString& filePath) {
    const QFileInfo fi(filePath);
    const QString where = QDir::toNativeSeparators(filePath);
    if (!fi.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("Cannot attach %1: no such file.").arg(where));
    if (!fi.isFile())
        return makeError(ErrorCode::Io, Tr::tr("Cannot attach %1: it is not a file.").arg(where));
    if (fi.size() > MaxBytes)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("Cannot attach %1: it is %2, more than the limit of %3 per file.")
                             .arg(where, sizeText(fi.size()), sizeText(MaxBytes)));
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot attach %1: %2").arg(where, f.errorString()));
    const QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, Tr::tr("Cannot attach %1: %2").arg(where, f.errorString()));
    return addData(fi.fileName(), bytes);
}

Result<AttachmentInfo> AttachmentStore::addData(const QString& fileName, const QByteArray& data) {
    if (auto s = Permissions::canWrite(m_ws.user()); !s)
        return s.error();
    if (data.isEmpty())
        return makeError(ErrorCode::Invalid, Tr::tr("Cannot attach %1: the file is empty.").arg(fileName));
    if (data.size() > MaxBytes)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("Cannot attach %1: it is %2, more than the limit of %3 per file.")
                             .arg(fileName, sizeText(data.size()), sizeText(MaxBytes)));
    AttachmentInfo info;
    info.fileName = fileName;
    info.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, data).name();
    info.size = data.size();
    info.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const Status s = m_ws.database().write([&]() -> Status {
        QSqlQuery q(m_ws.database().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO attachments(file_name, media_type, size, sha256, data, created_at, created_by) "
            "VALUES(?,?,?,?,?,?,?)"));
        q.addBindValue(info.fileName);
        q.addBindValue(info.mediaType);
        q.addBindValue(info.size);
        q.addBindValue(info.sha256);
        q.addBindValue(data);
        q.addBindValue(codec::dateTime(m_ws.clock().nowUtc()));
        q.addBindValue(m_ws.user().name);
        if (!q.exec())
            return sqlError(q.lastError(), Tr::tr("Storing %1").arg(fileName));
        info.id = q.lastInsertId().toLongLong();
        QJsonObject snapshot{{QStringLiteral("file_name"), info.fileName},
                             {QStringLiteral("media_type"), info.mediaType},
                             {QStringLiteral("size"), QString::number(info.size)},
                             {QStringLiteral("sha256"), info.sha256}};
        AuditEntry e;
        e.recordId = QStringLiteral("attachment:%1").arg(info.id);
        e.action = QStringLiteral("attach");
        e.field = QStringLiteral("*");
        e.newValue = QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact));
        return m_ws.appendAudit({e});
    });
    if (!s)
        return s.error();
    return info;
}

Result<AttachmentInfo> AttachmentStore::info(qint64 id) const {
    QSqlQuery q(m_ws.database().connection());
    q.prepare(QStringLiteral("SELECT file_name, media_type, size, sha256 FROM attachments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Reading attachment %1").arg(id));
    if (!q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("Attachment %1 is missing from the database").arg(id));
    return AttachmentInfo{id, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                          q.value(3).toString()};
}

Result<QByteArray> AttachmentStore::data(qint64 id) const {
    QSqlQuery q(m_ws.database().connection());
    q.prepare(QStringLiteral("SELECT data, sha256, file_name FROM attachments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Reading attachment %1").arg(id));
    if (!q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("Attachment %1 is missing from the database").arg(id));
    const QByteArray bytes = q.value(0).toByteArray();
    const QString actual =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (actual != q.value(1).toString())
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("Attachment %1 (%2) no longer matches its SHA-256: it was altered.")
                             .arg(id)
                             .arg(q.value(2).toString()));
    return bytes;
}

Status AttachmentStore::saveTo(qint64 id, const QString& targetPath) const {
    auto bytes = data(id);
    if (!bytes)
        return bytes.error();
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit())
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(targetPath), out.errorString()));
    return {};
}

Result<Document> AttachmentStore::attachToCurrentRevision(const Document& doc, const QString& filePath) {
    if (auto s = Permissions::canEdit(m_ws.user(), doc); !s)
        return s.error();
    if (doc.status != DocumentStatus::Draft)
        return makeError(
            ErrorCode::WorkflowRefused,
            Tr::tr(
                "%1 revision %2 is %3; files are attached to a draft revision. Start a new revision first.")
                .arg(doc.meta.id, doc.revision, inSentence(enumLabel(doc.status))));
    std::optional<Document> saved;
    const Status s = m_ws.database().write([&]() -> Status {
        auto info = add(filePath);
        if (!info)
            return info.error();
        Document edited = doc;
        DocumentRevision* rev = edited.currentRevision();
        if (!rev)
            return makeError(ErrorCode::Invalid,
                             Tr::tr("%1 has no revision %2").arg(doc.meta.id, doc.revision));
        rev->attachment = *info;
        auto r = m_ws.documents().saveInTransaction(edited, {});
        if (!r)
            return r.error();
        saved = *r;
        return {};
    });
    if (!s)
        return s.error();
    return *saved;
}

Status AttachmentStore::forEachStoredState(
    const std::function<void(const QString&, const QHash<QString, QString>&)>& fn) const {
    QSqlQuery q(m_ws.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, file_name, media_type, size, data FROM attachments")))
        return sqlError(q.lastError(), Tr::tr("Reading attachments"));
    while (q.next()) {
        const QByteArray bytes = q.value(4).toByteArray();
        // The hash of the bytes as they are now, not the stored column: a swapped blob shows.
        fn(QStringLiteral("attachment:%1").arg(q.value(0).toLongLong()),
           {{QStringLiteral("file_name"), q.value(1).toString()},
            {QStringLiteral("media_type"), q.value(2).toString()},
            {QStringLiteral("size"), QString::number(bytes.size())},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}});
    }
    return {};
}

} // namespace qms
