// Table fields (FieldType::Table): the stored text of rows of declared cells, and its checks.

#include "FieldCodec.h"
#include "kinds/FieldSetters.h"

#include <QCoreApplication>

namespace qms {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::Codec)
};

QString escapeCell(const QString& cell) {
    QString out;
    out.reserve(cell.size());
    for (const QChar c : cell) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('|'))
            out += QStringLiteral("\\|");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QStringList parseRow(const QString& line) {
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            const QChar next = line.at(++i);
            cell += next == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : next;
        } else if (c == QLatin1Char('|')) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell.trimmed();
    return cells;
}

bool isClause(const QString& text) {
    QStringList clauses;
    return fields::setClauses(clauses, text).isEmpty() && clauses.size() == 1;
}

} // namespace

namespace codec {

QString table(const QList<QStringList>& rows) {
    QStringList lines;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells << escapeCell(cell);
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines.join(QLatin1Char('\n'));
}

QList<QStringList> parseTable(const QString& text) {
    QList<QStringList> rows;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            rows << parseRow(line);
    return rows;
}

} // namespace codec

int TableDecl::column(const char* key) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (qstrcmp(columns[i].key, key) == 0)
            return int(i);
    return -1;
}

QString TableDecl::check(QList<QStringList>& rows) const {
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList& row = rows[r];
        if (row.size() > qsizetype(columns.size())) {
            // Extra cells are kept only when empty (a trailing bar typed by hand).
            for (qsizetype i = qsizetype(columns.size()); i < row.size(); ++i)
                if (!row[i].isEmpty())
                    return Tr::tr("row %1 has %2 cells; this table has %3")
                        .arg(r + 1)
                        .arg(row.size())
                        .arg(columns.size());
            row = row.mid(0, qsizetype(columns.size()));
        }
        while (row.size() < qsizetype(columns.size()))
            row << QString();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const TableColumnDecl& col = columns[c];
            QString& cell = row[qsizetype(c)];
            const auto problem = [&](const QString& what) {
                return Tr::tr("row %1, %2: %3").arg(r + 1).arg(translateFieldLabel(col.label), what);
            };
            if (cell.isEmpty())
                continue;
            switch (col.type) {
            case CellType::Text:
            case CellType::LongText:
                break;
            case CellType::Date: {
                QDate d;
                if (const QString e = fields::setDate(d, cell); !e.isEmpty())
                    return problem(e);
                cell = codec::date(d);
                break;
            }
            case CellType::Enum: {
                const QStringList keys = col.choices ? col.choices() : QStringList();
                const QString wanted = normaliseEnumText(cell);
                QString found;
                for (const QString& k : keys)
                    if (wanted == k || (col.choiceLabel && wanted == normaliseEnumText(col.choiceLabel(k))) ||
                        wanted == normaliseEnumText(enumLabelForKey(k)))
                        found = k;
                if (found.isEmpty())
                    return problem(fields::enumUnknown(cell, keys.join(QStringLiteral(", "))));
                cell = found;
                break;
            }
            case CellType::Clause:
                if (!isClause(cell))
                    return problem(Tr::tr("\"%1\" is not a clause number such as 8.5.1").arg(cell));
                break;
            case CellType::RecordId: {
                QString id;
                if (const QString e = fields::setOneId(id, cell, col.kind); !e.isEmpty())
                    return problem(e);
                cell = id;
                break;
            }
            }
        }
    }
    return {};
}

QStringList TableDecl::lines(const QString& text) const {
    QStringList out;
    for (const QStringList& row : codec::parseTable(text)) {
        QStringList parts;
        for (std::size_t c = 0; c < columns.size() && qsizetype(c) < row.size(); ++c) {
            const QString& cell = row[qsizetype(c)];
            if (cell.isEmpty())
                continue;
            const TableColumnDecl& col = columns[c];
            const QString shown = col.type == CellType::Enum
                                      ? (col.choiceLabel ? col.choiceLabel(cell) : enumLabelForKey(cell))
                                      : QString(cell).replace(QLatin1Char('\n'), QLatin1Char(' '));
            parts << QStringLiteral("%1: %2").arg(translateFieldLabel(col.label), shown);
        }
        out << parts.join(QStringLiteral(" \u00b7 "));
    }
    return out;
}

} // namespace qms
