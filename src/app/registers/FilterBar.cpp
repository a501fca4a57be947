#include "FilterBar.h"

#include "domain/kinds/KindDeclaration.h"
#include "shell/Icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

namespace qms::gui {
namespace {

// Whether the register of `decl` filters by the enum field `key` (KindDecl::filterEnums).
bool filtersBy(const KindDecl& decl, const char* key) {
    for (const char* f : decl.filterEnums)
        if (qstrcmp(f, key) == 0)
            return true;
    return false;
}

} // namespace

RegisterFilter filterFromPreset(const RegisterPreset& p) {
    RegisterFilter f;
    f.text = p.text;
    f.statuses = p.statuses;
    f.severities = p.severities;
    f.source = p.source;
    f.owner = p.owner;
    f.clause = p.clause;
    f.openOnly = p.openOnly;
    f.overdueOnly = p.overdueOnly;
    f.reviewDueWithinDays = p.reviewDueWithinDays;
    f.month = p.month;
    f.closedMonth = p.closedMonth;
    return f;
}

FilterBar::FilterBar(RecordKind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setPlaceholderText(tr("Filter by words or ID…"));
    m_search->setAccessibleName(tr("Filter by words or ID"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(180);
    layout->addWidget(m_search, 2);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitChanged);

    m_status = makeMultiSelect(tr("Status"), RegisterQuery::statusChoices(kind), &m_statusMenu);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    layout->addWidget(m_status);
    const KindDecl& decl = kindDecl(kind);
    if (filtersBy(decl, "severity")) {
        QList<QPair<QString, QString>> severities;
        for (Severity s : enumValues<Severity>())
            severities.append({enumKey(s), enumLabel(s)});
        m_severity = makeMultiSelect(tr("Severity"), severities, &m_severityMenu);
        m_severity->setObjectName(QStringLiteral("filterSeverity"));
        layout->addWidget(m_severity);
    }

    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("filterOwner"));
    m_owner->setToolTip(KindDecl::worded("qms::gui::FilterBar", decl.wording.ownerFilter, tr("Owner")));
    m_owner->setAccessibleName(m_owner->toolTip());
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owner->setMinimumContentsLength(10);
    setOwners({});
    connect(m_owner, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    layout->addWidget(m_owner);

    m_clause = new QLineEdit;
    m_clause->setObjectName(QStringLiteral("filterClause"));
    m_clause->setPlaceholderText(tr("Clause"));
    m_clause->setAccessibleName(tr("Clause"));
    m_clause->setToolTip(tr("ISO 9001 clause, e.g. 8.7: records linked to it or to its subclauses"));
    m_clause->setClearButtonEnabled(true);
    m_clause->setMaximumWidth(110);
    connect(m_clause, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    layout->addWidget(m_clause);

    m_openOnly =
        new QCheckBox(KindDecl::worded("qms::gui::FilterBar", decl.wording.openOnly, tr("O&pen only")));
    m_openOnly->setObjectName(QStringLiteral("filterOpenOnly"));
    connect(m_openOnly, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    layout->addWidget(m_openOnly);
    m_overdueOnly =
        new QCheckBox(KindDecl::worded("qms::gui::FilterBar", decl.wording.overdueOnly, tr("O&verdue only")));
    m_overdueOnly->setObjectName(QStringLiteral("filterOverdueOnly"));
    m_overdueOnly->setVisible(decl.overdueRule != nullptr);
    if (decl.wording.overdueTip)
        m_overdueOnly->setToolTip(KindDecl::worded("qms::gui::FilterBar", decl.wording.overdueTip, {}));
    connect(m_overdueOnly, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    layout->addWidget(m_overdueOnly);

    m_extra = new QLabel;
    m_extra->setObjectName(QStringLiteral("filterExtra"));
    m_extra->setVisible(false);
    layout->addWidget(m_extra);

    m_clear = new QToolButton;
    m_clear->setObjectName(QStringLiteral("filterClear"));
    m_clear->setText(tr("&Clear filters"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        setFilter({});
        emitChanged();
    });
    layout->addWidget(m_clear);
    layout->addStretch(1);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("filterCount"));
    layout->addWidget(m_count);
    updateButtonTexts();
}

QToolButton* FilterBar::makeMultiSelect(const QString& text, const QList<QPair<QString, QString>>& choices,
                                        QMenu** menu) {
    auto* button = new QToolButton;
    button->setText(text);
    button->setProperty("baseText", text);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    *menu = new QMenu(button);
    for (const auto& [key, label] : choices) {
        QAction* a = (*menu)->addAction(label);
        a->setCheckable(true);
        a->setData(key);
        connect(a, &QAction::toggled, this, [this] {
            updateButtonTexts();
            emitChanged();
        });
    }
    button->setMenu(*menu);
    return button;
}

QStringList FilterBar::checkedKeys(const QMenu* menu) {
    QStringList out;
    if (!menu)
        return out;
    for (const QAction* a : menu->actions())
        if (a->isChecked())
            out << a->data().toString();
    return out;
}

void FilterBar::setCheckedKeys(QMenu* menu, const QStringList& keys) {
    if (!menu)
        return;
    for (QAction* a : menu->actions()) {
        QSignalBlocker block(a);
        a->setChecked(keys.contains(a->data().toString()));
    }
}

void FilterBar::updateButtonTexts() {
    for (auto [button, menu] : {std::pair{m_status, m_statusMenu}, std::pair{m_severity, m_severityMenu}}) {
        if (!button)
            continue;
        QStringList labels;
        for (const QAction* a : menu->actions())
            if (a->isChecked())
                labels << a->text();
        const QString base = button->property("baseText").toString();
        if (labels.isEmpty())
            button->setText(tr("%1: any").arg(base));
        else if (labels.size() == 1)
            button->setText(tr("%1: %2").arg(base, labels.first()));
        else
            button->setText(tr("%1: %2 selected").arg(base).arg(labels.size()));
        button->setToolTip(labels.isEmpty() ? tr("Show only some values of %1").arg(base.toLower())
                                            : labels.join(QStringLiteral(", ")));
    }
}

void FilterBar::updateExtraLabel() {
    const KindDecl& decl = kindDecl(m_kind);
    QStringList parts;
    if (!m_hidden.source.isEmpty())
        parts
            << tr("source: %1").arg(RegisterQuery::displayText(ColumnType::Enum, m_kind, m_hidden.source));
    if (!m_hidden.month.isEmpty())
        parts << KindDecl::worded("qms::gui::FilterBar", decl.wording.month, tr("due in %1"))
                     .arg(m_hidden.month);
    if (!m_hidden.closedMonth.isEmpty())
        parts << KindDecl::worded("qms::gui::FilterBar", decl.wording.closedMonth, tr("completed in %1"))
                     .arg(m_hidden.closedMonth);
    if (m_hidden.reviewDueWithinDays >= 0)
        parts << tr("review due within %1 days").arg(m_hidden.reviewDueWithinDays);
    m_extra->setText(parts.isEmpty() ? QString()
                                     : tr("<i>Also: %1</i>").arg(parts.join(QStringLiteral("; "))));
    m_extra->setVisible(!parts.isEmpty());
}

RegisterFilter FilterBar::filter() const {
    RegisterFilter f = m_hidden;
    f.text = m_search->text().trimmed();
    f.statuses = checkedKeys(m_statusMenu);
    f.severities = checkedKeys(m_severityMenu);
    f.owner = m_owner->currentIndex() > 0 ? m_owner->currentText() : QString();
    f.clause = m_clause->text().trimmed();
    f.openOnly = m_openOnly->isChecked();
    f.overdueOnly = m_overdueOnly->isChecked();
    return f;
}

void FilterBar::setFilter(const RegisterFilter& f) {
    const QSignalBlocker b1(m_search), b2(m_owner), b3(m_clause), b4(m_openOnly), b5(m_overdueOnly);
    m_debounce->stop();
    m_hidden = RegisterFilter{};
    m_hidden.source = f.source;
    m_hidden.month = f.month;
    m_hidden.closedMonth = f.closedMonth;
    m_hidden.reviewDueWithinDays = f.reviewDueWithinDays;
    m_search->setText(f.text);
    setCheckedKeys(m_statusMenu, f.statuses);
    setCheckedKeys(m_severityMenu, f.severities);
    int ownerIndex = f.owner.isEmpty() ? 0 : m_owner->findText(f.owner, Qt::MatchFixedString);
    if (ownerIndex < 0) {
        m_owner->addItem(f.owner);
        ownerIndex = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(ownerIndex);
    m_clause->setText(f.clause);
    m_openOnly->setChecked(f.openOnly);
    m_overdueOnly->setChecked(f.overdueOnly);
    updateButtonTexts();
    updateExtraLabel();
}

void FilterBar::setOwners(const QStringList& owners) {
    const QSignalBlocker block(m_owner);
    const QString current = m_owner->currentIndex() > 0 ? m_owner->currentText() : QString();
    m_owner->clear();
    m_owner->addItem(
        KindDecl::worded("qms::gui::FilterBar", kindDecl(m_kind).wording.anyOwner, tr("Any owner")));
    m_owner->addItems(owners);
    const int i = current.isEmpty() ? 0 : m_owner->findText(current);
    if (i < 0 && !current.isEmpty()) {
        m_owner->addItem(current);
        m_owner->setCurrentIndex(m_owner->count() - 1);
    } else {
        m_owner->setCurrentIndex(std::max(0, i));
    }
}

void FilterBar::setCounts(qint64 shown, qint64 total) {
    const QLocale locale;
    if (shown == total)
        m_count->setText(tr("%1 records").arg(locale.toString(total)));
    else
        m_count->setText(tr("showing %1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

QString FilterBar::countText() const {
    return m_count->text();
}

void FilterBar::emitChanged() {
    m_debounce->stop();
    Q_EMIT filterChanged();
}

} // namespace qms::gui
