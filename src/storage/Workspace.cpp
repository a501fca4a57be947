#include "Workspace.h"

#include "AttachmentStore.h"
#include "ClauseRepository.h"
#include "ProgrammePolicy.h"
#include "RecordChanges.h"
#include "RecordHooks.h"
#include "SearchIndex.h"
#include "SignatureRepository.h"
#include "StoredStateStream.h"
#include "UserRepository.h"
#include "domain/FieldCodec.h"
#include "domain/PasswordHash.h"
#include "domain/Permissions.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qms {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::Workspace)
};

std::shared_ptr<const Clock> orSystemClock(std::shared_ptr<const Clock> clock) {
    return clock ? std::move(clock) : std::make_shared<SystemClock>();
}

} // namespace

Workspace::Workspace(std::unique_ptr<Database> db, std::shared_ptr<const Clock> clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
    , m_audit(*m_db)
    , m_changes(std::make_unique<RecordChanges>())
    , m_auditWriter(m_audit, m_user, *m_clock, *m_changes)
    , m_records(detail::RepositoriesOf<RecordTypes>::make({*m_db, m_user, *m_clock, m_auditWriter, *this}))
    , m_users(std::make_unique<UserRepository>(*this))
    , m_clauses(std::make_unique<ClauseRepository>(*this))
    , m_search(std::make_unique<SearchIndex>(*this))
    , m_attachments(std::make_unique<AttachmentStore>(*this))
    , m_signatures(std::make_unique<SignatureRepository>(*this)) {
    m_db->setTransactionEndHook(
        [changes = m_changes.get()](bool committed) { changes->transactionEnded(committed); });
}

namespace {

// Files and users authenticated by a password in this process, with the number of workspaces
// open on them: a second connection of the same session (a worker thread exporting the audit
// pack) is not asked for the password again. Approvals still are.
QMutex sessionsMutex;
QHash<QString, int> sessions;

QString sessionKey(const QString& path, const QString& userName) {
    return QFileInfo(path).canonicalFilePath() + QLatin1Char('\n') + userName.toLower();
}

bool hasSession(const QString& path, const QString& userName) {
    const QMutexLocker lock(&sessionsMutex);
    return !userName.isEmpty() && sessions.value(sessionKey(path, userName)) > 0;
}

} // namespace

Workspace::~Workspace() {
    m_db->setTransactionEndHook({}); // the announcer goes first
    if (m_authenticated) {
        const QMutexLocker lock(&sessionsMutex);
        const QString key = sessionKey(m_db->path(), m_user.name);
        if (--sessions[key] <= 0)
            sessions.remove(key);
    }
}

void Workspace::rememberSession() {
    const QMutexLocker lock(&sessionsMutex);
    ++sessions[sessionKey(m_db->path(), m_user.name)];
    m_authenticated = true;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const CreateOptions& options,
                                                     std::shared_ptr<const Clock> clock) {
    if (auto problems = validateUserName(options.adminName); !problems.isEmpty())
        return Error::invalid(problems, Tr::tr("The first quality manager needs a valid user name:"));
    auto db = Database::create(path);
    if (!db)
        return db.error();
    std::unique_ptr<Workspace> ws(new Workspace(std::move(db).value(), orSystemClock(std::move(clock))));
    ws->m_user = User{options.adminName, options.adminDisplayName, Role::QualityManager, true, false};
    const QString organisation =
        options.organisation.trimmed().isEmpty() ? Tr::tr("My organisation") : options.organisation.trimmed();
    const Status s = ws->m_db->write([&]() -> Status {
        QSqlQuery q(ws->m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO users(name, display_name, role, active, created_at) VALUES(?,?,?,1,?)"));
        q.addBindValue(options.adminName);
        q.addBindValue(notNull(options.adminDisplayName));
        q.addBindValue(enumKey(Role::QualityManager));
        q.addBindValue(codec::dateTime(ws->clock().nowUtc()));
        if (!q.exec())
            return sqlError(q.lastError(), Tr::tr("Adding the first user"));
        const auto fields = UserRepository::auditFields(ws->m_user);
        QJsonObject snapshot;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            snapshot.insert(it.key(), it.value());
        QList<AuditEntry> entries;
        entries.append({0,
                        {},
                        {},
                        QStringLiteral("user:") + options.adminName,
                        QStringLiteral("user"),
                        QStringLiteral("*"),
                        {},
                        QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact)),
                        Tr::tr("database created"),
                        {},
                        {}});
        entries.append({0,
                        {},
                        {},
                        QStringLiteral("meta:organisation"),
                        QStringLiteral("update"),
                        QStringLiteral("name"),
                        {},
                        organisation,
                        {},
                        {},
                        {}});
        if (auto s = ws->m_db->setMetaValue(QStringLiteral("organisation"), organisation); !s)
            return s;
        if (auto s =
                ws->m_db->setMetaValue(QStringLiteral("created_at"), codec::dateTime(ws->clock().nowUtc()));
            !s)
            return s;
        if (auto s = ws->m_db->setMetaValue(QStringLiteral("standard"), ws->catalogue().displayName()); !s)
            return s;
        return ws->appendAudit(entries);
    });
    if (!s) {
        const QString file = ws->path();
        ws.reset();
        QFile::remove(file);
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
        return s.error();
    }
    return ws;
}

Result<User> Workspace::resolveUser(Database& db, const QString& userName,
                                    const std::optional<QString>& password, bool sameSession) {
    // One message for an unknown name and a wrong password once a password is given: the
    // answer does not tell which of the two was wrong.
    const auto wrongCredentials = [&] {
        return makeError(ErrorCode::Unauthenticated, Tr::tr("The user name or the password is wrong for %1.")
                                                         .arg(QDir::toNativeSeparators(db.path())));
    };
    QSqlQuery q(db.connection());
    if (userName.isEmpty()) {
        q.prepare(QStringLiteral("SELECT name, display_name, role, active, password_hash FROM users WHERE "
                                 "role = 'quality_manager' "
                                 "AND active = 1 ORDER BY created_at, name LIMIT 1"));
    } else {
        q.prepare(QStringLiteral(
            "SELECT name, display_name, role, active, password_hash FROM users WHERE name = ?"));
        q.addBindValue(userName);
    }
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Reading users"));
    if (!q.next()) {
        if (userName.isEmpty())
            return makeError(ErrorCode::NotFound,
                             Tr::tr("%1 has no active quality manager; name a user to open it as.")
                                 .arg(QDir::toNativeSeparators(db.path())));
        if (password && !password->isEmpty())
            return wrongCredentials();
        return makeError(ErrorCode::NotFound,
                         Tr::tr("%1 has no user named \"%2\". Ask a quality manager to add you.")
                             .arg(QDir::toNativeSeparators(db.path()), userName));
    }
    User u;
    u.name = q.value(0).toString();
    u.displayName = q.value(1).toString();
    u.role = enumFromString<Role>(q.value(2).toString()).value_or(Role::Auditor);
    u.active = q.value(3).toBool();
    const QString hash = q.value(4).toString();
    u.hasPassword = !hash.isEmpty();
    q.finish();
    if (u.hasPassword && !sameSession) {
        if (!password || password->isEmpty())
            return makeError(ErrorCode::Unauthenticated,
                             Tr::tr("User \"%1\" has a password: give it to open %2.")
                                 .arg(u.name, QDir::toNativeSeparators(db.path())));
        if (!PasswordHash::verify(*password, hash))
            return wrongCredentials();
    }
    if (!u.active)
        return makeError(ErrorCode::Forbidden, Tr::tr("User \"%1\" is deactivated.").arg(u.name));
    return u;
}

Result<QList<User>> Workspace::peekUsers(const QString& path) {
    auto db = Database::open(path, OpenMode::ReadOnly);
    if (!db && db.error().code == ErrorCode::ReadOnly && QFileInfo(path).isWritable())
        // A file of an older schema is read only after its upgrade, which opening it would make
        // next anyway.
        db = Database::open(path, OpenMode::ReadWrite);
    if (!db)
        return db.error();
    QSqlQuery q((*db)->connection());
    if (!q.exec(QStringLiteral(
            "SELECT name, display_name, role, active, password_hash FROM users ORDER BY created_at, name")))
        return sqlError(q.lastError(), Tr::tr("Reading users"));
    QList<User> out;
    while (q.next()) {
        User u;
        u.name = q.value(0).toString();
        u.displayName = q.value(1).toString();
        u.role = enumFromString<Role>(q.value(2).toString()).value_or(Role::Auditor);
        u.active = q.value(3).toBool();
        u.hasPassword = !q.value(4).toString().isEmpty();
        out << u;
    }
    return out;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const QString& userName,
                                                   OpenMode mode, std::shared_ptr<const Clock> clock) {
    return open(path, OpenOptions{userName, std::nullopt, mode, std::move(clock)});
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const OpenOptions& options) {
    const QString& userName = options.userName;
    const OpenMode mode = options.mode;
    std::optional<QString> password = options.password;
    const bool sameSession = !password && hasSession(path, userName);
    auto db = Database::open(path, mode);
    if (!db && db.error().code == ErrorCode::ReadOnly && mode == OpenMode::ReadWrite && !userName.isEmpty()) {
        // Read-only media (a USB stick, a write-protected share) is no obstacle for an auditor,
        // who would get a read-only connection anyway.
        auto review = Database::open(path, OpenMode::ReadOnly);
        if (review) {
            auto user = resolveUser(**review, userName, password, sameSession);
            if (!user && user.error().code == ErrorCode::Unauthenticated)
                return user.error();
            if (user && user->role == Role::Auditor) {
                std::unique_ptr<Workspace> ws(
                    new Workspace(std::move(review).value(), orSystemClock(options.clock)));
                ws->m_user = *user;
                if (user->hasPassword)
                    ws->rememberSession();
                return ws;
            }
        }
    }
    if (!db)
        return db.error();
    auto user = resolveUser(**db, userName, password, sameSession);
    if (!user)
        return user.error();
    if (user->role == Role::Auditor && mode == OpenMode::ReadWrite) {
        // Auditors review: their connection cannot write, whatever the GUI enables.
        db.value().reset();
        db = Database::open(path, OpenMode::ReadOnly);
        if (!db)
            return db.error();
    }
    std::unique_ptr<Workspace> ws(new Workspace(std::move(db).value(), orSystemClock(options.clock)));
    ws->m_user = *user;
    if (user->hasPassword)
        ws->rememberSession();
    return ws;
}

QString Workspace::organisation() const {
    return m_db->metaValue(QStringLiteral("organisation"));
}

Status Workspace::setOrganisation(const QString& name) {
    OrganisationProfile profile = organisationProfile();
    profile.name = name;
    return setOrganisationProfile(profile);
}

OrganisationProfile Workspace::organisationProfile() const {
    OrganisationProfile p;
    p.name = organisation();
    p.address = m_db->metaValue(QStringLiteral("organisation.address"));
    p.logo = QByteArray::fromBase64(m_db->metaValue(QStringLiteral("organisation.logo")).toLatin1());
    return p;
}

Status Workspace::setOrganisationProfile(const OrganisationProfile& profile) {
    if (auto s = Permissions::canEditOrganisation(m_user); !s)
        return s;
    OrganisationProfile next = profile;
    next.name = next.name.trimmed();
    next.address = next.address.trimmed();
    if (auto s = next.validate(); !s)
        return s;
    const OrganisationProfile old = organisationProfile();
    if (old == next)
        return {};
    return m_db->write([&]() -> Status {
        QList<AuditEntry> entries;
        // The trail records the logo's SHA-256, not its bytes: enough to prove which image it was.
        const auto change = [&](const QString& key, const QString& field, const QString& stored,
                                const QString& before, const QString& after) -> Status {
            if (before == after)
                return {};
            if (auto s = m_db->setMetaValue(key, stored); !s)
                return s;
            entries.append({0,
                            {},
                            {},
                            QStringLiteral("meta:organisation"),
                            QStringLiteral("update"),
                            field,
                            before,
                            after,
                            {},
                            {},
                            {}});
            return {};
        };
        if (auto s = change(QStringLiteral("organisation"), QStringLiteral("name"), next.name, old.name,
                            next.name);
            !s)
            return s;
        if (auto s = change(QStringLiteral("organisation.address"), QStringLiteral("address"), next.address,
                            old.address, next.address);
            !s)
            return s;
        if (auto s = change(QStringLiteral("organisation.logo"), QStringLiteral("logo"),
                            QString::fromLatin1(next.logo.toBase64()), old.logoSha256(), next.logoSha256());
            !s)
            return s;
        return appendAudit(entries);
    });
}

Status Workspace::reloadUser() {
    auto u = m_users->get(m_user.name);
    if (!u)
        return u.error();
    m_user = *u;
    return {};
}

Status Workspace::appendAudit(QList<AuditEntry> entries) {
    return m_auditWriter.append(std::move(entries));
}

Result<VerifyReport> Workspace::verify(const std::function<bool(qint64)>& progress, VerifyDepth depth) {
    using Sink = AuditTrail::StateSink;
    using RawSink = AuditTrail::RawStateSink;
    const auto small = [](const QString& prefix, std::function<Status(const Sink&)> yield) {
        return AuditTrail::StateSource{prefix, std::move(yield), {}};
    };
    const auto streamed = [this](const QString& prefix, Status (*stream)(Database&, const RawSink&)) {
        return AuditTrail::StateSource{prefix, {}, [this, stream](const RawSink& fn) {
                                           return stream(*m_db, fn);
                                       }};
    };
    // Records stream straight from their rows; a kind with tables of its own (document
    // revisions) is read through its repository.
    QList<AuditTrail::StateSource> sources;
    forEachRecordType([&](auto type) {
        using R = typename decltype(type)::type;
        const QString prefix = recordPrefix(kindOf<R>) + QLatin1Char('-');
        if constexpr (RecordHooks<R>::storesExtra)
            sources << small(prefix, [this](const Sink& fn) { return records<R>().forEachStoredState(fn); });
        else
            sources << streamed(prefix, &streamStoredState<R>);
    });
    sources << QList<AuditTrail::StateSource>{
        small(QStringLiteral("user:"), [this](const Sink& fn) { return m_users->forEachStoredState(fn); }),
        small(QStringLiteral("clause:"),
              [this](const Sink& fn) { return m_clauses->forEachStoredState(fn); }),
        small(QStringLiteral("attachment:"),
              [this](const Sink& fn) { return m_attachments->forEachStoredState(fn); }),
        small(QStringLiteral("meta:"),
              [this](const Sink& fn) {
                  // A setting is checked whenever it is stored or the trail ever recorded it, so
                  // that deleting its row (switching signatures off, say) is found too. The replay
                  // takes the records in id order.
                  const auto setting = [&](const QString& key, const QString& field) -> Status {
                      const QString v = m_db->metaValue(key);
                      const QString rid = QStringLiteral("meta:") + key;
                      if (v.isEmpty()) {
                          QSqlQuery q(m_db->connection());
                          q.prepare(QStringLiteral("SELECT 1 FROM audit_log WHERE record_id = ? LIMIT 1"));
                          q.addBindValue(rid);
                          if (!q.exec())
                              return sqlError(q.lastError(),
                                              QStringLiteral("Reading the trail of %1").arg(rid));
                          if (!q.next())
                              return {};
                      }
                      fn(rid, {{field, v}});
                      return {};
                  };
                  if (auto s = setting(ProgrammePolicy::auditCycleKey(), QStringLiteral("months")); !s)
                      return s;
                  const OrganisationProfile org = organisationProfile();
                  fn(QStringLiteral("meta:organisation"), {{QStringLiteral("name"), org.name},
                                                           {QStringLiteral("address"), org.address},
                                                           {QStringLiteral("logo"), org.logoSha256()}});
                  if (auto s = setting(ProgrammePolicy::reviewIntervalKey(), QStringLiteral("months")); !s)
                      return s;
                  if (auto s = setting(QStringLiteral("signatures_required"), QStringLiteral("required")); !s)
                      return s;
                  return Status{};
              }),
    };
    return m_audit.verify(sources, depth == VerifyDepth::Deep, progress);
}

} // namespace qms
