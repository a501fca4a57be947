#include "ProcessMapPage.h"

#include "ProcessMapItems.h"
#include "ProcessMapScene.h"
#include "ProcessMapView.h"
#include "registers/RegisterView.h"
#include "shell/AppSettings.h"
#include "shell/Icons.h"
#include "shell/MessageBox.h"
#include "storage/ProcessMapQuery.h"
#include "storage/RecordChanges.h"
#include "storage/UserRepository.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

namespace qms::gui {
namespace {

QToolButton* toolButton(QAction* action) {
    auto* b = new QToolButton;
    b->setDefaultAction(action);
    b->setAutoRaise(true);
    return b;
}

// A coloured square and its meaning, for the legend.
QLabel* legendEntry(const QColor& colour, const QString& text) {
    auto* l = new QLabel(QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                             .arg(colour.name(), text.toHtmlEscaped()));
    l->setTextFormat(Qt::RichText);
    return l;
}

} // namespace

ProcessMapPage::ProcessMapPage(Workspace& ws, QWidget* parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_scene(new ProcessMapScene(this))
    , m_view(new ProcessMapView)
    , m_stack(new QStackedWidget)
    , m_message(new QLabel)
    , m_zoomLabel(new QLabel)
    , m_retired(new QCheckBox(tr("Show &retired processes"))) {
    setObjectName(QStringLiteral("processMapPage"));
    m_view->setScene(m_scene);

    auto* zoomIn = new QAction(icon(QStringLiteral("zoom-in")), tr("Zoom in"), this);
    zoomIn->setShortcuts(QKeySequence::ZoomIn);
    auto* zoomOut = new QAction(icon(QStringLiteral("zoom-out")), tr("Zoom out"), this);
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    auto* fit = new QAction(icon(QStringLiteral("fit")), tr("Fit to window"), this);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_resetLayout = new QAction(icon(QStringLiteral("refresh")), tr("Reset layout"), this);
    m_resetLayout->setObjectName(QStringLiteral("resetMapLayoutAction"));
    m_resetLayout->setToolTip(tr("Put the boxes you moved back where the automatic layout places them"));
    auto* exportImage = new QAction(icon(QStringLiteral("export")), tr("Export image…"), this);
    exportImage->setObjectName(QStringLiteral("exportMapAction"));
    for (QAction* a : {zoomIn, zoomOut, fit, exportImage}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!a->shortcut().isEmpty())
            a->setToolTip(
                QStringLiteral("%1 (%2)").arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));
        addAction(a);
    }
    connect(zoomIn, &QAction::triggered, m_view, &ProcessMapView::zoomIn);
    connect(zoomOut, &QAction::triggered, m_view, &ProcessMapView::zoomOut);
    connect(fit, &QAction::triggered, m_view, &ProcessMapView::fitAll);
    connect(exportImage, &QAction::triggered, this, &ProcessMapPage::exportInteractive);
    connect(m_resetLayout, &QAction::triggered, this, &ProcessMapPage::resetLayout);
    connect(m_scene, &ProcessMapScene::pinnedPositionsChanged, this, [this] {
        // Kept per database and merged, so that retired (hidden) boxes keep their places too.
        QHash<QString, QPointF> all = AppSettings().processMapPositions(m_ws.path());
        const auto pinned = m_scene->pinnedPositions();
        for (auto it = pinned.constBegin(); it != pinned.constEnd(); ++it)
            all.insert(it.key(), it.value());
        AppSettings().setProcessMapPositions(m_ws.path(), all);
        m_resetLayout->setEnabled(true);
    });
    connect(m_view, &ProcessMapView::zoomChanged, this,
            [this](qreal scale) { m_zoomLabel->setText(tr("%1 %").arg(qRound(scale * 100))); });
    connect(m_retired, &QCheckBox::toggled, this, [this] { reload(); });
    connect(m_scene, &ProcessMapScene::processActivated, this, &ProcessMapPage::openRecordRequested);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    bar->addWidget(toolButton(zoomOut));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("300 %")) + 8);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(toolButton(zoomIn));
    bar->addWidget(toolButton(fit));
    bar->addSpacing(12);
    bar->addWidget(m_retired);
    bar->addSpacing(12);
    QToolButton* reset = toolButton(m_resetLayout);
    reset->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(reset);
    bar->addStretch(1);
    bar->addWidget(legendEntry(ProcessNodeItem::accentFor(0, 0, true), tr("No open NCs")));
    bar->addSpacing(8);
    bar->addWidget(legendEntry(ProcessNodeItem::accentFor(1, 0, true), tr("Open NCs")));
    bar->addSpacing(8);
    bar->addWidget(legendEntry(ProcessNodeItem::accentFor(1, 1, true), tr("Open major NC")));
    bar->addSpacing(8);
    auto* loops = new QLabel(tr("- - → closes a loop"));
    loops->setToolTip(tr("A dashed arrow runs back against the flow: it closes a loop (feedback)."));
    bar->addWidget(loops);
    bar->addSpacing(12);
    QToolButton* exportButton = toolButton(exportImage);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(exportButton);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_view);
    // The map shows processes with their links, owners and open NCs: drawn again when shown.
    connect(&ws.changes(), &RecordChanges::changed, this, [this](const ChangeSet& changes) {
        if (changes.touchesRecords() || changes.touchesOther(u"user:"))
            refresh();
    });
    m_view->setToolTip(tr("Drag to move, Ctrl+wheel to zoom, double-click a process to open it"));
}

ProcessMapPage* ProcessMapPage::attachTo(RegisterView* processRegister, Workspace& ws) {
    auto* page = new ProcessMapPage(ws);
    processRegister->addAlternateView(icon(QStringLiteral("map")), tr("Map"), page);
    connect(page, &ProcessMapPage::openRecordRequested, processRegister, &RegisterView::openRecordRequested);
    connect(processRegister, &RegisterView::refreshed, page, &ProcessMapPage::refresh);
    return page;
}

ProcessMapPage* ProcessMapPage::attachIfMapped(RegisterView* view, Workspace& ws) {
    return view->kind() == RecordKind::Process ? attachTo(view, ws) : nullptr;
}

bool ProcessMapPage::showsRetired() const {
    return m_retired->isChecked();
}

void ProcessMapPage::setShowRetired(bool on) {
    m_retired->setChecked(on);
}

void ProcessMapPage::refresh() {
    m_stale = true;
    if (isVisible())
        reload();
}

void ProcessMapPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
    if (!m_fitted && m_stack->currentWidget() == m_view) {
        m_view->fitAll();
        m_fitted = true;
    }
}

void ProcessMapPage::reload() {
    m_stale = false;
    auto nodes = ProcessMapQuery(m_ws).load();
    if (!nodes) {
        m_scene->setProcesses({});
        m_message->setText(tr("The process map could not be read: %1").arg(nodes.error().describe()));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    QList<ProcessMapNode> shown;
    for (const ProcessMapNode& n : std::as_const(*nodes))
        if (n.active || m_retired->isChecked())
            shown.append(n);
    QHash<QString, QString> names;
    if (auto users = m_ws.users().list())
        for (const User& u : std::as_const(*users))
            names.insert(u.name, u.printedName());
    const QHash<QString, QPointF> pinned = AppSettings().processMapPositions(m_ws.path());
    m_scene->setProcesses(shown, names, pinned);
    m_resetLayout->setEnabled(!pinned.isEmpty());
    if (shown.isEmpty()) {
        m_message->setText(nodes->isEmpty()
                               ? tr("No processes yet. Add processes in the table view and say which "
                                    "processes each one feeds; the map draws itself from that.")
                               : tr("Every process is retired. Tick \"Show retired processes\" to "
                                    "see them."));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_stack->setCurrentWidget(m_view);
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_view->zoom() * 100)));
}

void ProcessMapPage::resetLayout() {
    AppSettings().setProcessMapPositions(m_ws.path(), {});
    reload();
    m_view->fitAll();
}

QString ProcessMapPage::exportImage(const QString& path) const {
    const QRectF source = m_scene->sceneRect();
    if (m_scene->nodeItems().isEmpty())
        return tr("The map is empty.");
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (svg) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(source.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
        generator.setTitle(tr("Process interaction map"));
        generator.setDescription(m_ws.organisation());
        QPainter painter;
        if (!painter.begin(&generator))
            return tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
        return QFileInfo(path).size() > 0
                   ? QString()
                   : tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
    }
    // Twice the screen size: sharp enough for a slide or a printed manual.
    const qreal scale = 2.0;
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1.0);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    painter.end();
    if (!image.save(path))
        return tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
    return {};
}

void ProcessMapPage::exportInteractive() {
    const QString dir =
        AppSettings().lastDirectory().isEmpty() ? QDir::homePath() : AppSettings().lastDirectory();
    const QString pngFilter = tr("PNG image (*.png)");
    const QString svgFilter = tr("SVG drawing (*.svg)");
    QString selected;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export process map"), dir + QStringLiteral("/process-map.png"),
                                     pngFilter + QStringLiteral(";;") + svgFilter, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected == svgFilter ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString error = exportImage(path);
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Export process map"), error);
        return;
    }
    AppSettings().setLastDirectory(QFileInfo(path).absolutePath());
}

} // namespace qms::gui
