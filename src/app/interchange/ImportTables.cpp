#include "ImportTables.h"

#include "domain/FieldCodec.h"
#include "domain/kinds/RecordTypes.h"
#include "editors/FormHelpers.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHash>
#include <QHeaderView>
#include <QSet>
#include <QTableWidget>

namespace qms::gui {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::gui::ImportDialog)
};

QHash<QString, QString> labelsOf(RecordKind kind) {
    QHash<QString, QString> out;
    for (const ImportTarget& t : ColumnMapping::targets(kind))
        out.insert(t.key, t.label);
    return out;
}

QTableWidgetItem* item(const QString& text) {
    auto* it = new QTableWidgetItem(text);
    it->setFlags(it->flags() & ~Qt::ItemIsEditable);
    return it;
}

const QColor problemColour(255, 214, 214);

template <typename R> bool isEnum(const QString& key) {
    const auto* f = findField<R>(key);
    return f && f->type == FieldType::Enum;
}

// States, types and severities are shown by their label, as everywhere else in the application.
bool isEnumField(RecordKind kind, const QString& key) {
    return visitRecordKind(kind, [&](auto t) { return isEnum<typename decltype(t)::type>(key); });
}

} // namespace

void fillMappingTable(QTableWidget* table, RecordKind kind, const CsvTable& csv, const ColumnMapping& mapping,
                      const std::function<void()>& changed) {
    table->clear();
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels(
        {Tr::tr("Column in the file"), Tr::tr("First value"), Tr::tr("Imported into")});
    table->setRowCount(int(csv.header.size()));
    const QList<ImportTarget> targets = ColumnMapping::targets(kind);
    for (int c = 0; c < csv.header.size(); ++c) {
        table->setItem(c, 0, item(QStringLiteral("%1. %2").arg(c + 1).arg(csv.header[c])));
        const QString sample = csv.rows.isEmpty() ? QString() : csv.rows.first().fields.value(c);
        table->setItem(c, 1, item(sample.left(80).replace(QLatin1Char('\n'), QLatin1Char(' '))));
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(c));
        combo->setAccessibleName(Tr::tr("Field for column %1 (%2)").arg(c + 1).arg(csv.header[c]));
        combo->addItem(Tr::tr("Ignore this column"), QString());
        for (const ImportTarget& t : targets)
            combo->addItem(t.required ? Tr::tr("%1 (required)").arg(t.label) : t.label, t.key);
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.target(c))));
        QObject::connect(combo, &QComboBox::currentIndexChanged, table, [changed] { changed(); });
        table->setCellWidget(c, 2, combo);
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
}

ColumnMapping mappingFromTable(const QTableWidget* table) {
    ColumnMapping m;
    for (int r = 0; r < table->rowCount(); ++r)
        if (const auto* combo = qobject_cast<const QComboBox*>(table->cellWidget(r, 2)))
            m.setTarget(r, combo->currentData().toString());
    return m;
}

void fillPreviewTable(QTableWidget* table, RecordKind kind, const ImportPreview& preview) {
    const QHash<QString, QString> labels = labelsOf(kind);
    table->clear();
    QStringList headers{Tr::tr("Line")};
    for (const QString& key : preview.fields)
        headers << labels.value(key, key);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(preview.rows.size()));
    // Problems by (line, field), to mark the cells they concern.
    QHash<QPair<int, QString>, QStringList> problemsAt;
    QHash<int, QStringList> rowProblems;
    for (const ImportProblem& p : preview.problems) {
        if (p.field.isEmpty())
            rowProblems[p.line] << p.message;
        else
            problemsAt[{p.line, p.field}] << p.message;
    }
    QSet<int> enumColumns;
    for (int c = 0; c < preview.fields.size(); ++c)
        if (isEnumField(kind, preview.fields[c]))
            enumColumns.insert(c);
    for (int r = 0; r < preview.rows.size(); ++r) {
        const ImportPreview::Row& row = preview.rows[r];
        auto* line = item(QString::number(row.line));
        if (rowProblems.contains(row.line)) {
            line->setBackground(problemColour);
            line->setToolTip(rowProblems.value(row.line).join(QLatin1Char('\n')));
        }
        table->setItem(r, 0, line);
        for (int c = 0; c < row.values.size(); ++c) {
            const auto found = problemsAt.constFind({row.line, preview.fields.value(c)});
            const bool bad = found != problemsAt.constEnd();
            auto* cell =
                item(!bad && enumColumns.contains(c) ? enumLabelForKey(row.values[c]) : row.values[c]);
            if (bad) {
                cell->setBackground(problemColour);
                cell->setToolTip(found->join(QLatin1Char('\n')));
            }
            table->setItem(r, c + 1, cell);
        }
    }
    table->verticalHeader()->hide();
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 260));
}

void fillProblemTable(QTableWidget* table, RecordKind kind, const CsvTable& csv,
                      const ImportPreview& preview) {
    const QHash<QString, QString> labels = labelsOf(kind);
    table->clear();
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({Tr::tr("Line"), Tr::tr("Column"), Tr::tr("Field"), Tr::tr("Problem")});
    table->setRowCount(int(preview.problems.size()));
    for (int r = 0; r < preview.problems.size(); ++r) {
        const ImportProblem& p = preview.problems[r];
        table->setItem(r, 0, item(QString::number(p.line)));
        table->setItem(r, 1,
                       item(p.column > 0
                                ? QStringLiteral("%1 (%2)").arg(p.column).arg(csv.header.value(p.column - 1))
                                : QString()));
        table->setItem(r, 2, item(p.field.isEmpty() ? QString() : labels.value(p.field, p.field)));
        auto* message = item(p.message);
        message->setToolTip(p.text);
        table->setItem(r, 3, message);
    }
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
}

} // namespace qms::gui
