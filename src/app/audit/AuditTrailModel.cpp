#include "AuditTrailModel.h"

#include "storage/Workspace.h"

#include <QFont>
#include <QHash>
#include <QLocale>

namespace qms::gui {
namespace {

// One line in the table; the full text stays in the tooltip.
QString oneLine(const QString& s, int max = 160) {
    QString t = s;
    t.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return t.size() > max ? t.left(max - 1) + QStringLiteral("…") : t;
}

// The action is stored as a stable English key; people read it in their language.
QString actionLabel(const QString& key) {
    static const QHash<QString, const char*> labels{
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("qms::gui::AuditTrailModel", "created")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("qms::gui::AuditTrailModel", "changed")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("qms::gui::AuditTrailModel", "status changed")},
        {QStringLiteral("link"), QT_TRANSLATE_NOOP("qms::gui::AuditTrailModel", "linked")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("qms::gui::AuditTrailModel", "imported")},
        {QStringLiteral("attach"), QT_TRANSLATE_NOOP("qms::gui::AuditTrailModel", "file attached")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("qms::gui::AuditTrailModel", "user")},
        {QStringLiteral("applicability"), QT_TRANSLATE_NOOP("qms::gui::AuditTrailModel", "applicability")},
    };
    const char* label = labels.value(key);
    return label ? AuditTrailModel::tr(label) : key;
}

} // namespace

// m_notifying: listeners of the begin/end signals (the model tester, some views) may call
// fetchMore right away; inserting rows before every listener has heard of the change in flight
// would confuse the others, so fetching waits until the signals are out.
AuditTrailModel::AuditTrailModel(Workspace& ws, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ws(ws) {}

Status AuditTrailModel::setFilter(const AuditFilter& filter) {
    m_filter = filter;
    return reload();
}

Status AuditTrailModel::reload() {
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_lastError.clear();
    AuditFilter f = m_filter;
    f.offset = 0;
    f.limit = PageSize;
    f.newestFirst = true;
    auto total = m_ws.audit().count(f);
    Status status;
    if (!total) {
        status = total.error();
    } else {
        m_total = *total;
        auto page = m_ws.audit().query(f);
        if (page)
            m_rows = *page;
        else
            status = page.error();
    }
    if (!status) {
        m_total = 0;
        m_lastError = status.error().describe();
    }
    endResetModel();
    m_notifying = false;
    return status;
}

const AuditEntry* AuditTrailModel::entry(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTrailModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_notifying && m_lastError.isEmpty() && m_rows.size() < m_total;
}

void AuditTrailModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    AuditFilter f = m_filter;
    f.offset = m_rows.size();
    f.limit = PageSize;
    f.newestFirst = true;
    auto page = m_ws.audit().query(f);
    if (!page) {
        m_lastError = page.error().describe();
        Q_EMIT fetchFailed(m_lastError);
        return;
    }
    if (page->isEmpty()) {
        // The trail shrank under us (cannot happen in our files, but a stalled fetch loop would hang).
        m_total = m_rows.size();
        return;
    }
    const int first = int(m_rows.size());
    m_notifying = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
    m_notifying = false;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_rows[index.row()];
    if (role == RecordIdRole)
        return e.recordId;
    if (role == SeqRole)
        return e.seq;
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeqColumn:
            return e.seq;
        case WhenColumn: {
            // Local date in the user's format; the time keeps its seconds, which order the trail.
            const QDateTime local = e.at.toLocalTime();
            return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                   local.time().toString(QStringLiteral("HH:mm:ss"));
        }
        case UserColumn:
            return e.user;
        case RecordColumn:
            return e.recordId;
        case ActionColumn:
            return actionLabel(e.action);
        case FieldColumn:
            return e.field == QLatin1String("*") ? tr("(all fields)") : e.field;
        case OldColumn:
            return oneLine(e.oldValue);
        case NewColumn:
            return oneLine(e.newValue);
        case ReasonColumn:
            return oneLine(e.reason);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return tr("%1 (UTC %2)")
                .arg(e.at.toLocalTime().toString(Qt::ISODate), e.at.toUTC().toString(Qt::ISODateWithMs));
        case OldColumn:
            return e.oldValue.isEmpty() ? QVariant() : QVariant(e.oldValue);
        case NewColumn:
            return e.newValue.isEmpty() ? QVariant() : QVariant(e.newValue);
        case ReasonColumn:
            return e.reason.isEmpty() ? QVariant() : QVariant(e.reason);
        case SeqColumn:
            return tr("Entry %1, hash %2").arg(e.seq).arg(e.hash.left(16));
        default:
            return {};
        }
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("Seq");
    case WhenColumn:
        return tr("When");
    case UserColumn:
        return tr("User");
    case RecordColumn:
        return tr("Record");
    case ActionColumn:
        return tr("Action");
    case FieldColumn:
        return tr("Field");
    case OldColumn:
        return tr("Old value");
    case NewColumn:
        return tr("New value");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace qms::gui
