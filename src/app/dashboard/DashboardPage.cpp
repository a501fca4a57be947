#include "DashboardPage.h"

#include "DashboardCard.h"
#include "DashboardCharts.h"
#include "DashboardLoader.h"
#include "domain/kinds/KindDeclaration.h"
#include "shell/AppSettings.h"
#include "shell/Icons.h"
#include "shell/Theme.h"
#include "storage/RecordChanges.h"
#include "storage/Workspace.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace qms::gui {
namespace {

QColor severityColour(Severity s) {
    switch (s) {
    case Severity::Major:
        return QColor(0xd6, 0x45, 0x41);
    case Severity::Minor:
        return QColor(0xe0, 0x8a, 0x1e);
    case Severity::Observation:
        return QColor(0x2f, 0x80, 0xd1);
    }
    return {};
}

QString link(const QString& key, const QString& text) {
    return QStringLiteral("<a href=\"%1\" style=\"text-decoration:none\">%2</a>")
        .arg(key, text.toHtmlEscaped());
}

// English needs only one/many; translations bring their own forms through the %n variant.
// `context` is the translation context of `one` and `many` (a kind's card lines: "qms::Kind").
QString countText(int n, const char* one, const char* many, const char* context = "qms::gui::DashboardPage") {
    // A non-breaking space keeps "5 observations" together when the card wraps its line.
    const QString t = n == 1 ? QCoreApplication::translate(context, one)
                             : QCoreApplication::translate(context, many).arg(QLocale().toString(n));
    return QString(t).replace(QLatin1Char(' '), QChar(0x00A0));
}

QChartView* newChartView(const QString& name, QWidget* parent) {
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    view->setFrameShape(QFrame::StyledPanel);
    view->setCursor(Qt::PointingHandCursor);
    return view;
}

// Swaps in a new chart; QChartView releases, but does not delete, the old one.
void replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart);
    view->setAccessibleName(chart->title());
    delete old;
}

} // namespace

DashboardPage::DashboardPage(Workspace& ws, QWidget* parent)
    : QWidget(parent)
    , m_ws(ws) {
    setObjectName(QStringLiteral("dashboardPage"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(12);

    auto* headingRow = new QHBoxLayout;
    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    m_heading->setTextFormat(Qt::RichText);
    headingRow->addWidget(m_heading, 1);
    auto* refreshButton = new QToolButton(content);
    refreshButton->setObjectName(QStringLiteral("dashboardRefresh"));
    refreshButton->setIcon(icon(QStringLiteral("refresh")));
    refreshButton->setText(tr("Refresh"));
    refreshButton->setToolTip(tr("Recompute the figures"));
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    refreshButton->setAutoRaise(true);
    connect(refreshButton, &QToolButton::clicked, this, &DashboardPage::recompute);
    // Subtle: the cards keep their last figures while new ones are computed.
    m_busy = new QLabel(tr("Calculating…"), content);
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    m_busy->setEnabled(false);
    m_busy->hide();
    headingRow->addWidget(m_busy);
    headingRow->addWidget(refreshButton);
    layout->addLayout(headingRow);

    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(bannerStyleSheet(Tone::Error));
    m_error->hide();
    layout->addWidget(m_error);

    auto* cards = new QGridLayout;
    cards->setSpacing(12);
    buildCards(cards);
    layout->addLayout(cards);

    m_flowView = newChartView(QStringLiteral("ncFlowChart"), content);
    m_sourceView = newChartView(QStringLiteral("ncSourceChart"), content);
    m_onTimeView = newChartView(QStringLiteral("caOnTimeChart"), content);
    auto* charts = new QGridLayout;
    charts->setSpacing(12);
    charts->addWidget(m_flowView, 0, 0, 1, 2);
    charts->addWidget(m_sourceView, 1, 0);
    charts->addWidget(m_onTimeView, 1, 1);
    charts->setColumnStretch(0, 2);
    charts->setColumnStretch(1, 1);
    layout->addLayout(charts, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_loader = new DashboardLoader(this);
    connect(m_loader, &DashboardLoader::computed, this, &DashboardPage::onComputed);
    connect(m_loader, &DashboardLoader::failed, this, &DashboardPage::onFailed);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &DashboardPage::recompute);
    // Every committed change may move a figure: recompute (debounced, or when next shown).
    connect(&ws.changes(), &RecordChanges::changed, this, &DashboardPage::refresh);
}

DashboardPage::~DashboardPage() {
    // Closing the database: drop the computation and let the worker go before the file does.
    m_loader->cancel();
}

void DashboardPage::buildCards(QGridLayout* grid) {
    m_ncCard = new DashboardCard(QStringLiteral("openNcs"), tr("Open nonconformities"),
                                 severityColour(Severity::Major));
    m_ncCard->setToolTipText(tr("Nonconformities not yet closed or cancelled. Click to list them."));
    connect(m_ncCard, &DashboardCard::clicked, this, [this] {
        RegisterPreset p;
        p.kind = RecordKind::Nonconformity;
        p.openOnly = true;
        Q_EMIT openRegister(p);
    });
    connect(m_ncCard, &DashboardCard::linkActivated, this, &DashboardPage::onSeverityLink);

    m_caCard = new DashboardCard(QStringLiteral("overdueActions"), tr("Overdue corrective actions"),
                                 QColor(0xe0, 0x8a, 0x1e));
    m_caCard->setToolTipText(tr("Planned or in-progress actions past their due date. Click to list them."));
    connect(m_caCard, &DashboardCard::clicked, this, [this] {
        RegisterPreset p;
        p.kind = RecordKind::CorrectiveAction;
        p.overdueOnly = true;
        Q_EMIT openRegister(p);
    });

    m_reviewCard = new DashboardCard(QStringLiteral("reviewDue"), tr("Documents due for review"),
                                     QColor(0x2f, 0x80, 0xd1));
    m_reviewCard->setToolTipText(
        tr("Documents whose next review falls within %1 days, overdue ones included. Click to list them.")
            .arg(AppSettings().reminderHorizonDays()));
    connect(m_reviewCard, &DashboardCard::clicked, this, [this] {
        RegisterPreset p;
        p.kind = RecordKind::Document;
        p.reviewDueWithinDays = AppSettings().reminderHorizonDays();
        Q_EMIT openRegister(p);
    });
    connect(m_reviewCard, &DashboardCard::linkActivated, this, &DashboardPage::onReviewLink);

    m_coverageCard =
        new DashboardCard(QStringLiteral("coverage"), tr("Clause coverage"), QColor(0x2e, 0x9d, 0x5b));
    m_coverageCard->setToolTipText(coverageRuleText() + QLatin1Char('\n') + tr("Click to see the clauses."));
    connect(m_coverageCard, &DashboardCard::clicked, this, &DashboardPage::openClauses);

    // Then a card for every kind that declares one (KindDecl::card), in the order of the kinds.
    for (const KindDecl* d : kindDecls()) {
        if (!d->card.title)
            continue;
        auto* card = new DashboardCard(QString::fromLatin1(d->key),
                                       QCoreApplication::translate("qms::Kind", d->card.title),
                                       QColor::fromRgb(QRgb(d->card.colour)));
        if (d->card.tip)
            card->setToolTipText(QCoreApplication::translate("qms::Kind", d->card.tip));
        const RecordKind kind = d->kind;
        connect(card, &DashboardCard::clicked, this, [this, kind] {
            RegisterPreset p;
            p.kind = kind;
            p.openOnly = true;
            Q_EMIT openRegister(p);
        });
        connect(card, &DashboardCard::linkActivated, this,
                [this, kind](const QString& key) { onKindLink(kind, key); });
        m_kindCards.append({kind, card});
    }
    QList<DashboardCard*> all{m_ncCard, m_caCard, m_reviewCard, m_coverageCard};
    for (const auto& [kind, card] : m_kindCards)
        all << card;
    for (int i = 0; i < all.size(); ++i)
        grid->addWidget(all[i], i / CardsPerRow, i % CardsPerRow);
    for (int c = 0; c < CardsPerRow; ++c)
        grid->setColumnStretch(c, 1);
}

void DashboardPage::onKindLink(RecordKind kind, const QString& key) {
    RegisterPreset p;
    p.kind = kind;
    if (key == QLatin1String("overdue")) {
        p.overdueOnly = true;
    } else if (key.startsWith(QLatin1String("state:"))) {
        p.statuses = {key.mid(6)};
    } else {
        return;
    }
    Q_EMIT openRegister(p);
}

void DashboardPage::showKindCards() {
    const QLocale locale;
    for (const auto& [kind, card] : m_kindCards) {
        const KindDecl& d = kindDecl(kind);
        const StateCounts counts = m_figures.statesOf(kind);
        card->setValue(locale.toString(counts.open));
        QStringList parts;
        for (const CardLineDecl& line : d.card.lines) {
            const int n = counts.byState.value(QString::fromLatin1(line.state));
            const QString text = countText(n, line.one, line.many, "qms::Kind");
            // Zero is worth saying too ("0 waiting for approval"), but not worth a link.
            parts << (n > 0 ? link(QStringLiteral("state:") + QString::fromLatin1(line.state), text)
                            : text.toHtmlEscaped());
        }
        if (d.overdueRule && !d.overdueVia) {
            const int overdue = m_figures.dueCount(kind, d.overdueRule).overdue;
            parts << (overdue > 0
                          ? link(QStringLiteral("overdue"),
                                 countText(overdue, QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "1 overdue"),
                                           QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "%1 overdue")))
                          : tr("none overdue").toHtmlEscaped());
        }
        const DashboardCardDecl& c = d.card;
        if (c.openLinks)
            parts << countText(counts.openLinked, c.openLinksOne, c.openLinksMany, "qms::Kind").toHtmlEscaped();
        if (c.nextText && counts.next.isValid())
            parts << QCoreApplication::translate("qms::Kind", c.nextText)
                         .arg(locale.toString(counts.next, QLocale::ShortFormat))
                         .toHtmlEscaped();
        if (c.lastField) {
            const QDate today = m_figures.today;
            int months = -1;
            if (counts.last.isValid()) {
                months = (today.year() - counts.last.year()) * 12 + today.month() - counts.last.month();
                if (today.day() < counts.last.day())
                    --months;
            }
            parts << (months < 0 ? QCoreApplication::translate("qms::Kind", c.lastNone)
                                 : countText(std::max(months, 0), c.lastOne, c.lastMany, "qms::Kind"))
                         .toHtmlEscaped();
        }
        card->setDetail(parts.join(QStringLiteral(" · ")));
    }
}

void DashboardPage::onSeverityLink(const QString& key) {
    RegisterPreset p;
    p.kind = RecordKind::Nonconformity;
    p.openOnly = true;
    p.severities = {key};
    Q_EMIT openRegister(p);
}

void DashboardPage::onReviewLink(const QString& key) {
    if (key != QLatin1String("overdue"))
        return;
    RegisterPreset p;
    p.kind = RecordKind::Document;
    p.overdueOnly = true;
    Q_EMIT openRegister(p);
}

void DashboardPage::refresh() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_debounce->start();
}

void DashboardPage::recompute() {
    m_stale = false;
    m_debounce->stop();
    DashboardLoader::Request request;
    request.path = m_ws.path();
    request.user = m_ws.user().name;
    request.nowUtc = m_ws.clock().nowUtc();
    request.reviewWithinDays = AppSettings().reminderHorizonDays();
    m_loader->start(request);
    setCalculating(true);
}

bool DashboardPage::isCalculating() const {
    return m_loader->isRunning();
}

void DashboardPage::setCalculating(bool on) {
    m_busy->setVisible(on);
    if (!m_loaded) {
        showHeading();
        for (DashboardCard* c : {m_ncCard, m_caCard, m_reviewCard, m_coverageCard})
            c->setDetail(on ? tr("Calculating…") : QString());
        for (const auto& [kind, card] : m_kindCards)
            card->setDetail(on ? tr("Calculating…") : QString());
    }
}

void DashboardPage::onComputed(const DashboardFigures& figures) {
    m_error->hide();
    m_figures = figures;
    m_loaded = true;
    setCalculating(false);
    showFigures();
    showCharts();
    Q_EMIT updated(true);
}

void DashboardPage::onFailed(const QString& message) {
    setCalculating(false);
    m_error->setText(tr("The dashboard could not be computed: %1").arg(message));
    m_error->show();
    Q_EMIT updated(false);
}

void DashboardPage::showHeading() {
    const QLocale locale;
    const QString org = m_ws.organisation();
    const QString sub =
        m_loaded ? tr("%1 — figures as of %2").arg(org, locale.toString(m_figures.today, QLocale::LongFormat))
                 : org;
    m_heading->setText(QStringLiteral("<span style=\"font-size:large; font-weight:600\">%1</span>"
                                      "&nbsp;&nbsp;<span>%2</span>")
                           .arg(tr("Dashboard"), sub.toHtmlEscaped()));
}

void DashboardPage::showFigures() {
    const DashboardFigures& f = m_figures;
    const QLocale locale;
    showHeading();

    m_ncCard->setValue(locale.toString(f.openNcs()));
    auto dot = [](Severity s) {
        return QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;").arg(severityColour(s).name());
    };
    m_ncCard->setDetail(
        dot(Severity::Major) +
        link(QStringLiteral("major"),
             countText(f.openMajor, QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "1 major"),
                       QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "%1 major"))) +
        QStringLiteral(" &nbsp; ") + dot(Severity::Minor) +
        link(QStringLiteral("minor"),
             countText(f.openMinor, QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "1 minor"),
                       QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "%1 minor"))) +
        QStringLiteral(" &nbsp; ") + dot(Severity::Observation) +
        link(QStringLiteral("observation"),
             countText(f.openObservation, QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "1 observation"),
                       QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "%1 observations"))));

    // The corrective action and document cards show those kinds' due rules.
    const int overdueActions = f.dueCount(RecordKind::CorrectiveAction, "due").overdue;
    const int effectivenessOverdue = f.dueCount(RecordKind::CorrectiveAction, "effectiveness").overdue;
    const DueCount review = f.dueCount(RecordKind::Document, "review");
    m_caCard->setValue(locale.toString(overdueActions));
    m_caCard->setDetail(
        effectivenessOverdue == 0
            ? tr("No effectiveness check overdue")
            : countText(effectivenessOverdue,
                        QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "1 effectiveness check overdue"),
                        QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "%1 effectiveness checks overdue"))
                  .toHtmlEscaped());

    m_reviewCard->setValue(locale.toString(review.dueWithin));
    QString reviewText =
        countText(f.reviewWithinDays, QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "within 1 day"),
                  QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "within %1 days"))
            .toHtmlEscaped();
    if (review.overdue > 0)
        reviewText +=
            QStringLiteral(" · ") +
            link(QStringLiteral("overdue"),
                 countText(review.overdue, QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "1 overdue"),
                           QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "%1 overdue")));
    else
        reviewText += QStringLiteral(" · ") + tr("none overdue").toHtmlEscaped();
    m_reviewCard->setDetail(reviewText);

    m_coverageCard->setValue(QStringLiteral("%1 %").arg(locale.toString(f.coverage.percent(), 'f', 0)));
    QStringList coverage{
        tr("%1 of %2 applicable clauses").arg(f.coverage.coveredLeaves).arg(f.coverage.applicableLeaves),
        f.coverageGaps() == 0
            ? tr("no gaps")
            : countText(f.coverageGaps(), QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "1 gap"),
                        QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "%1 gaps"))};
    if (f.coverage.staleLeaves > 0)
        coverage << countText(f.coverage.staleLeaves, QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "1 stale"),
                              QT_TRANSLATE_NOOP("qms::gui::DashboardPage", "%1 stale"));
    m_coverageCard->setDetail(coverage.join(QStringLiteral(" · ")).toHtmlEscaped());
    showKindCards();
}

void DashboardPage::showCharts() {
    if (!m_loaded)
        return;
    const ChartLook look = ChartLook::fromPalette(palette());
    auto open = [this](const RegisterPreset& p) {
        Q_EMIT openRegister(p);
    };
    replaceChart(m_flowView, DashboardCharts::ncFlow(m_figures, look, open));
    replaceChart(m_sourceView, DashboardCharts::sources(m_figures, look, open));
    replaceChart(m_onTimeView, DashboardCharts::onTime(m_figures, look, open));
    for (QChartView* v : {m_flowView, m_sourceView, m_onTimeView})
        v->setBackgroundBrush(look.background);
}

void DashboardPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        recompute();
}

void DashboardPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showCharts();
}

} // namespace qms::gui
