#include "ReminderDialog.h"

#include "shell/AppSettings.h"
#include "shell/Icons.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qms::gui {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

enum Column { IdColumn, TitleColumn, OwnerColumn, DueColumn, ColumnCount };

} // namespace

ReminderDialog::ReminderDialog(const Reminders& r, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Reminders"));
    setObjectName(QStringLiteral("reminderDialog"));
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    const QString today = QLocale().toString(r.today, QLocale::LongFormat);
    const QString until = QLocale().toString(r.today.addDays(r.horizonDays), QLocale::ShortFormat);
    if (r.isEmpty())
        m_summary->setText(tr("Nothing is overdue or due by %1 (today is %2).").arg(until, today));
    else if (r.total() == 1)
        m_summary->setText(tr("One record needs attention as of today, %1. Click it to open it.").arg(today));
    else
        m_summary->setText(tr("%1 records need attention as of today, %2. Click one to open it.")
                               .arg(QLocale().toString(r.total()), today));
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("reminderTree"));
    m_tree->setAccessibleName(tr("Reminders"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Record"), tr("Title"), tr("Owner"), tr("Due")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->setMinimumSize(640, 300);
    for (const ReminderGroup& group : r.groups) {
        // The heading and the date's wording come from the kind's due rule.
        QString title = QCoreApplication::translate("qms::Kind", group.rule->reminder);
        if (!group.rule->remindOnlyWhenOverdue)
            title = title.arg(until);
        const QString dateLabel = group.rule->reminderDate
                                      ? QCoreApplication::translate("qms::Kind", group.rule->reminderDate)
                                      : QStringLiteral("%1");
        addGroup(title, group, r.today, dateLabel);
    }
    m_tree->expandAll();
    for (int c = 0; c < ColumnCount; ++c)
        if (c != TitleColumn)
            m_tree->resizeColumnToContents(c);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) { activate(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { activate(item); });
    layout->addWidget(m_tree, 1);

    m_dontShow = new QCheckBox(tr("&Don't show at open"));
    m_dontShow->setObjectName(QStringLiteral("dontShowAtOpen"));
    m_dontShow->setChecked(!AppSettings().showRemindersAtOpen());
    m_dontShow->setToolTip(tr("Reminders stay available under Tools → Reminders, and in Preferences"));
    connect(m_dontShow, &QCheckBox::toggled, this,
            [](bool dontShow) { AppSettings().setShowRemindersAtOpen(!dontShow); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_dontShow);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(940, 460);
}

void ReminderDialog::addGroup(const QString& title, const ReminderGroup& group, const QDate& today,
                              const QString& dateLabel) {
    if (group.total == 0)
        return;
    auto* header = new QTreeWidgetItem(m_tree);
    header->setText(
        IdColumn, group.total > group.items.size()
                      ? tr("%1 (%2, the first %3 shown)").arg(title).arg(group.total).arg(group.items.size())
                      : tr("%1 (%2)").arg(title).arg(group.total));
    header->setFirstColumnSpanned(true);
    QFont bold = header->font(IdColumn);
    bold.setBold(true);
    header->setFont(IdColumn, bold);
    header->setFlags(Qt::ItemIsEnabled);
    const QLocale locale;
    for (const ReminderItem& item : group.items) {
        auto* row = new QTreeWidgetItem(header);
        row->setData(IdColumn, IdRole, item.id);
        row->setText(IdColumn, item.id);
        row->setText(TitleColumn, item.title);
        row->setText(OwnerColumn, item.owner);
        const QString date = dateLabel.arg(locale.toString(item.due, QLocale::ShortFormat));
        if (item.overdue) {
            const qint64 days = item.due.daysTo(today);
            row->setText(DueColumn, days == 1 ? tr("%1 — 1 day overdue").arg(date)
                                              : tr("%1 — %2 days overdue").arg(date, locale.toString(days)));
            row->setForeground(DueColumn, QColor(0xc6, 0x28, 0x28));
            row->setIcon(IdColumn, icon(QStringLiteral("overdue")));
        } else {
            row->setText(DueColumn, date);
        }
        row->setToolTip(IdColumn, tr("Open %1").arg(item.id));
    }
}

void ReminderDialog::activate(QTreeWidgetItem* item) {
    const QString id = item ? item->data(IdColumn, IdRole).toString() : QString();
    if (!id.isEmpty())
        Q_EMIT openRecord(id);
}

QStringList ReminderDialog::listedIds() const {
    QStringList out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* header = m_tree->topLevelItem(g);
        for (int i = 0; i < header->childCount(); ++i)
            out << header->child(i)->data(IdColumn, IdRole).toString();
    }
    return out;
}

} // namespace qms::gui
