#include "HistoryView.h"

#include "domain/Signature.h"
#include "storage/AuditTrail.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qms::gui {
namespace {

enum Column { When, Who, Field, Change, Reason, ColumnCount };

QString shown(const QString& v) {
    return v.isEmpty() ? QObject::tr("(empty)") : v;
}

QString oneLine(const QString& v) {
    QString s = v;
    s.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return s.size() > 120 ? s.left(117) + QStringLiteral("…") : s;
}

} // namespace

HistoryView::HistoryView(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_note(new QLabel(this)) {
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Change"), tr("Reason")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(When, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Who, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Field, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Change, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Reason, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(Reason, 200);
    m_note->setWordWrap(true);
    m_note->setText(tr("Every change to this record, newest first. Entries cannot be edited or removed."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_tree, 1);
}

void HistoryView::setEntries(const QList<AuditEntry>& entries,
                             const std::function<QString(const QString&)>& fieldLabel,
                             const std::function<QString(const QString&, const QString&)>& displayValue,
                             const QHash<QString, QString>& displayNames) {
    m_tree->clear();
    QList<QTreeWidgetItem*> items;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const AuditEntry& e = *it;
        auto* item = new QTreeWidgetItem;
        const QDateTime local = e.at.toLocalTime();
        item->setText(When, QLocale().toString(local, QLocale::ShortFormat));
        item->setToolTip(When, e.at.toUTC().toString(Qt::ISODate));
        item->setText(Who, displayNames.value(e.user, e.user));
        item->setToolTip(Who, e.user);
        const bool snapshot = e.field == QLatin1String("*");
        const auto signature =
            e.action == QLatin1String("signature") ? Signature::fromJson(e.newValue) : std::nullopt;
        if (signature) {
            // An electronic signature: who signed, and what it means, in words.
            item->setText(Field, tr("Signature"));
            item->setText(Change, tr("%1 — signed by %2 (%3)")
                                      .arg(signatureMeaningLabel(signature->meaning), signature->printedName,
                                           signature->userName));
            item->setToolTip(Change, tr("Electronic signature, audit entry %1, %2 UTC")
                                         .arg(e.seq)
                                         .arg(e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
            QFont bold = item->font(Change);
            bold.setBold(true);
            item->setFont(Change, bold);
        } else if (snapshot) {
            item->setText(Field, QString());
            item->setText(Change, e.action == QLatin1String("import") ? tr("imported") : tr("created"));
        } else {
            const QString oldValue = displayValue(e.field, e.oldValue);
            const QString newValue = displayValue(e.field, e.newValue);
            item->setText(Field, fieldLabel(e.field));
            item->setText(Change,
                          QStringLiteral("%1 → %2").arg(oneLine(shown(oldValue)), oneLine(shown(newValue))));
            item->setToolTip(Change, tr("Before:\n%1\n\nAfter:\n%2").arg(shown(oldValue), shown(newValue)));
        }
        item->setText(Reason, oneLine(e.reason));
        item->setToolTip(Reason, e.reason);
        items.append(item);
    }
    m_tree->addTopLevelItems(items);
}

void HistoryView::setError(const QString& message) {
    m_tree->clear();
    m_note->setText(message);
}

} // namespace qms::gui
