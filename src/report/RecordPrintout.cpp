#include "RecordPrintout.h"

#include "domain/FieldCodec.h"
#include "domain/kinds/KindRules.h"
#include "storage/SignatureRepository.h"
#include "storage/UserRepository.h"
#include "storage/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace qms::report {
namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString dateTimeText(const QDateTime& utc) {
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

const QString tableOpen =
    QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                   "style=\"border-collapse: collapse; border-color: #9aa5b1\">");

QString headerRow(const QStringList& labels) {
    QString h = QStringLiteral("<thead><tr>");
    for (const QString& l : labels)
        h += QStringLiteral("<th align=\"left\" bgcolor=\"#e8edf2\">%1</th>").arg(l.toHtmlEscaped());
    return h + QStringLiteral("</tr></thead>");
}

QString section(const QString& title) {
    // The empty paragraph keeps the heading off the table above (a heading's top margin is not
    // kept after a table).
    return QStringLiteral("<p style=\"font-size: 6pt\">&nbsp;</p><h3 style=\"margin-top: 0; margin-bottom: "
                          "4pt\">%1</h3>")
        .arg(title.toHtmlEscaped());
}

QString row(const QString& label, const QString& html) {
    return QStringLiteral("<tr><td width=\"24%\" bgcolor=\"#f3f6f9\"><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), html);
}

} // namespace

RecordPrintout::RecordPrintout(Workspace& ws, QString id)
    : m_ws(ws)
    , m_id(std::move(id)) {
    if (auto users = m_ws.users().list())
        for (const User& u : std::as_const(*users))
            m_people.insert(u.name, u.printedName());
}

QString RecordPrintout::person(const QString& userName) const {
    return m_people.value(userName, userName);
}

QString RecordPrintout::enumText(const QString& id, const QString& fieldKey, const QString& value) {
    const auto parsed = parseRecordId(id);
    if (!parsed)
        return value;
    const KindDecl& decl = kindDecl(parsed->first);
    if (fieldKey == QLatin1String(decl.statusField))
        return decl.stateLabel(value);
    return enumLabelForKey(value);
}

QString RecordPrintout::linkedTitle(const QString& id, bool withState) const {
    const auto parsed = parseRecordId(id);
    if (!parsed)
        return {};
    return visitRecordKind(parsed->first, [&](auto t) -> QString {
        using R = typename decltype(t)::type;
        auto r = m_ws.records<R>().get(id);
        if (!r)
            return {};
        return withState ? QStringLiteral("%1 \u00b7 %2").arg(recordTitle(*r), declOf<R>().stateLabel(stateOf(*r)))
                         : recordTitle(*r);
    });
}

QString RecordPrintout::tableSection(const char* label, const TableDecl& table, const QString& value) const {
    const QList<QStringList> rows = codec::parseTable(value);
    QString h = section(translateFieldLabel(label));
    if (rows.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(tr("No rows.")));
    // How often each answer of an enum column was given ("Result: 12 Conforming, 1 Minor NC"): the
    // first thing the reader of an audit report looks for.
    for (qsizetype c = 0; c < qsizetype(table.columns.size()); ++c) {
        const TableColumnDecl& col = table.columns[c];
        if (col.type != CellType::Enum || !col.choices || col.readOnly) // a frozen topic list is no answer
            continue;
        QStringList counts;
        for (const QString& key : col.choices()) {
            qsizetype n = 0;
            for (const QStringList& r : rows)
                n += r.value(c) == key ? 1 : 0;
            if (n > 0)
                counts << QStringLiteral("%1 %2").arg(n).arg(col.choiceLabel ? col.choiceLabel(key) : key);
        }
        if (!counts.isEmpty())
            h += QStringLiteral("<p><b>%1:</b> %2</p>")
                     .arg(esc(translateFieldLabel(col.label)), esc(counts.join(QStringLiteral(", "))));
    }
    // Column widths from the declared stretch, so that questions and evidence get the room.
    int stretch = 0;
    for (const TableColumnDecl& col : table.columns)
        stretch += std::max(1, col.stretch);
    h +=
        tableOpen +
        QStringLiteral("<thead><tr><th align=\"left\" bgcolor=\"#e8edf2\" width=\"3%\">%1</th>").arg(tr("#"));
    for (const TableColumnDecl& col : table.columns)
        h += QStringLiteral("<th align=\"left\" bgcolor=\"#e8edf2\" width=\"%1%\">%2</th>")
                 .arg(97 * std::max(1, col.stretch) / std::max(1, stretch))
                 .arg(translateFieldLabel(col.label).toHtmlEscaped());
    h += QStringLiteral("</tr></thead>");
    for (qsizetype n = 0; n < rows.size(); ++n) {
        h += QStringLiteral("<tr><td>%1</td>").arg(n + 1);
        for (qsizetype c = 0; c < qsizetype(table.columns.size()); ++c) {
            const TableColumnDecl& col = table.columns[c];
            const QString cell = rows[n].value(c);
            QString shown = esc(cell);
            if (col.type == CellType::Enum && col.choiceLabel && !cell.isEmpty())
                shown = esc(col.choiceLabel(cell));
            else if (col.type == CellType::RecordId && !cell.isEmpty())
                shown = QStringLiteral("<b>%1</b>").arg(esc(cell));
            else if (col.type == CellType::Clause && !cell.isEmpty())
                shown = QStringLiteral("<b>%1</b>").arg(esc(cell));
            h += QStringLiteral("<td>%1</td>").arg(cell.isEmpty() ? QStringLiteral("&mdash;") : shown);
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

Result<QString> RecordPrintout::signatureSection() const {
    auto signatures = m_ws.signatures().forRecord(m_id);
    if (!signatures)
        return signatures.error();
    const auto parsed = parseRecordId(m_id);
    QString h = section(tr("Electronic signatures"));
    if (signatures->isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(tr("No electronic signatures recorded.")));
    h += tableOpen + headerRow({tr("Meaning"), tr("Signed by"), tr("When"), tr("State signed")});
    for (const Signature& s : std::as_const(*signatures)) {
        const QString state = parsed ? kindDecl(parsed->first).stateLabel(s.state) : s.state;
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td style=\"white-space: nowrap\">%3</td>"
                            "<td>%4</td></tr>")
                 .arg(esc(signatureMeaningLabel(s.meaning)),
                      esc(QStringLiteral("%1 (%2)").arg(s.printedName, s.userName)), esc(dateTimeText(s.at)),
                      esc(s.revision.isEmpty() ? state : tr("%1, revision %2").arg(state, s.revision)));
    }
    return h + QStringLiteral("</table>");
}

Result<QString> RecordPrintout::html() {
    const auto parsed = parseRecordId(m_id);
    if (!parsed)
        return makeError(ErrorCode::NotFound, tr("\"%1\" is not a record id.").arg(m_id));
    return visitRecordKind(parsed->first, [this](auto t) {
        using R = typename decltype(t)::type;
        return build<R>();
    });
}

template <typename R> Result<QString> RecordPrintout::build() {
    auto record = m_ws.records<R>().get(m_id);
    if (!record)
        return record.error();
    const R& r = *record;
    const KindDecl& decl = declOf<R>();
    const RecordKind kind = decl.kind;
    m_title = QStringLiteral("%1 %2").arg(m_id, recordTitle(r));

    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h2 style=\"margin-bottom: 2pt\">%1 &nbsp;%2</h2>")
             .arg(esc(m_id), esc(recordTitle(r)));
    h += QStringLiteral("<p style=\"color: #444; margin-top: 0\">%1 &middot; %2<br>%3</p>")
             .arg(esc(recordKindLabel(kind)), esc(tr("Status: %1").arg(decl.stateLabel(stateOf(r)))),
                  esc(tr("Created %1 by %2 · last changed %3 by %4 · version %5")
                          .arg(dateTimeText(r.meta.createdAt), person(r.meta.createdBy),
                               dateTimeText(r.meta.updatedAt), person(r.meta.updatedBy))
                          .arg(r.meta.version)));

    // Details: every plain field; lists, KPIs and revisions get sections of their own.
    h += section(tr("Details"));
    h += tableOpen;
    QString links;
    for (const auto& f : recordFields<R>()) {
        const QString key = QString::fromLatin1(f.key);
        const QString value = f.get(r);
        const QString fieldLabel = translateFieldLabel(f.label);
        switch (f.type) {
        case FieldType::IdList:
        case FieldType::ClauseList: {
            QStringList items;
            for (const QString& item : codec::parseList(value)) {
                QString name;
                if (f.type == FieldType::ClauseList) {
                    const Clause* c = m_ws.catalogue().find(item);
                    name = c ? c->title : QString();
                } else {
                    name = linkedTitle(item, true);
                }
                items << QStringLiteral("<b>%1</b>%2")
                             .arg(esc(item), name.isEmpty() ? QString() : QStringLiteral(" ") + esc(name));
            }
            links += row(fieldLabel,
                         items.isEmpty() ? QStringLiteral("&mdash;") : items.join(QStringLiteral("<br>")));
            continue;
        }
        case FieldType::ItemStates:
            h += QStringLiteral("<tr><td width=\"24%\" bgcolor=\"#f3f6f9\"><b>%1</b></td><td>%2</td></tr>")
                     .arg(esc(fieldLabel),
                          value.isEmpty() ? QStringLiteral("&mdash;")
                                          : esc(itemStateLines(value, f.choiceLabel).join(QLatin1Char('\n')))
                                                .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            continue;
        case FieldType::Kpis:
        case FieldType::Revisions:
        case FieldType::Table:
            continue;
        case FieldType::Enum:
            h += QStringLiteral("<tr><td width=\"24%\" bgcolor=\"#f3f6f9\"><b>%1</b></td><td>%2</td></tr>")
                     .arg(esc(fieldLabel), esc(enumText(m_id, key, value)));
            continue;
        case FieldType::Bool:
            h += QStringLiteral("<tr><td width=\"24%\" bgcolor=\"#f3f6f9\"><b>%1</b></td><td>%2</td></tr>")
                     .arg(esc(fieldLabel), value == QLatin1String("yes") ? tr("Yes") : tr("No"));
            continue;
        default:
            break;
        }
        QString shown = value;
        // A field naming a user by user name (owner, responsible): the name people know them by.
        if (m_people.contains(value) && person(value) != value)
            shown = QStringLiteral("%1 (%2)").arg(person(value), value);
        else if (parseRecordId(value) && !linkedTitle(value).isEmpty()) // an NC's process
            shown = QStringLiteral("%1 %2").arg(value, linkedTitle(value));
        h += QStringLiteral("<tr><td width=\"24%\" bgcolor=\"#f3f6f9\"><b>%1</b></td><td>%2</td></tr>")
                 .arg(esc(fieldLabel), value.isEmpty() ? QStringLiteral("&mdash;") : esc(shown));
    }
    h += QStringLiteral("</table>");
    for (const LinkDecl& link : decl.links) {
        if (!link.reverseLabel)
            continue;
        // The other side of a link only one record holds ("feeds"): the records linking to this one.
        auto all = m_ws.records<R>().list();
        if (!all)
            return all.error();
        QStringList from;
        for (const R& other : std::as_const(*all))
            if (codec::parseList(fieldText(other, link.field)).contains(m_id))
                from << QStringLiteral("<b>%1</b> %2").arg(esc(other.meta.id), esc(recordTitle(other)));
        links += QStringLiteral("<tr><td width=\"24%\" bgcolor=\"#f3f6f9\"><b>%1</b></td><td>%2</td></tr>")
                     .arg(esc(QCoreApplication::translate("qms::gui::RecordPrintout", link.reverseLabel)),
                          from.isEmpty() ? QStringLiteral("&mdash;") : from.join(QStringLiteral("<br>")));
    }
    if (!links.isEmpty())
        h += section(tr("Linked records and clauses")) + tableOpen + links + QStringLiteral("</table>");

    // Tables of their own: KPIs and revisions, in field order.
    for (const auto& f : recordFields<R>()) {
        if (f.type == FieldType::Kpis) {
            QString error;
            const QList<Kpi> kpis = codec::parseKpis(f.get(r), &error).value_or(QList<Kpi>());
            h += section(tr("Key performance indicators"));
            if (kpis.isEmpty()) {
                h += QStringLiteral("<p>%1</p>").arg(esc(tr("No KPIs defined.")));
            } else {
                h += tableOpen + headerRow({tr("KPI"), tr("Target"), tr("Unit")});
                for (const Kpi& k : kpis)
                    h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                             .arg(esc(k.name), esc(k.target), esc(k.unit));
                h += QStringLiteral("</table>");
            }
        } else if (f.type == FieldType::Table && f.table) {
            h += tableSection(f.label, *f.table, f.get(r));
        } else if (f.type == FieldType::Revisions) {
            if constexpr (requires { r.revisions; }) {
                h += section(tr("Revisions"));
                if (r.revisions.isEmpty()) {
                    h += QStringLiteral("<p>%1</p>").arg(esc(tr("No revisions yet.")));
                } else {
                    h += tableOpen + headerRow({tr("Revision"), tr("Date"), tr("Author"), tr("Change"),
                                                tr("Approved by"), tr("Released"), tr("File (SHA-256)")});
                    for (const DocumentRevision& rev : r.revisions) {
                        const QString file =
                            rev.attachment.isNull()
                                ? QStringLiteral("&mdash;")
                                : QStringLiteral("%1<br><font size=\"-1\" color=\"#555\">%2</font>")
                                      .arg(esc(rev.attachment.fileName), esc(rev.attachment.sha256.left(16)));
                        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td><td>%5</"
                                            "td><td>%6</td><td>%7</td></tr>")
                                 .arg(esc(rev.label), esc(codec::date(rev.date)), esc(person(rev.author)),
                                      esc(rev.changeSummary), esc(person(rev.approvedBy)),
                                      esc(dateTimeText(rev.releasedAt)), file);
                    }
                    h += QStringLiteral("</table>");
                }
            }
        }
    }

    auto signatures = signatureSection();
    if (!signatures)
        return signatures.error();
    h += *signatures;

    // Status history from the audit trail: the state it was created in, then every change.
    auto trail = m_ws.audit().forRecord(m_id);
    if (!trail)
        return trail.error();
    const QString statusField = QString::fromLatin1(decl.statusField);
    auto statusText = [&](const QString& stored) {
        return decl.stateLabel(stored);
    };
    QString history;
    for (const AuditEntry& e : std::as_const(*trail)) {
        QString from, to;
        if (e.field == QLatin1String("*")) {
            const QJsonObject snapshot = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
            if (!snapshot.contains(statusField))
                continue;
            to = statusText(snapshot.value(statusField).toString());
            from = e.action == QLatin1String("import") ? tr("(imported)") : tr("(created)");
        } else if (e.field == statusField) {
            from = statusText(e.oldValue);
            to = statusText(e.newValue);
        } else {
            continue;
        }
        history += QStringLiteral("<tr><td style=\"white-space: "
                                  "nowrap\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                       .arg(esc(dateTimeText(e.at)), esc(person(e.user)), esc(from), esc(to), esc(e.reason));
    }
    h += section(tr("Status history"));
    if (history.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No status changes recorded.")));
    else
        h += tableOpen + headerRow({tr("When"), tr("By"), tr("From"), tr("To"), tr("Reason")}) + history +
             QStringLiteral("</table>");
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace qms::report
