#pragma once

#include "domain/FieldCodec.h"
#include "domain/Records.h"
#include "domain/Result.h"
#include "domain/kinds/RecordTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <tuple>
#include <vector>

namespace qms {

class AuditWriter;
class Clock;
class Database;
class Workspace;
struct AuditEntry;

// What to load from a register.
struct RecordFilter {
    QStringList statuses;      // status keys; empty = all
    QString clause;            // records linked to this clause or one of its subclauses
    QStringList ids;           // only these ids
    bool includeClosed = true; // closed, cancelled, verified, obsolete
    int limit = -1;
};

struct SaveOptions {
    QString reason;        // why (asked for cancel, reopen, back steps; kept in the audit trail)
    bool isImport = false; // audit action "import" instead of "create"
    // A change the system makes as a consequence of another (an ineffective CA reopening its NC):
    // the acting user's ownership is not required for it.
    bool systemCascade = false;
    // The acting user's password, re-entered to sign an approval (document release, NC closure,
    // CA effectiveness verification); see SignatureRepository::sign for when it is needed.
    std::optional<QString> signaturePassword;
};

// Loads and saves one record type. Every save: role check, field validation, workflow rules,
// stale-edit check on the row version, referential checks, then one transaction with the row,
// its links, the linked records on the other side, the search index and the audit entries.
// What a repository works with, handed in by the workspace that owns it: the connection, the acting
// user, the clock and the audit writer. `owner` is for what other parts of the workspace do on a
// save: the kind's hooks (consequences for other records), the other side of a link, signing.
struct RepositoryContext {
    Database& database;
    const User& user; // kept current by the workspace
    const Clock& clock;
    AuditWriter& audit;
    Workspace& owner;
};

template <typename R> class RecordRepository final {
public:
    explicit RecordRepository(const RepositoryContext& context)
        : m_ctx(context) {}

    Result<R> get(const QString& id) const;
    Result<QList<R>> list(const RecordFilter& filter = {}) const;
    Result<qint64> count() const;
    bool exists(const QString& id) const;

    // Stores a new record. An empty id takes the next free number; a given id is kept if free.
    Result<R> create(R record, const SaveOptions& options = {});
    // Stores an edited record; refused when `record.meta.version` is not the stored version.
    Result<R> save(R record, const SaveOptions& options = {});

    // Inside an open write transaction (bulk import): no transaction of its own.
    Result<R> createInTransaction(R record, const SaveOptions& options);
    Result<R> saveInTransaction(R record, const SaveOptions& options);

    // A new record made ready to store without reading the database, so that a bulk import can
    // prepare the next records on another thread while this one writes (see RecordImporter).
    struct PreparedCreate {
        R record;                       // as it will be stored: id, meta, workflow fields set
        QByteArray snapshot;            // its audit snapshot (JSON)
        std::vector<QByteArray> values; // its scalar fields as UTF-8, in column order
        QByteArray searchTitle, searchBody;
        Status status; // a refusal found while preparing (role, validation)
    };
    // Whether creating `record` can be prepared that way: its id is given, and it names no record
    // whose other side would change (those saves read and write the other record).
    static bool canPrepareCreate(const R& record);
    // Any thread, no database access; `now` stamps the record. Needs canPrepareCreate(record).
    // `validatedOn`: the day the caller validated `record` with validateRecord() and this
    // workspace's catalogue and found no problem (a bulk import checks every row first); while it
    // is still that day, the fields are not validated a second time. Every other check is made.
    PreparedCreate prepareCreate(R record, const SaveOptions& options, const QDateTime& now,
                                 const QDate& validatedOn = QDate()) const;
    // Inside an open write transaction: the checks that need the database (free id, existing
    // references), then the row, its links, its audit entry and its search entry.
    Result<R> createPrepared(PreparedCreate prepared, const SaveOptions& options);

    // Canonical field texts of every stored record, straight from the rows (for verification).
    Status
    forEachStoredState(const std::function<void(const QString&, const QHash<QString, QString>&)>& fn) const;

    static RecordKind kind();
    static QString table();

private:
    Result<QList<R>> load(const QString& where, const QVariantList& binds, int limit) const;
    Status writeRow(const R& record, bool insert);
    Status insertRow(const R& record, const std::vector<QByteArray>& values);
    Status writeLinks(const R& before, const R& after);
    Status writeSearch(const R& record);
    // `isNew`: the record has no entry yet, so none is removed first.
    Status writeSearch(const R& record, const QByteArray& title, const QByteArray& body, bool isNew = false);
    Status checkReferences(const R& record) const;
    Status updateOtherSide(const R& before, const R& after, const SaveOptions& options);
    void addAudit(QList<AuditEntry>& out, const R* before, const R& after, const SaveOptions& options) const;
    Result<R> store(R record, const SaveOptions& options, bool isNew);

    RepositoryContext m_ctx;
};

namespace detail {
template <typename L> struct RepositoriesOf;
template <typename... Rs> struct RepositoriesOf<TypeList<Rs...>> {
    using type = std::tuple<RecordRepository<Rs>...>;
    static type make(const RepositoryContext& context) { return type(RecordRepository<Rs>(context)...); }
};
} // namespace detail

// One repository per record type, in the order of the type list.
using RecordRepositories = detail::RepositoriesOf<RecordTypes>::type;

using DocumentRepository = RecordRepository<Document>;
using ProcessRepository = RecordRepository<Process>;
using NonconformityRepository = RecordRepository<Nonconformity>;
using CorrectiveActionRepository = RecordRepository<CorrectiveAction>;

} // namespace qms
