#include "RegisterView.h"

#include "FilterBar.h"
#include "RegisterModel.h"
#include "StatusChipDelegate.h"
#include "domain/kinds/KindRules.h"
#include "shell/AppSettings.h"
#include "shell/Icons.h"
#include "shell/Theme.h"
#include "storage/RecordChanges.h"
#include "storage/Workspace.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace qms::gui {
namespace {

bool isReference(const KindDecl& decl, const QString& key) {
    for (const RefDecl& r : decl.refs)
        if (key == QLatin1String(r.field))
            return true;
    return false;
}

} // namespace

RegisterView::RegisterView(Workspace& ws, RecordKind kind, QWidget* parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_kind(kind) {
    setObjectName(QStringLiteral("register_") + recordKindKey(kind));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* title = new QLabel(recordKindPluralLabel(kind));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_titleRow = new QHBoxLayout;
    m_titleRow->setContentsMargins(0, 0, 0, 0);
    m_titleRow->addWidget(title);
    m_titleRow->addStretch(1);
    layout->addLayout(m_titleRow);

    // The table page: filter bar, error line, table; alternate views go beside it in the stack.
    auto* tablePage = new QWidget;
    auto* tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(6);
    m_stack = new QStackedWidget;
    m_stack->addWidget(tablePage);
    layout->addWidget(m_stack, 1);

    m_filterBar = new FilterBar(kind);
    tableLayout->addWidget(m_filterBar);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setStyleSheet(bannerStyleSheet(Tone::Error));
    tableLayout->addWidget(m_error);

    m_model = new RegisterModel(ws, kind, this, RegisterModel::FirstRead::Deferred);
    m_table = new QTableView;
    m_table->setAccessibleName(recordKindPluralLabel(kind));
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new StatusChipDelegate(kind, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Click to sort; right-click to choose columns"));
    m_table->setSortingEnabled(true);
    tableLayout->addWidget(m_table, 1);
    setFocusProxy(m_table);
    m_table->viewport()->installEventFilter(this);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &RegisterView::saveLayout);

    restoreLayout();

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = m_model->idAt(index.row());
        if (!id.isEmpty())
            Q_EMIT openRecordRequested(id);
    });
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &RegisterView::showColumnMenu);
    for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(m_table->horizontalHeader(), signal, m_saveTimer, qOverload<>(&QTimer::start));
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_saveTimer,
            qOverload<>(&QTimer::start));
    connect(m_filterBar, &FilterBar::filterChanged, this, &RegisterView::applyFilter);
    connect(m_model, &RegisterModel::countsChanged, m_filterBar, &FilterBar::setCounts);
    connect(m_model, &RegisterModel::errorOccurred, this, [this](const QString& message) {
        m_error->setText(tr("The register could not be read: %1").arg(message));
        m_error->setVisible(true);
    });
    m_shownKinds = {kind};
    const KindDecl& decl = kindDecl(kind);
    if (decl.overdueVia)
        if (const LinkDecl* via = decl.link(QString::fromLatin1(decl.overdueVia)))
            m_shownKinds << via->other;
    connect(&ws.changes(), &RecordChanges::changed, this, &RegisterView::applyChanges);
    // Sorting was switched on and the layout restored above: read the first page once, now.
    m_model->releaseReads();
    m_filterBar->setCounts(m_model->filteredCount(), m_model->totalCount());
    setTabOrder(m_filterBar->searchEdit(), m_table);
}

RegisterView::~RegisterView() {
    if (m_saveTimer->isActive())
        saveLayout();
}

void RegisterView::restoreLayout() {
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray state = AppSettings().registerHeaderState(m_kind);
    m_needsInitialLayout =
        state.isEmpty() || !header->restoreState(state) || header->count() != m_model->columnCount();
    if (m_needsInitialLayout)
        m_table->sortByColumn(0, Qt::DescendingOrder); // newest records first
}

int RegisterView::naturalColumnWidth(int column) const {
    // From the longest value a column can hold, not from the rows loaded so far: a lazily
    // filled table would otherwise size "Status" by whichever statuses happen to be on top.
    const QFontMetrics fm(m_table->font());
    const RegisterColumn& col = m_model->columns().at(column);
    int width = fm.horizontalAdvance(col.label) + 24; // sort indicator
    auto longest = [&](const QStringList& texts) {
        int w = 0;
        for (const QString& t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w;
    };
    const int chipExtra = 2 * 8 + 14;
    QStringList labels;
    switch (col.type) {
    case ColumnType::Id:
        width = std::max(width, fm.horizontalAdvance(QStringLiteral("DOC-00000")) + 16);
        break;
    case ColumnType::Text:
        if (col.key == QLatin1String(kindDecl(m_kind).titleField))
            width = std::max(width, 300);
        else if (isReference(kindDecl(m_kind), col.key)) // an id of another record
            width = std::max(width, fm.horizontalAdvance(QStringLiteral("PRC-0000")) + 16);
        else
            width = std::max(width, 90);
        break;
    case ColumnType::Status:
        for (const auto& choice : RegisterQuery::statusChoices(m_kind))
            labels << choice.second;
        width = std::max(width, longest(labels) + chipExtra);
        break;
    case ColumnType::Enum: {
        bool chips = false;
        for (const QString& key : fieldChoices(m_kind, col.key)) {
            labels << enumLabelForKey(key);
            chips = chips || StatusChipDelegate::chipColour(m_kind, int(col.type), key).isValid();
        }
        // Chips need their padding; long plain labels are cut at 140 px (the tooltip has them whole).
        width = std::max(width, chips ? longest(labels) + chipExtra : std::min(longest(labels) + 16, 140));
        break;
    }
    case ColumnType::Date:
        width = std::max(width, fm.horizontalAdvance(QStringLiteral("2026-12-31")) + 16);
        break;
    case ColumnType::Flag:
        width = std::max(width,
                         fm.horizontalAdvance(RegisterQuery::displayText(col.type, m_kind, 1)) + chipExtra);
        break;
    case ColumnType::Count:
    case ColumnType::YesNo:
        break;
    }
    return width;
}

void RegisterView::applyInitialLayout() {
    const KindDecl& decl = kindDecl(m_kind);
    QHeaderView* header = m_table->horizontalHeader();
    int total = 0;
    int titleColumn = -1;
    for (int c = 0; c < header->count(); ++c) {
        const int w = naturalColumnWidth(c);
        header->resizeSection(c, w);
        // Columns the kind leaves out at first are one click away in the column chooser.
        const QString key = m_model->columns().at(c).key;
        const int declared = decl.columnIndex(key);
        const bool hidden = declared >= 0 && decl.columns[declared].hiddenAtFirst;
        header->setSectionHidden(c, hidden);
        if (!hidden)
            total += w;
        if (key == QLatin1String(decl.titleField))
            titleColumn = c;
    }
    // The title takes what is left (or gives some back) so the row fits the window when it can.
    const int available = m_table->viewport()->width();
    if (titleColumn >= 0 && available > 0) {
        const int title = header->sectionSize(titleColumn) + (available - total);
        header->resizeSection(titleColumn, std::clamp(title, 180, 600));
    }
    m_needsInitialLayout = false;
}

void RegisterView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_needsInitialLayout)
        applyInitialLayout();
}

bool RegisterView::eventFilter(QObject* watched, QEvent* event) {
    // The owner list scans the whole table (100,000 rows for a big NC register): read it once the
    // table has painted its first rows, and only for registers that are ever shown.
    if (event->type() == QEvent::Paint && !m_ownersLoaded && watched == m_table->viewport()) {
        m_ownersLoaded = true;
        QTimer::singleShot(0, this, &RegisterView::loadOwners);
    }
    return QWidget::eventFilter(watched, event);
}

void RegisterView::loadOwners() {
    m_ownersLoaded = true;
    if (auto owners = RegisterQuery(m_ws, m_kind).owners())
        m_filterBar->setOwners(*owners);
}

void RegisterView::saveLayout() const {
    m_saveTimer->stop();
    AppSettings().setRegisterHeaderState(m_kind, m_table->horizontalHeader()->saveState());
}

void RegisterView::showColumnMenu(const QPoint& pos) {
    QHeaderView* header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    int visible = 0;
    for (int c = 0; c < header->count(); ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != 0 && !(visible == 1 && a->isChecked())); // the id column and the last one stay
        connect(a, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            if (on && header->sectionSize(c) < 40)
                header->resizeSection(c, naturalColumnWidth(c));
            saveLayout();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, [this, header] {
        for (int c = 0; c < header->count(); ++c) {
            header->setSectionHidden(c, false);
            header->moveSection(header->visualIndex(c), c);
        }
        applyInitialLayout();
        saveLayout();
    });
    menu.exec(header->mapToGlobal(pos));
}

void RegisterView::applyFilter() {
    m_error->setVisible(false);
    m_model->setFilter(m_filterBar->filter());
}

void RegisterView::applyPreset(const RegisterPreset& preset) {
    const RegisterFilter f = filterFromPreset(preset);
    m_filterBar->setFilter(f);
    m_error->setVisible(false);
    m_model->setFilter(m_filterBar->filter());
}

QString RegisterView::selectedId() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

void RegisterView::refresh() {
    const QString selected = selectedId();
    m_error->setVisible(false);
    m_model->reload();
    loadOwners();
    if (!selected.isEmpty()) {
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_table->selectRow(row);
    }
    Q_EMIT refreshed();
}

void RegisterView::applyChanges(const ChangeSet& changes) {
    if (std::none_of(m_shownKinds.cbegin(), m_shownKinds.cend(),
                     [&](RecordKind k) { return changes.touches(k); }))
        return;
    const QString selected = selectedId();
    const int top = m_table->verticalScrollBar()->value();
    const int left = m_table->horizontalScrollBar()->value();
    m_error->setVisible(false);
    if (m_model->update()) {
        // The rows were read anew: the same record selected, the same rows in view.
        const int row = selected.isEmpty() ? -1 : m_model->rowOf(selected);
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(
                m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->doItemsLayout();
        m_table->verticalScrollBar()->setValue(top);
        m_table->horizontalScrollBar()->setValue(left);
    }
    // The owner list scans the whole register: again only when an owner may have changed.
    if (m_ownersLoaded) {
        const QString ownerField = QString::fromLatin1(kindDecl(m_kind).ownerField);
        bool owners = changes.isReset(m_kind) || !changes.created.value(m_kind).isEmpty();
        for (const QString& id : changes.changed.value(m_kind))
            owners = owners || changes.fields.value(id).contains(ownerField);
        if (owners)
            loadOwners();
    }
}

void RegisterView::addAlternateView(const QIcon& icon, const QString& title, QWidget* view) {
    auto makeButton = [this](const QIcon& i, const QString& text, QWidget* target) {
        auto* b = new QToolButton;
        b->setIcon(i);
        b->setText(text);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setObjectName(QStringLiteral("viewButton_") + text.toLower().remove(QLatin1Char('&')));
        m_viewButtons->addButton(b);
        m_titleRow->addWidget(b);
        connect(b, &QToolButton::clicked, this, [this, target] { showAlternateView(target); });
        return b;
    };
    if (!m_viewButtons) {
        m_viewButtons = new QButtonGroup(this);
        m_viewButtons->setExclusive(true);
        makeButton(qms::gui::icon(QStringLiteral("columns")), tr("Table"), nullptr)->setChecked(true);
    }
    m_stack->addWidget(view);
    makeButton(icon, title, view);
}

QWidget* RegisterView::currentAlternateView() const {
    return m_stack->currentIndex() == 0 ? nullptr : m_stack->currentWidget();
}

void RegisterView::showTable() {
    showAlternateView(nullptr);
}

void RegisterView::showAlternateView(QWidget* view) {
    const int index = view ? m_stack->indexOf(view) : 0;
    if (index < 0)
        return;
    m_stack->setCurrentIndex(index);
    if (m_viewButtons && index < m_viewButtons->buttons().size())
        m_viewButtons->buttons().at(index)->setChecked(true);
    m_stack->currentWidget()->setFocus();
}

} // namespace qms::gui
