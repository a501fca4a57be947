#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace qms {
class Workspace;
}

namespace qms::gui {

// One record as a printable sheet (HTML for QTextDocument): heading with id, title and status,
// every field with its label, the linked records and clauses with their titles, the revisions
// of a document, the KPIs of a process, and the status history from the audit trail. Everything
// is read through the repositories, not from an editor's widgets.
class RecordPrintout final {
    Q_DECLARE_TR_FUNCTIONS(qms::gui::RecordPrintout)
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
    QString linkedTitle(const QString& id) const;

    Workspace& m_ws;
    QString m_id;
    QString m_title;
    QHash<QString, QString> m_people;
};

} // namespace qms::gui
