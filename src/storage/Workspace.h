#pragma once

#include "AuditTrail.h"
#include "AuditWriter.h"
#include "Database.h"
#include "OrganisationProfile.h"
#include "RecordRepository.h"
#include "domain/ClauseCatalogue.h"
#include "domain/Clock.h"
#include "domain/Records.h"

#include <memory>
#include <optional>
#include <type_traits>

namespace qms {

class UserRepository;
class ClauseRepository;
class SearchIndex;
class AttachmentStore;
class SignatureRepository;
class RecordChanges;

// An open QMS file and the person working in it: the one object the GUI, the CLI and the report
// talk to. It hands out the repositories; every write goes through them with `user()` as actor.
class Workspace final {
public:
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    struct CreateOptions {
        QString organisation;
        QString adminName; // the first quality manager
        QString adminDisplayName;
    };
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const CreateOptions& options,
                                                     std::shared_ptr<const Clock> clock = {});
    struct OpenOptions {
        QString userName; // empty: the first active quality manager
        // Needed when the user has a password (ErrorCode::Unauthenticated without it or when
        // wrong); ignored for a user without one. Not asked again while a workspace of this
        // process has the same file open as the same user, authenticated (a worker thread's
        // second connection); approvals always ask.
        std::optional<QString> password;
        OpenMode mode = OpenMode::ReadWrite;
        std::shared_ptr<const Clock> clock;
    };
    // Auditors and OpenMode::ReadOnly get a read-only SQLite connection.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const OpenOptions& options);
    // The users of the file at `path`, read without opening it as anyone (for the "who is
    // working?" choice; user names and whether they have a password are no secret).
    static Result<QList<User>> peekUsers(const QString& path);
    // Opens as `userName` without a password (refused for a user who has one).
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const QString& userName = {},
                                                   OpenMode mode = OpenMode::ReadWrite,
                                                   std::shared_ptr<const Clock> clock = {});

    Database& database() { return *m_db; }
    const User& user() const { return m_user; }
    const Clock& clock() const { return *m_clock; }
    const ClauseCatalogue& catalogue() const { return ClauseCatalogue::iso9001(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    QString path() const { return m_db->path(); }
    QString organisation() const;
    Status setOrganisation(const QString& name);
    // Name, address and logo for the audit-pack cover; quality managers change them, audited.
    OrganisationProfile organisationProfile() const;
    Status setOrganisationProfile(const OrganisationProfile& profile);

    // The repository of record type R, for code written once for every kind.
    template <typename R> RecordRepository<R>& records() { return std::get<RecordRepository<R>>(m_records); }
    // Shorthands for code about one kind (its editor, its rules).
    DocumentRepository& documents() { return records<Document>(); }
    ProcessRepository& processes() { return records<Process>(); }
    NonconformityRepository& nonconformities() { return records<Nonconformity>(); }
    CorrectiveActionRepository& actions() { return records<CorrectiveAction>(); }
    UserRepository& users() { return *m_users; }
    ClauseRepository& clauses() { return *m_clauses; }
    AuditTrail& audit() { return m_audit; }
    SearchIndex& search() { return *m_search; }
    AttachmentStore& attachments() { return *m_attachments; }
    SignatureRepository& signatures() { return *m_signatures; }
    // Announces, after each committed write transaction, what it changed (see RecordChanges.h).
    RecordChanges& changes() { return *m_changes; }

    // Integrity check + audit chain + every record against the trail. Quick: SQLite's quick_check;
    // Deep: its integrity_check, which also matches every index against its table (slower).
    enum class VerifyDepth { Quick, Deep };
    Result<VerifyReport> verify(const std::function<bool(qint64)>& progress = {},
                                VerifyDepth depth = VerifyDepth::Quick);

    // Reads the acting user's role and state again (after they were changed, possibly by this user).
    Status reloadUser();

    // Writes `entries` stamped with the acting user and now (inside an open write transaction),
    // and notes them for changes().
    Status appendAudit(QList<AuditEntry> entries);

private:
    Workspace(std::unique_ptr<Database> db, std::shared_ptr<const Clock> clock);
    static Result<User> resolveUser(Database& db, const QString& userName,
                                    const std::optional<QString>& password, bool sameSession);
    void rememberSession();

    std::unique_ptr<Database> m_db;
    std::shared_ptr<const Clock> m_clock;
    User m_user;
    AuditTrail m_audit;
    std::unique_ptr<RecordChanges> m_changes;
    AuditWriter m_auditWriter;
    RecordRepositories m_records;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<ClauseRepository> m_clauses;
    std::unique_ptr<SearchIndex> m_search;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<SignatureRepository> m_signatures;
    bool m_authenticated = false; // opened with the user's password (see rememberSession)
};

} // namespace qms
