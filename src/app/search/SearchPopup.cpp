#include "SearchPopup.h"

#include "domain/kinds/KindDeclaration.h"
#include "shell/Icons.h"
#include "storage/SearchIndex.h"
#include "storage/Workspace.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace qms::gui {
namespace {

// The kinds in the order their groups are listed (KindDecl::searchOrder).
QList<const KindDecl*> groupOrder() {
    QList<const KindDecl*> out(kindDecls().begin(), kindDecls().end());
    std::stable_sort(out.begin(), out.end(),
                     [](const KindDecl* a, const KindDecl* b) { return a->searchOrder < b->searchOrder; });
    return out;
}

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

SearchPopup::SearchPopup(Workspace& ws, QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_ws(ws) {
    setObjectName(QStringLiteral("searchPopup"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_edit = new QLineEdit;
    m_edit->setPlaceholderText(tr("Search all records: words, or an ID such as NC-0042"));
    m_edit->setAccessibleName(tr("Search all records"));
    m_edit->addAction(icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_edit->setClearButtonEnabled(true);
    layout->addWidget(m_edit);
    m_results = new QTreeWidget;
    m_results->setAccessibleName(tr("Search results"));
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("ID"), tr("Title"), tr("Match")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setIndentation(8);
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(0, 110);
    m_results->setColumnWidth(1, 300);
    layout->addWidget(m_results, 1);
    m_hint = new QLabel(tr("↑↓ to choose, Enter to open, Esc to close"));
    m_hint->setEnabled(false);
    layout->addWidget(m_hint);
    resize(760, 440);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SearchPopup::runSearch);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { activate(item); });
    m_edit->installEventFilter(this);
}

void SearchPopup::popup(QWidget* anchor) {
    const QRect r = anchor->rect();
    const QPoint topCentre = anchor->mapToGlobal(QPoint(r.center().x(), r.top() + 60));
    move(topCentre.x() - width() / 2, topCentre.y());
    show();
    raise();
    m_edit->setFocus();
    m_edit->selectAll();
}

int SearchPopup::resultCount() const {
    int n = 0;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i)
        n += m_results->topLevelItem(i)->childCount();
    return n;
}

void SearchPopup::runSearch() {
    m_debounce->stop();
    m_results->clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_hint->setText(tr("↑↓ to choose, Enter to open, Esc to close"));
        return;
    }
    auto hits = m_ws.search().search(text, 60);
    if (!hits) {
        m_hint->setText(tr("Search failed: %1").arg(hits.error().describe()));
        return;
    }
    // Group in a fixed order; within a group the index's rank order stays.
    QMap<int, QList<SearchHit>> groups;
    for (const SearchHit& h : *hits)
        groups[int(h.kind)].append(h);
    QFont headerFont = m_results->font();
    headerFont.setBold(true);
    for (const KindDecl* decl : groupOrder()) {
        const auto list = groups.value(int(decl->kind));
        if (list.isEmpty())
            continue;
        auto* header =
            new QTreeWidgetItem(m_results, {tr("%1 (%2)").arg(decl->pluralLabelText()).arg(list.size())});
        header->setFirstColumnSpanned(true);
        header->setFlags(Qt::ItemIsEnabled);
        header->setFont(0, headerFont);
        header->setIcon(0, icon(QString::fromLatin1(decl->icon)));
        for (const SearchHit& h : list) {
            QString snippet = h.snippet;
            snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
            auto* item = new QTreeWidgetItem(header, {h.id, h.title, snippet});
            item->setData(0, IdRole, h.id);
            item->setToolTip(1, h.title);
            item->setToolTip(2, snippet);
        }
    }
    m_results->expandAll();
    const int n = resultCount();
    m_hint->setText(n == 0 ? tr("No records match \"%1\".").arg(text)
                           : tr("%n record(s) found. ↑↓ to choose, Enter to open, Esc to close", nullptr, n));
    if (QTreeWidgetItem* first = firstResult())
        m_results->setCurrentItem(first);
}

QTreeWidgetItem* SearchPopup::firstResult() const {
    for (int i = 0; i < m_results->topLevelItemCount(); ++i)
        if (m_results->topLevelItem(i)->childCount() > 0)
            return m_results->topLevelItem(i)->child(0);
    return nullptr;
}

void SearchPopup::activate(QTreeWidgetItem* item) {
    const QString id = item ? item->data(0, IdRole).toString() : QString();
    if (id.isEmpty())
        return;
    hide();
    Q_EMIT openRecord(id);
}

bool SearchPopup::eventFilter(QObject* watched, QEvent* event) {
    // Arrow keys and Enter in the line edit drive the result list, so typing never stops.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp: {
            if (m_debounce->isActive())
                runSearch();
            QTreeWidgetItem* current = m_results->currentItem();
            QTreeWidgetItem* next = current;
            const bool down = key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown;
            do {
                next =
                    next ? (down ? m_results->itemBelow(next) : m_results->itemAbove(next)) : firstResult();
            } while (next && next->data(0, IdRole).toString().isEmpty());
            if (next)
                m_results->setCurrentItem(next);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_debounce->isActive())
                runSearch();
            activate(m_results->currentItem());
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace qms::gui
