#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

namespace qms::cli {

// A plain-text table with columns aligned by padding, for terminal output. Line breaks inside a
// cell become spaces and long cells are cut with an ellipsis, so one record stays on one line.
class TextTable final {
public:
    explicit TextTable(QStringList header, int maxCellWidth = 60)
        : m_header(std::move(header))
        , m_maxCellWidth(maxCellWidth) {}

    void addRow(QStringList cells);
    int rowCount() const { return int(m_rows.size()); }
    void print(QTextStream& out) const;

private:
    QString cell(const QString& text) const;

    QStringList m_header;
    QList<QStringList> m_rows;
    int m_maxCellWidth;
};

} // namespace qms::cli
