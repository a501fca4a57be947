// The register of one kind in the audit pack, laid out by the kind's declaration (`KindDecl::pack`).

#include "PackData.h"
#include "PackDataCollector.h"
#include "PackFormat.h"
#include "PackStyle.h"
#include "Sections.h"
#include "domain/kinds/KindRules.h"

#include <QCoreApplication>

namespace qms::report {
namespace {

constexpr const char* Context = "qms::report::Sections";

// Declared texts are marked for this context where they are declared (QT_TRANSLATE_NOOP).
QString translated(const char* text) {
    return QCoreApplication::translate(Context, text);
}

using Cell = DocBuilder::Cell;

// Without a pack layout of its own a kind prints the id and its register's plain field columns,
// the title twice as wide as the others.
QList<PackColumnDecl> packColumns(const KindDecl& decl) {
    if (!decl.pack.columns.empty())
        return {decl.pack.columns.begin(), decl.pack.columns.end()};
    QList<PackColumnDecl> out;
    for (const ColumnDecl& c : decl.columns) {
        if (c.type == ColumnType::Id)
            out.append({c.label, 1, c.key, PackCell::Id});
        else if (c.compute == ColumnCompute::Overdue)
            out.append({c.label, 1, nullptr, PackCell::Overdue});
        else if (c.compute == ColumnCompute::Field)
            out.append({c.label, qstrcmp(c.key, decl.titleField) == 0 ? 2.0 : 1.0, c.key});
        else if (c.compute == ColumnCompute::LinkList)
            out.append({c.label, 1, c.a});
    }
    return out;
}

// The widths in percent of the table, in the proportions declared.
QList<qreal> percentages(const QList<PackColumnDecl>& columns) {
    qreal total = 0;
    for (const auto& c : columns)
        total += c.width;
    QList<qreal> out;
    for (const auto& c : columns)
        out.append(total > 0 ? 100.0 * c.width / total : 0);
    return out;
}

QString kpiLines(const QString& text) {
    QStringList lines;
    for (const Kpi& k : codec::parseKpis(text, nullptr).value_or(QList<Kpi>{}))
        lines << (k.target.isEmpty() ? k.name
                                     : translated(QT_TRANSLATE_NOOP("qms::report::Sections", "%1: %2 %3"))
                                           .arg(k.name, k.target, k.unit)
                                           .trimmed());
    return lines.join(QLatin1Char('\n'));
}

// The stored text of field `f` as a person reads it on paper; empty without a field.
template <typename R> QString printed(const R& record, const FieldDef<R>* f) {
    if (!f)
        return {};
    const KindDecl& decl = declOf<R>();
    const QString raw = f->get(record);
    if (qstrcmp(f->key, decl.statusField) == 0)
        return raw.isEmpty() ? QString() : decl.stateLabel(raw);
    switch (f->type) {
    case FieldType::Enum:
        return enumLabelForKey(raw);
    case FieldType::DateTime: {
        const QDateTime t = QDateTime::fromString(raw, Qt::ISODate);
        return t.isValid() ? fmt::date(t.toLocalTime().date()) : QString();
    }
    case FieldType::IdList:
    case FieldType::ClauseList:
        return codec::parseList(raw).join(QStringLiteral(", "));
    case FieldType::Kpis:
        return kpiLines(raw);
    case FieldType::ItemStates:
        return itemStateLines(raw, f->choiceLabel).join(QLatin1Char('\n'));
    case FieldType::Bool:
        return raw.isEmpty()                 ? QString()
               : raw == QLatin1String("yes") ? translated(QT_TRANSLATE_NOOP("qms::report::Sections", "Yes"))
                                             : translated(QT_TRANSLATE_NOOP("qms::report::Sections", "No"));
    default:
        return raw;
    }
}

// The field a column names, looked up once per section rather than once per cell.
template <typename R> const FieldDef<R>* fieldNamed(const char* key) {
    return key ? findField<R>(QString::fromLatin1(key)) : nullptr;
}

template <typename R> class KindRegisterSection final : public TableSection {
public:
    explicit KindRegisterSection(const PackContext& ctx)
        : TableSection(ctx)
        , m_decl(declOf<R>())
        , m_columns(packColumns(m_decl)) {
        if (m_decl.overdueRule && !m_decl.overdueVia)
            m_overdue = m_decl.dueRule(QString::fromLatin1(m_decl.overdueRule));
        for (const auto& c : m_columns) {
            m_pageRefs = m_pageRefs || c.cell == PackCell::DetailPage;
            m_fields.append(ColumnFields{fieldNamed<R>(c.field), fieldNamed<R>(c.second)});
        }
    }

    QString key() const override {
        return QString::fromLatin1(m_decl.pack.key ? m_decl.pack.key : m_decl.key);
    }
    QString contentsTitle() const override {
        return m_decl.pack.title ? translated(m_decl.pack.title) : m_decl.pluralLabelText();
    }
    bool usesPageRefs() const override { return m_pageRefs; }

protected:
    int rowCount() const override { return int(ids().size()); }
    QString intro() const override {
        const PackData& d = m_ctx.data;
        if (m_decl.pack.introLimited && d.detailsLimited())
            return translated(m_decl.pack.introLimited)
                .arg(d.detailNcs.size())
                .arg(ids().size())
                .arg(d.scope.detailBudget);
        return m_decl.pack.intro ? translated(m_decl.pack.intro) : QString();
    }
    QList<qreal> widths() const override { return percentages(m_columns); }
    QStringList headers() const override {
        QStringList out;
        for (const auto& c : m_columns)
            out << translated(c.header);
        return out;
    }
    Result<QList<DocBuilder::Row>> rows(int first, int count, const PageRefs& refs) const override {
        auto records = m_ctx.collector.records().template load<R>(ids().mid(first, count));
        if (!records)
            return records.error();
        QList<DocBuilder::Row> out;
        out.reserve(records->size());
        for (const R& r : std::as_const(*records))
            out.append(row(r, refs));
        return out;
    }

private:
    const QStringList& ids() const { return m_ctx.data.ids(kindOf<R>); }

    DocBuilder::Row row(const R& r, const PageRefs& refs) const {
        DocBuilder::Row out;
        out.reserve(m_columns.size());
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            out.append(cell(m_columns[i], m_fields[i], r, refs));
        return out;
    }

    struct ColumnFields {
        const FieldDef<R>* main;
        const FieldDef<R>* second;
    };

    Cell cell(const PackColumnDecl& c, const ColumnFields& f, const R& r, const PageRefs& refs) const {
        switch (c.cell) {
        case PackCell::Id: {
            Cell id(r.meta.id);
            id.bold = true;
            return id;
        }
        case PackCell::Overdue: {
            const bool on = m_overdue && isOverdueBy(r, *m_overdue, m_ctx.data.today);
            Cell flag(on ? translated(QT_TRANSLATE_NOOP("qms::report::Sections", "OVERDUE")) : QString());
            flag.bold = true;
            flag.color = style::alert();
            if (on)
                flag.fill = style::gapFill();
            return flag;
        }
        case PackCell::DetailPage: {
            // Outside the detail budget a record has no detail page: a dash, never a wrong number.
            const QString key = QString::fromLatin1(m_decl.prefix).toLower() + QLatin1Char(':') + r.meta.id;
            return Cell(refs.final && !refs.pages.contains(key) ? fmt::orDash({}) : refs.page(key));
        }
        case PackCell::Text:
            break;
        }
        const QString text = printed(r, f.main);
        Cell out(fmt::orDash(text));
        if (c.alertValue && f.main && f.main->get(r) == QLatin1String(c.alertValue)) {
            out.bold = true;
            out.color = style::alert();
        }
        out.secondLine = secondLine(c, f, r, text);
        return out;
    }

    QString secondLine(const PackColumnDecl& c, const ColumnFields& f, const R& r,
                       const QString& main) const {
        if (!f.second)
            return {};
        QString text;
        switch (c.secondWhen) {
        case PackSecondLine::Always:
            text = main.trimmed().isEmpty() ? QString() : printed(r, f.second);
            break;
        case PackSecondLine::WhenDiffers:
            if (f.second->get(r) != (f.main ? f.main->get(r) : QString()))
                text = printed(r, f.second);
            break;
        case PackSecondLine::WhenWithdrawn: {
            const StateDecl* s = m_decl.state(stateOf(r));
            if (s && s->withdrawn)
                text = inSentence(m_decl.stateLabel(QString::fromLatin1(s->key)));
            break;
        }
        }
        if (text.trimmed().isEmpty())
            return {};
        return c.secondFormat ? translated(c.secondFormat).arg(text) : text;
    }

    const KindDecl& m_decl;
    QList<PackColumnDecl> m_columns;
    QList<ColumnFields> m_fields; // per column
    const DueRule* m_overdue = nullptr;
    bool m_pageRefs = false;
};

} // namespace

template <typename R> std::unique_ptr<PackSection> registerSection(const PackContext& ctx) {
    return std::make_unique<KindRegisterSection<R>>(ctx);
}

#define QMS_INSTANTIATE(R) template std::unique_ptr<PackSection> registerSection<R>(const PackContext&);
QMS_FOR_EACH_RECORD_TYPE(QMS_INSTANTIATE)
#undef QMS_INSTANTIATE

} // namespace qms::report
