#include "TextTable.h"

#include <QRegularExpression>
#include <QTextStream>

namespace qms::cli {

void TextTable::addRow(QStringList cells) {
    for (QString& c : cells)
        c = cell(c);
    m_rows.append(std::move(cells));
}

QString TextTable::cell(const QString& text) const {
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    QString t = text;
    t.replace(breaks, QStringLiteral(" "));
    if (m_maxCellWidth > 1 && t.size() > m_maxCellWidth)
        t = t.left(m_maxCellWidth - 1) + QChar(0x2026);
    return t;
}

void TextTable::print(QTextStream& out) const {
    QList<int> widths;
    for (const QString& h : m_header)
        widths << int(h.size());
    for (const QStringList& row : m_rows)
        for (int i = 0; i < row.size(); ++i) {
            if (i >= widths.size())
                widths << 0;
            widths[i] = std::max(widths[i], int(row[i].size()));
        }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) : cells[i];
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    };
    line(m_header);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    line(rule);
    for (const QStringList& row : m_rows)
        line(row);
}

} // namespace qms::cli
