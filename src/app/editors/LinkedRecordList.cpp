#include "LinkedRecordList.h"

#include "EditorPrompts.h"
#include "RecordLookup.h"
#include "storage/RecordChanges.h"
#include "storage/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace qms::gui {

LinkedRecordList::LinkedRecordList(Workspace& ws, RecordKind kind, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_kind(kind)
    , m_heading(new QLabel(title, this))
    , m_rows(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_rows))
    , m_add(new QPushButton(tr("Link…"), this))
    , m_buttonRow(new QWidget(this)) {
    m_heading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_heading->setVisible(!title.isEmpty());
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    m_add->setObjectName(QStringLiteral("link_%1").arg(recordKindKey(kind)));
    m_add->setToolTip(tr("Link an existing %1").arg(inSentence(recordKindLabel(kind))));
    auto* buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4); // room for the red frame of a problem
    layout->addWidget(m_heading);
    layout->addWidget(m_rows);
    layout->addWidget(m_buttonRow);
    connect(m_add, &QPushButton::clicked, this, &LinkedRecordList::pickAndAdd);
    // A linked record's title or state changed elsewhere: show it (the list of ids stays).
    connect(&ws.changes(), &RecordChanges::changed, this, [this](const ChangeSet& changes) {
        if (std::any_of(m_ids.cbegin(), m_ids.cend(),
                        [&](const QString& id) { return changes.touchesRecord(id); }))
            rebuild();
    });
    rebuild();
}

void LinkedRecordList::setIds(const QStringList& ids) {
    m_ids = ids;
    rebuild();
}

void LinkedRecordList::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_buttonRow->setVisible(!readOnly);
    rebuild();
}

void LinkedRecordList::addButton(QPushButton* button) {
    auto* layout = static_cast<QHBoxLayout*>(m_buttonRow->layout());
    layout->insertWidget(layout->count() - 1, button);
}

void LinkedRecordList::addId(const QString& id) {
    if (id.isEmpty() || m_ids.contains(id) || id == m_ownId)
        return;
    m_ids.append(id);
    rebuild();
    Q_EMIT changed();
}

void LinkedRecordList::removeId(const QString& id) {
    if (m_ids.removeAll(id) == 0)
        return;
    rebuild();
    Q_EMIT changed();
}

void LinkedRecordList::rebuild() {
    while (QLayoutItem* item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_ids.isEmpty()) {
        auto* none = new QLabel(tr("None linked."), m_rows);
        none->setEnabled(false);
        m_rowsLayout->addWidget(none);
        return;
    }
    for (const QString& id : std::as_const(m_ids)) {
        const RecordRef ref = findRecordRef(m_ws, id);
        auto* row = new QWidget(m_rows);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto* link = new QLabel(QStringLiteral("<a href=\"%1\">%1</a>").arg(id.toHtmlEscaped()), row);
        link->setObjectName(QStringLiteral("open_%1").arg(id));
        link->setToolTip(tr("Open %1").arg(id));
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(link, &QLabel::linkActivated, this, &LinkedRecordList::openRequested);
        auto* text = new QLabel(
            ref.status.isEmpty() ? ref.title : QStringLiteral("%1 (%2)").arg(ref.title, ref.status), row);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        h->addWidget(link);
        h->addWidget(text, 1);
        if (!m_readOnly) {
            auto* remove = new QToolButton(row);
            remove->setObjectName(QStringLiteral("unlink_%1").arg(id));
            remove->setText(tr("Remove"));
            remove->setToolTip(tr("Remove the link to %1 (the record itself stays)").arg(id));
            connect(remove, &QToolButton::clicked, this, [this, id] { removeId(id); });
            h->addWidget(remove);
        }
        m_rowsLayout->addWidget(row);
    }
}

void LinkedRecordList::pickAndAdd() {
    auto refs = listRecordRefs(m_ws, m_kind);
    if (!refs) {
        EditorPrompts::warn(this, tr("Link"), refs.error().describe());
        return;
    }
    QList<EditorPrompts::PickItem> items;
    for (const RecordRef& r : *refs)
        if (!m_ids.contains(r.id) && r.id != m_ownId)
            items.append({r.id, r.display()});
    const auto picked =
        EditorPrompts::pickRecord(this, tr("Link %1").arg(inSentence(recordKindLabel(m_kind))), items);
    if (picked)
        addId(*picked);
}

} // namespace qms::gui
