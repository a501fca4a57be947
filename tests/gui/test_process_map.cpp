#include "MainWindow.h"
#include "editors/EditorLauncher.h"
#include "editors/RecordEditor.h"
#include "map/ProcessMapItems.h"
#include "map/ProcessMapPage.h"
#include "map/ProcessMapScene.h"
#include "map/ProcessMapView.h"
#include "registers/RegisterView.h"
#include "shell/AppSettings.h"
#include "storage/DemoData.h"
#include "storage/ProcessMapQuery.h"
#include "test_registers_fixture.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>
#include <QToolButton>

using namespace qms;
using namespace qms::gui;
using qms::test::RegisterFixture;

namespace {

// Four processes: Sales -> Production -> Shipping -> Review -> Sales (a loop), Training -> Production,
// and a retired one. Two open NCs on Production (one major), one closed NC on Shipping.
struct MapFixture {
    qms::test::TempDir dir;
    QString path = dir.filePath(QStringLiteral("map.qms"));
    std::unique_ptr<Workspace> ws;
    QStringList ids;

    MapFixture() {
        auto created = Workspace::create(
            path, {QStringLiteral("Acme"), QStringLiteral("qm"), QStringLiteral("Quinn Manning")},
            qms::test::guiTestClock());
        GUI_REQUIRE_OK(created);
        ws = std::move(created).value();
        for (const char* name :
             {"Sales", "Production", "Shipping", "Management review", "Training", "Old plating"}) {
            Process p;
            p.name = QString::fromLatin1(name);
            p.owner = QStringLiteral("qm");
            p.purpose = QStringLiteral("Purpose");
            auto saved = ws->processes().create(p);
            GUI_REQUIRE_OK(saved);
            ids << saved->meta.id;
        }
        auto link = [&](int from, QList<int> to, bool active = true) {
            auto p = ws->processes().get(ids[from]);
            GUI_REQUIRE_OK(p);
            for (int t : to)
                p->feeds << ids[t];
            p->active = active;
            GUI_REQUIRE_OK(ws->processes().save(*p));
        };
        link(0, {1});
        link(1, {2});
        link(2, {3});
        link(3, {0});
        link(4, {1});
        link(5, {1}, false);
        auto nc = [&](int process, Severity severity) {
            Nonconformity n;
            n.title = QStringLiteral("Finding");
            n.description = QStringLiteral("Found");
            n.severity = severity;
            n.detectedOn = QDate(2026, 6, 1);
            n.reportedBy = QStringLiteral("qm");
            n.responsible = QStringLiteral("qm");
            n.process = ids[process];
            auto saved = ws->nonconformities().create(n);
            GUI_REQUIRE_OK(saved);
            return *saved;
        };
        nc(1, Severity::Major);
        nc(1, Severity::Minor);
        Nonconformity cancelled = nc(2, Severity::Minor);
        cancelled.status = NcStatus::Cancelled;
        SaveOptions why;
        why.reason = QStringLiteral("Duplicate");
        GUI_REQUIRE_OK(ws->nonconformities().save(cancelled, why));
    }
};

int feedCount(const QList<ProcessMapNode>& nodes) {
    int n = 0;
    for (const auto& p : nodes)
        n += int(p.feeds.size());
    return n;
}

} // namespace

TEST_CASE("ProcessMapQuery: processes with feeds and open NC counts", "[map]") {
    MapFixture fx;
    auto nodes = ProcessMapQuery(*fx.ws).load();
    GUI_REQUIRE_OK(nodes);
    REQUIRE(nodes->size() == 6);
    CHECK(nodes->at(1).name == QStringLiteral("Production"));
    CHECK(nodes->at(1).openNcs == 2);
    CHECK(nodes->at(1).openMajorNcs == 1);
    CHECK(nodes->at(2).openNcs == 0); // its only NC is cancelled
    CHECK(nodes->at(0).feeds == QStringList{fx.ids[1]});
    CHECK_FALSE(nodes->at(5).active);
}

TEST_CASE("ProcessMapScene: one box per process, one arrow per feed, hover and double-click", "[map]") {
    MapFixture fx;
    auto nodes = ProcessMapQuery(*fx.ws).load();
    GUI_REQUIRE_OK(nodes);
    ProcessMapScene scene;
    scene.setProcesses(*nodes, {{QStringLiteral("qm"), QStringLiteral("Quinn Manning")}});
    REQUIRE(scene.nodeItems().size() == nodes->size());
    REQUIRE(scene.edgeItems().size() == feedCount(*nodes));
    int feedback = 0;
    for (ProcessEdgeItem* e : scene.edgeItems())
        feedback += e->isFeedback() ? 1 : 0;
    CHECK(feedback == 1); // the Sales -> ... -> Review -> Sales loop is closed by one arrow

    // Boxes do not overlap on the scene either.
    const auto boxes = scene.nodeItems();
    for (int i = 0; i < boxes.size(); ++i)
        for (int j = i + 1; j < boxes.size(); ++j)
            CHECK_FALSE(boxes[i]
                            ->sceneBoundingRect()
                            .adjusted(3, 3, -3, -3)
                            .intersects(boxes[j]->sceneBoundingRect().adjusted(3, 3, -3, -3)));

    const QString production = fx.ids[1];
    scene.setHighlighted(production);
    for (ProcessEdgeItem* e : scene.edgeItems()) {
        INFO(e->from().toStdString() << " -> " << e->to().toStdString());
        if (e->from() == production)
            CHECK(e->state() == ProcessEdgeItem::State::Outgoing);
        else if (e->to() == production)
            CHECK(e->state() == ProcessEdgeItem::State::Incoming);
        else
            CHECK(e->state() == ProcessEdgeItem::State::Dimmed);
    }
    CHECK(scene.nodeItem(production)->isHighlighted());
    scene.setHighlighted({});
    for (ProcessEdgeItem* e : scene.edgeItems())
        CHECK(e->state() == ProcessEdgeItem::State::Normal);

    // A double-click on a box carries its id.
    ProcessMapView view;
    view.setScene(&scene);
    view.resize(1400, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.fitAll();
    QSignalSpy activated(&scene, &ProcessMapScene::processActivated);
    ProcessNodeItem* shipping = scene.nodeItem(fx.ids[2]);
    const QPoint at = view.mapFromScene(shipping->sceneBoundingRect().center());
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at);
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).toString() == fx.ids[2]);
}

TEST_CASE("ProcessMapView: zoom is bounded and fit shows the whole map", "[map]") {
    MapFixture fx;
    auto nodes = ProcessMapQuery(*fx.ws).load();
    GUI_REQUIRE_OK(nodes);
    ProcessMapScene scene;
    scene.setProcesses(*nodes);
    ProcessMapView view;
    view.setScene(&scene);
    view.resize(500, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.fitAll();
    QApplication::processEvents(); // the scroll bars go away on the next turn of the event loop
    CHECK(view.zoom() < 1.0);
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    INFO("visible " << visible.x() << "," << visible.y() << " " << visible.width() << "x" << visible.height()
                    << " scene " << scene.sceneRect().x() << "," << scene.sceneRect().y() << " "
                    << scene.sceneRect().width() << "x" << scene.sceneRect().height());
    CHECK(visible.adjusted(-2, -2, 2, 2).contains(scene.sceneRect()));
    const qreal fitted = view.zoom();
    view.zoomIn();
    CHECK(view.zoom() == Approx(fitted * 1.25));
    for (int i = 0; i < 30; ++i)
        view.zoomIn();
    CHECK(view.zoom() == Approx(ProcessMapView::MaxScale));
    for (int i = 0; i < 40; ++i)
        view.zoomOut();
    CHECK(view.zoom() == Approx(ProcessMapView::MinScale));
}

TEST_CASE("ProcessMapPage: in the process register, opens records, follows saves, exports", "[map]") {
    MapFixture fx;
    fx.ws.reset();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openDatabase(fx.path, QStringLiteral("qm")));
    window.showPage(MainWindow::Page::Processes);
    RegisterView* reg = window.registerView(RecordKind::Process);
    REQUIRE(reg);
    auto* mapButton = reg->findChild<QToolButton*>(QStringLiteral("viewButton_map"));
    REQUIRE(mapButton);
    mapButton->click();
    auto* page = reg->findChild<ProcessMapPage*>();
    REQUIRE(page);
    REQUIRE(reg->currentAlternateView() == page);
    REQUIRE(page->isVisible());
    CHECK(page->scene()->nodeItems().size() == 5); // the retired process is hidden
    page->setShowRetired(true);
    CHECK(page->scene()->nodeItems().size() == 6);
    page->setShowRetired(false);

    // Double-click -> the process editor.
    page->scene()->activate(fx.ids[0]);
    RecordEditor* editor = window.editors()->editorFor(fx.ids[0]);
    REQUIRE(editor);
    editor->close();

    // A saved change to the feeds redraws the map (the workspace announces it; no refresh asked).
    const int before = int(page->scene()->edgeItems().size());
    auto p = window.workspace()->processes().get(fx.ids[4]);
    GUI_REQUIRE_OK(p);
    p->feeds << fx.ids[2];
    GUI_REQUIRE_OK(window.workspace()->processes().save(*p));
    CHECK(page->scene()->edgeItems().size() == before + 1);

    // Dragging a box: its arrows follow, the place is kept for this database until reset.
    page->view()->fitAll();
    QApplication::processEvents();
    ProcessNodeItem* sales = page->scene()->nodeItem(fx.ids[0]);
    const QPointF laidOut = sales->pos();
    QWidget* viewport = page->view()->viewport();
    const QPoint from = page->view()->mapFromScene(sales->sceneBoundingRect().center());
    const QPoint to = from + QPoint(0, 120);
    auto send = [viewport](QEvent::Type type, const QPoint& at, Qt::MouseButtons buttons) {
        QMouseEvent e(type, QPointF(at), viewport->mapToGlobal(QPointF(at)), Qt::LeftButton, buttons,
                      Qt::NoModifier);
        QApplication::sendEvent(viewport, &e);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton);
    send(QEvent::MouseMove, from + QPoint(0, 60), Qt::LeftButton);
    send(QEvent::MouseMove, to, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::NoButton);
    REQUIRE(sales->pos().y() > laidOut.y() + 20);
    CHECK(sales->pos().x() == Approx(laidOut.x()));
    const QHash<QString, QPointF> saved = AppSettings().processMapPositions(window.workspace()->path());
    REQUIRE(saved.contains(fx.ids[0]));
    CHECK(saved.value(fx.ids[0]) == sales->pos());
    for (ProcessEdgeItem* e : page->scene()->edgeItems()) {
        if (e->from() != fx.ids[0] && e->to() != fx.ids[0])
            continue;
        const QPointF end =
            e->from() == fx.ids[0] ? e->path().pointAtPercent(0) : e->path().pointAtPercent(1);
        CHECK(sales->sceneBoundingRect().adjusted(-14, -14, 14, 14).contains(end)); // still attached
    }
    reg->refresh();
    sales = page->scene()->nodeItem(fx.ids[0]);
    CHECK(sales->pos() == saved.value(fx.ids[0]));
    page->resetLayout();
    CHECK(AppSettings().processMapPositions(window.workspace()->path()).isEmpty());
    CHECK(page->scene()->nodeItem(fx.ids[0])->pos() == laidOut);

    qms::test::TempDir out;
    const QString png = out.filePath(QStringLiteral("map.png"));
    const QString svg = out.filePath(QStringLiteral("map.svg"));
    CHECK(page->exportImage(png).isEmpty());
    CHECK(page->exportImage(svg).isEmpty());
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= page->scene()->sceneRect().width());
    QSvgRenderer renderer(svg);
    CHECK(renderer.isValid());

    // Ctrl+F (filter this register) goes back to the table, where the filter is.
    QAction* filter = nullptr;
    for (QAction* a : window.findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(QKeySequence::Find))
            filter = a;
    REQUIRE(filter);
    filter->trigger();
    CHECK(reg->currentAlternateView() == nullptr);
    CHECK_FALSE(page->isVisible());
    mapButton->click();
    CHECK(page->isVisible());
    reg->showTable();
    CHECK(reg->currentAlternateView() == nullptr);
    CHECK_FALSE(page->isVisible());
}

// Not a test but the screenshot maker for docs/images (see test_shell_screenshots.cpp).
TEST_CASE("Screenshot of the process map on the demo database", "[.screenshots]") {
    const QString out = qEnvironmentVariable("QMSDESK_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    qms::test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("acme.qms"));
    {
        auto ws = Workspace::create(path, {QStringLiteral("Demo Precision Engineering Ltd"),
                                           QStringLiteral("qm"), QStringLiteral("Quinn Manning")});
        GUI_REQUIRE_OK(ws);
        GUI_REQUIRE_OK(DemoData::generate(**ws));
    }
    MainWindow window;
    const QByteArray size = qgetenv("QMSDESK_SCREENSHOT_SIZE");
    window.resize(size.isEmpty() ? QSize(1280, 800)
                                 : QSize(size.split('x').value(0).toInt(), size.split('x').value(1).toInt()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(path, QStringLiteral("qm")));
    window.showPage(MainWindow::Page::Processes);
    RegisterView* reg = window.registerView(RecordKind::Process);
    reg->findChild<QToolButton*>(QStringLiteral("viewButton_map"))->click();
    auto* page = reg->findChild<ProcessMapPage*>();
    QTest::qWait(200);
    page->view()->fitAll();
    if (const QString hover = qEnvironmentVariable("QMSDESK_SCREENSHOT_HOVER"); !hover.isEmpty())
        page->scene()->setHighlighted(hover);
    QTest::qWait(200);
    CHECK(window.grab().save(out + QStringLiteral("/process-map.png")));
    CHECK(page->exportImage(out + QStringLiteral("/process-map-export.png")).isEmpty());
}
