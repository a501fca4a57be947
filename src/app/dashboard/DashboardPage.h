#pragma once

#include "Navigation.h"
#include "storage/DashboardQuery.h"

#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;
class QTimer;

namespace qms {
class Workspace;
}

namespace qms::gui {

class DashboardCard;
class DashboardLoader;

// Cards (open NCs by severity, overdue CAs, documents due for review, coverage, then one for each
// kind that declares one) and charts; every card and chart segment asks for the filtered register.
class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    DashboardPage(Workspace& ws, QWidget* parent = nullptr);
    ~DashboardPage() override;

    // After a save: recomputes shortly (several saves in a row give one computation) when the
    // page is shown, otherwise when it is next shown (a hidden page costs nothing at start-up or
    // after every save).
    void refresh();
    // Starts a computation now (the Refresh button; showing a stale page).
    void recompute();
    // A computation is running off the GUI thread; the page shows "Calculating…" meanwhile.
    bool isCalculating() const;

    // The figures shown since the last finished computation (for tests and the status bar).
    const DashboardFigures& figures() const { return m_figures; }

Q_SIGNALS:
    void openRegister(const qms::gui::RegisterPreset& preset);
    // The coverage card: show the clause view.
    void openClauses();
    // A computation finished and its figures (or its error) are on screen.
    void updated(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildCards(QGridLayout* grid);
    void showKindCards();
    void onKindLink(RecordKind kind, const QString& key);
    void showFigures();
    void showCharts();
    void showHeading();
    void setCalculating(bool on);
    void onComputed(const DashboardFigures& figures);
    void onFailed(const QString& message);
    void onSeverityLink(const QString& key);
    void onReviewLink(const QString& key);

    Workspace& m_ws;
    DashboardFigures m_figures;
    bool m_loaded = false;
    bool m_stale = true;
    QLabel* m_heading = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_busy = nullptr;
    DashboardLoader* m_loader = nullptr;
    QTimer* m_debounce = nullptr;
    DashboardCard* m_ncCard = nullptr;
    DashboardCard* m_caCard = nullptr;
    DashboardCard* m_reviewCard = nullptr;
    DashboardCard* m_coverageCard = nullptr;
    QList<QPair<RecordKind, DashboardCard*>> m_kindCards; // the cards kinds declare
    static constexpr int CardsPerRow = 5;
    QChartView* m_flowView = nullptr;
    QChartView* m_sourceView = nullptr;
    QChartView* m_onTimeView = nullptr;
};

} // namespace qms::gui
