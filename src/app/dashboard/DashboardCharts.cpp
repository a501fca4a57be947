#include "DashboardCharts.h"

#include "domain/Enums.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDate>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace qms::gui {
namespace {

// Messages of this file share one translation context; lupdate reads it from here.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::gui::DashboardCharts)
};

QChart* newChart(const QString& title, const ChartLook& look) {
    auto* chart = new QChart;
    chart->setTheme(look.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(title);
    QFont tf = chart->titleFont();
    tf.setBold(true);
    tf.setPointSizeF(std::max(tf.pointSizeF(), 10.0));
    chart->setTitleFont(tf);
    chart->setTitleBrush(look.text);
    chart->setBackgroundBrush(look.background);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(look.text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void styleAxis(QAbstractAxis* axis, const ChartLook& look) {
    axis->setLabelsColor(look.text);
    axis->setTitleBrush(look.text);
    axis->setGridLineColor(look.grid);
    axis->setLinePenColor(look.grid);
}

// Integer axis from 0 with a round top, so small counts do not show 0.5 steps.
QValueAxis* countAxis(int maxValue, const ChartLook& look) {
    auto* axis = new QValueAxis;
    const int top = std::max(4, int(std::ceil(maxValue * 1.1)));
    int step = 1;
    for (int s : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000})
        if (top / s <= 6) {
            step = s;
            break;
        }
    const int rounded = ((top + step - 1) / step) * step;
    axis->setRange(0, rounded);
    axis->setTickCount(rounded / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axis, look);
    return axis;
}

QString monthLabel(const QString& month) {
    const QDate d = QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return QLocale().toString(d, QStringLiteral("MMM yy"));
}

QString monthLong(const QString& month) {
    const QDate d = QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return QLocale().toString(d, QStringLiteral("MMMM yyyy"));
}

QString sourceLabel(const QString& key) {
    const auto v = enumFromString<NcSource>(key);
    return v ? enumLabel(*v) : key;
}

void showTip(const QString& text) {
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace

ChartLook ChartLook::fromPalette(const QPalette& palette) {
    ChartLook look;
    look.background = palette.color(QPalette::Base);
    look.text = palette.color(QPalette::Text);
    look.dark = look.background.lightness() < 128;
    look.grid = look.dark ? look.background.lighter(220) : look.background.darker(118);
    return look;
}

QChart* DashboardCharts::ncFlow(const DashboardFigures& f, const ChartLook& look, const OpenRegister& open) {
    QChart* chart = newChart(Tr::tr("Nonconformities opened vs closed per month"), look);
    auto* opened = new QBarSet(Tr::tr("Opened"));
    auto* closed = new QBarSet(Tr::tr("Closed"));
    opened->setColor(openedColour());
    opened->setBorderColor(openedColour());
    closed->setColor(closedColour());
    closed->setBorderColor(closedColour());
    QStringList categories;
    int maxValue = 0;
    for (const MonthFlow& m : f.ncFlow) {
        *opened << m.opened;
        *closed << m.closed;
        categories << monthLabel(m.month);
        maxValue = std::max({maxValue, m.opened, m.closed});
    }
    auto* series = new QBarSeries;
    series->append(opened);
    series->append(closed);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    opened->setColor(openedColour());
    closed->setColor(closedColour());

    auto* x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, look);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(maxValue, look);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    const QList<MonthFlow> months = f.ncFlow;
    QObject::connect(opened, &QBarSet::clicked, chart, [open, months](int i) {
        if (i < 0 || i >= months.size())
            return;
        RegisterPreset p;
        p.kind = RecordKind::Nonconformity;
        p.month = months[i].month;
        open(p);
    });
    QObject::connect(closed, &QBarSet::clicked, chart, [open, months](int i) {
        if (i < 0 || i >= months.size())
            return;
        RegisterPreset p;
        p.kind = RecordKind::Nonconformity;
        p.closedMonth = months[i].month;
        open(p);
    });
    QObject::connect(opened, &QBarSet::hovered, chart, [months](bool on, int i) {
        if (on && i >= 0 && i < months.size())
            showTip(Tr::tr("%1: %n opened. Click to list them.", nullptr, months[i].opened)
                        .arg(monthLong(months[i].month)));
    });
    QObject::connect(closed, &QBarSet::hovered, chart, [months](bool on, int i) {
        if (on && i >= 0 && i < months.size())
            showTip(Tr::tr("%1: %n closed. Click to list them.", nullptr, months[i].closed)
                        .arg(monthLong(months[i].month)));
    });
    return chart;
}

QChart* DashboardCharts::sources(const DashboardFigures& f, const ChartLook& look, const OpenRegister& open) {
    QChart* chart = newChart(Tr::tr("Nonconformities by source (Pareto)"), look);
    auto* bars = new QBarSet(Tr::tr("Nonconformities"));
    auto* cumulative = new QLineSeries;
    cumulative->setName(Tr::tr("Cumulative %"));
    QStringList categories;
    int maxValue = 0;
    for (int i = 0; i < f.ncsBySource.size(); ++i) {
        const SourceCount& s = f.ncsBySource[i];
        *bars << s.count;
        // Two lines at most: long source names would otherwise be cut.
        categories << sourceLabel(s.source).toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("<br>"));
        cumulative->append(i, s.cumulativePercent);
        maxValue = std::max(maxValue, s.count);
    }
    auto* series = new QBarSeries;
    series->append(bars);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    chart->addSeries(cumulative);
    bars->setColor(paretoColour());
    bars->setBorderColor(paretoColour());
    QPen pen(cumulativeColour());
    pen.setWidthF(2.5);
    cumulative->setPen(pen);
    cumulative->setPointsVisible(true);

    auto* x = new QBarCategoryAxis;
    x->append(categories.isEmpty() ? QStringList{Tr::tr("No nonconformities yet")} : categories);
    styleAxis(x, look);
    QFont lf = x->labelsFont();
    lf.setPointSizeF(lf.pointSizeF() * 0.9);
    x->setLabelsFont(lf);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    cumulative->attachAxis(x);
    QValueAxis* y = countAxis(maxValue, look);
    y->setTitleText(Tr::tr("NCs"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(y->tickCount());
    percent->setLabelFormat(QStringLiteral("%d %%"));
    styleAxis(percent, look);
    percent->setGridLineVisible(false);
    chart->addAxis(percent, Qt::AlignRight);
    cumulative->attachAxis(percent);

    const QList<SourceCount> rows = f.ncsBySource;
    QObject::connect(bars, &QBarSet::clicked, chart, [open, rows](int i) {
        if (i < 0 || i >= rows.size())
            return;
        RegisterPreset p;
        p.kind = RecordKind::Nonconformity;
        p.source = rows[i].source;
        open(p);
    });
    QObject::connect(bars, &QBarSet::hovered, chart, [rows](bool on, int i) {
        if (on && i >= 0 && i < rows.size())
            showTip(Tr::tr("%1: %n nonconformities (cumulative %2 %). Click to list them.", nullptr,
                           rows[i].count)
                        .arg(sourceLabel(rows[i].source))
                        .arg(rows[i].cumulativePercent, 0, 'f', 0));
    });
    return chart;
}

QChart* DashboardCharts::onTime(const DashboardFigures& f, const ChartLook& look, const OpenRegister& open) {
    QChart* chart = newChart(Tr::tr("Corrective actions completed on time"), look);
    auto* series = new QPieSeries;
    series->setHoleSize(0.55);
    series->setPieSize(0.85);
    chart->addSeries(series);
    const int late = f.actionsCompleted - f.actionsOnTime;
    if (f.actionsCompleted == 0) {
        QPieSlice* none = series->append(Tr::tr("No completed actions yet"), 1);
        none->setColor(look.grid);
        none->setBorderColor(look.background);
    } else {
        QPieSlice* onTimeSlice = series->append(Tr::tr("On time (%1)").arg(f.actionsOnTime), f.actionsOnTime);
        QPieSlice* lateSlice = series->append(Tr::tr("Late (%1)").arg(late), late);
        onTimeSlice->setColor(closedColour());
        lateSlice->setColor(lateColour());
        for (QPieSlice* s : {onTimeSlice, lateSlice}) {
            s->setBorderColor(look.background);
            s->setBorderWidth(2);
        }
    }
    // The rate in the hole of the donut, kept centred as the plot area moves.
    auto* centre = new QGraphicsSimpleTextItem(chart);
    centre->setText(f.actionsCompleted == 0 ? QStringLiteral("–")
                                            : QStringLiteral("%1 %").arg(f.onTimePercent(), 0, 'f', 0));
    QFont cf = chart->titleFont();
    cf.setPointSizeF(cf.pointSizeF() * 2.0);
    centre->setFont(cf);
    centre->setBrush(look.text);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [centre](const QRectF& area) {
        centre->setPos(area.center() - centre->boundingRect().center());
    });

    QObject::connect(series, &QPieSeries::clicked, chart, [open](QPieSlice*) {
        RegisterPreset p;
        p.kind = RecordKind::CorrectiveAction;
        p.statuses = {enumKey(CaStatus::Done), enumKey(CaStatus::VerifiedEffective),
                      enumKey(CaStatus::VerifiedIneffective)};
        open(p);
    });
    QObject::connect(series, &QPieSeries::hovered, chart, [](QPieSlice* slice, bool on) {
        slice->setExploded(on);
        if (on)
            showTip(Tr::tr("%1. Click to list completed actions.").arg(slice->label()));
    });
    return chart;
}

} // namespace qms::gui
