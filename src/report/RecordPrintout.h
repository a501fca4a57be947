#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace qms {
class Workspace;
struct TableDecl;
} // namespace qms

namespace qms::report {

// One record as a printable sheet (HTML for QTextDocument): heading with id, title and status,
// every field with its label, the linked records and clauses with their titles and states, each
// table field as a table (an audit's checklist, a review's inputs) with a count of its results,
// the revisions of a document, the KPIs of a process, the electronic signatures and the status
// history from the audit trail. Everything is read through the repositories and laid out from the
// kind's declaration, so a new kind prints without code here. The GUI prints it; RecordReport
// writes it as a PDF (an audit report, a review's minutes) for the GUI and the CLI.
class RecordPrintout final {
    Q_DECLARE_TR_FUNCTIONS(qms::report::RecordPrintout)
public:
    RecordPrintout(Workspace& ws, QString id);

    QString id() const { return m_id; }
    // "NC-0042 Wrong label"; the id alone until html() has read the record.
    QString title() const { return m_title.isEmpty() ? m_id : m_title; }
    Result<QString> html();

    // An enum field's stored key as people read it ("root_cause_identified" -> "Root cause identified").
    static QString enumText(const QString& id, const QString& fieldKey, const QString& value);

private:
    template <typename R> Result<QString> build();
    QString person(const QString& userName) const;
    // The title of record `id` ("Wrong label"), with its state ("Wrong label · Closed"); empty if none.
    QString linkedTitle(const QString& id, bool withState = false) const;
    QString tableSection(const char* label, const TableDecl& table, const QString& value) const;
    Result<QString> signatureSection() const;

    Workspace& m_ws;
    QString m_id;
    QString m_title;
    QHash<QString, QString> m_people;
};

} // namespace qms::report
