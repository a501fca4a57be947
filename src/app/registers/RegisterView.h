#pragma once

#include "Navigation.h"
#include "domain/Enums.h"

#include <QWidget>

class QTableView;
class QLabel;
class QTimer;
class QStackedWidget;
class QHBoxLayout;
class QButtonGroup;

namespace qms {
class Workspace;
struct ChangeSet;
} // namespace qms

namespace qms::gui {

class FilterBar;
class RegisterModel;

// One register page: the filter bar over a lazily fetched table with chips, a column chooser
// (header context menu) and a persisted column layout. Activating a row asks to open the record.
class RegisterView final : public QWidget {
    Q_OBJECT
public:
    RegisterView(Workspace& ws, RecordKind kind, QWidget* parent = nullptr);
    ~RegisterView() override;

    RecordKind kind() const { return m_kind; }
    RegisterModel* model() const { return m_model; }
    FilterBar* filterBar() const { return m_filterBar; }
    QTableView* table() const { return m_table; }

    // Shows the register filtered as a dashboard card or a clause asks.
    void applyPreset(const RegisterPreset& preset);
    // Re-reads rows and owners, keeping filter, sort and (when still loaded) the selected record.
    void refresh();
    // Brings the rows read so far up to date after a committed change (ws.changes()) of records
    // this register shows; other changes cost nothing. Keeps filter, sort, selection and scroll.
    void applyChanges(const qms::ChangeSet& changes);
    void saveLayout() const;
    QString selectedId() const;

    // Another way of looking at this register (the process map): a Table / `title` switch appears
    // in the title row, and the filter bar shows with the table only.
    void addAlternateView(const QIcon& icon, const QString& title, QWidget* view);
    // The alternate view on screen, or null while the table is.
    QWidget* currentAlternateView() const;
    void showTable();
    void showAlternateView(QWidget* view);

Q_SIGNALS:
    void openRecordRequested(const QString& id);
    // After refresh(): alternate views reload with it.
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadOwners();
    bool m_ownersLoaded = false;
    // The kinds whose changes show in this register: its own, and the kind its overdue rule
    // looks through.
    QList<RecordKind> m_shownKinds;
    int naturalColumnWidth(int column) const;
    void applyInitialLayout();
    void showColumnMenu(const QPoint& pos);
    void restoreLayout();
    void applyFilter();

    Workspace& m_ws;
    RecordKind m_kind;
    RegisterModel* m_model;
    FilterBar* m_filterBar;
    QTableView* m_table;
    QLabel* m_error;
    QTimer* m_saveTimer;
    QHBoxLayout* m_titleRow;
    QStackedWidget* m_stack;
    QButtonGroup* m_viewButtons = nullptr;
    bool m_needsInitialLayout = false;
};

} // namespace qms::gui
