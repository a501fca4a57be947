// Roles enforced in the core: an auditor's workspace refuses every write operation, and its
// SQLite connection is read-only, so that even SQL sent past the repositories cannot write.

#include "ReliabilitySupport.h"
#include "storage/AttachmentStore.h"
#include "storage/ClauseRepository.h"
#include "storage/SignatureRepository.h"
#include "storage/UserRepository.h"

#include <QSqlError>

using namespace qms;
using namespace qms::reltest;
using qms::test::TempDir;

TEST_CASE("Auditor: every write operation is refused - the connection is read-only", "[reliability][roles]") {
    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("roles.qms"));
    {
        auto ws = createWorkspace(path);
        User auditor;
        auditor.name = QStringLiteral("audra");
        auditor.displayName = QStringLiteral("Audra Auditor");
        auditor.role = Role::Auditor;
        REQUIRE(ws->users().add(auditor).ok());
        REQUIRE(ws->nonconformities().create(sampleNc(*ws, QStringLiteral("Existing"))).ok());
    }
    const QByteArray before = sha256File(path);
    auto opened = Workspace::open(path, QStringLiteral("audra"));
    INFO((opened ? QString() : opened.error().describe()).toStdString());
    REQUIRE(opened.ok());
    Workspace& ws = **opened;
    CHECK(ws.isReadOnly());

    QList<QPair<QString, Error>> refusals;
    auto expectRefused = [&](const QString& what, auto&& result) {
        INFO("operation: " << str(what));
        REQUIRE_FALSE(result.ok());
        CHECK((result.error().code == ErrorCode::Forbidden || result.error().code == ErrorCode::ReadOnly));
        refusals.append({what, result.error()});
    };

    expectRefused(QStringLiteral("create nonconformity"),
                  ws.nonconformities().create(sampleNc(ws, QStringLiteral("No"))));
    Nonconformity nc = *ws.nonconformities().get(QStringLiteral("NC-0001"));
    nc.reference = QStringLiteral("changed");
    expectRefused(QStringLiteral("save nonconformity"), ws.nonconformities().save(nc));
    Document d;
    d.title = QStringLiteral("Procedure");
    d.owner = QStringLiteral("qm");
    expectRefused(QStringLiteral("create document"), ws.documents().create(d));
    Process p;
    p.name = QStringLiteral("Purchasing");
    p.owner = QStringLiteral("qm");
    expectRefused(QStringLiteral("create process"), ws.processes().create(p));
    CorrectiveAction ca;
    ca.title = QStringLiteral("Fix");
    ca.owner = QStringLiteral("qm");
    ca.dueDate = ws.clock().today();
    expectRefused(QStringLiteral("create corrective action"), ws.actions().create(ca));
    User u;
    u.name = QStringLiteral("eve");
    u.role = Role::QualityManager;
    expectRefused(QStringLiteral("add user"), ws.users().add(u));
    User self = *ws.users().get(QStringLiteral("audra"));
    self.role = Role::QualityManager;
    expectRefused(QStringLiteral("promote self"), ws.users().update(self));
    expectRefused(QStringLiteral("clause applicability"),
                  ws.clauses().setApplicability(QStringLiteral("8.3"), false, QStringLiteral("no design")));
    expectRefused(QStringLiteral("attachment"),
                  ws.attachments().addData(QStringLiteral("a.txt"), QByteArray("x")));
    expectRefused(QStringLiteral("organisation"), ws.setOrganisation(QStringLiteral("Evil Corp")));
    expectRefused(QStringLiteral("own password"),
                  ws.users().setPassword(QStringLiteral("audra"), QStringLiteral("a long password")));
    expectRefused(QStringLiteral("clear a password"), ws.users().clearPassword(QStringLiteral("qm")));
    expectRefused(QStringLiteral("require signatures"), ws.signatures().setRequired(true));

    // Past the repositories: raw SQL on the auditor's connection cannot write either.
    QSqlQuery q(ws.database().connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE nonconformities SET title = 'raw' WHERE id = 'NC-0001'")));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('x', 'y')")));

    for (const auto& [what, e] : refusals) {
        INFO(str(what) << ": " << str(e.message));
        CHECK_FALSE(e.message.trimmed().isEmpty());
    }
    opened = makeError(ErrorCode::Internal, {});
    CHECK(sha256File(path) == before);
    figure(QStringLiteral("write operations refused for an auditor"), refusals.size() + 2);
}
