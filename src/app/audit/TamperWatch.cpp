#include "TamperWatch.h"

#include "MainWindow.h"
#include "TamperReportDialog.h"
#include "shell/Icons.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLoggingCategory>
#include <QStyle>
#include <QThread>
#include <QToolButton>

namespace qms::gui {
namespace {

Q_LOGGING_CATEGORY(lcTamper, "qmsdesk.gui.tamper")

} // namespace

TamperWatch::TamperWatch(MainWindow* window)
    : QToolBar(tr("Integrity warning"), window)
    , m_window(window) {
    setObjectName(QStringLiteral("tamperBanner"));
    setMovable(false);
    setFloatable(false);
    toggleViewAction()->setVisible(false);
    setStyleSheet(
        QStringLiteral("QToolBar#tamperBanner { background: #fde2e1; border-bottom: 1px solid #d9534f; "
                       "padding: 4px; } QLabel { color: #7a1c1a; }"));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("tamperBannerText"));
    // One line: a wrapping label inside a toolbar asks for several lines' height. The whole text
    // is in the tooltip and in Details.
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setMinimumWidth(120);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    addWidget(icon);
    addWidget(m_text);
    auto* details = addAction(tr("Details…"), this, &TamperWatch::showDetails);
    details->setObjectName(QStringLiteral("tamperDetailsAction"));
    auto* dismiss = addAction(tr("Dismiss"), this, &QWidget::hide);
    dismiss->setObjectName(QStringLiteral("tamperDismissAction"));
    window->addToolBarBreak(Qt::TopToolBarArea);
    window->addToolBar(Qt::TopToolBarArea, this);
    hide();
    connect(window, &MainWindow::workspaceChanged, this, &TamperWatch::start);
}

TamperWatch::~TamperWatch() {
    stop();
}

void TamperWatch::stop() {
    if (!m_thread)
        return;
    // The worker holds only copies and the flag; waiting is short once it sees the flag.
    m_cancel->store(true);
    ++m_generation;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void TamperWatch::start(Workspace* ws) {
    stop();
    hide();
    m_report = {};
    m_error.clear();
    if (!ws)
        return;
    m_path = ws->path();
    const QString user = ws->user().name;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto outcome = std::make_shared<Outcome>();
    m_cancel = cancel;
    // Database connections belong to one thread: the worker opens its own workspace, read-only.
    m_thread = QThread::create([path = m_path, user, cancel, outcome] {
        auto opened = Workspace::open(path, user, OpenMode::ReadOnly);
        if (!opened) {
            outcome->error = opened.error().describe();
            return;
        }
        auto report = (*opened)->verify([&cancel](qint64) { return !cancel->load(); });
        if (report)
            outcome->report = *report;
        else if (report.error().code == ErrorCode::Cancelled)
            outcome->cancelled = true;
        else
            outcome->error = report.error().describe();
    });
    m_thread->setObjectName(QStringLiteral("qmsdesk-verify"));
    const quint64 generation = ++m_generation;
    connect(m_thread, &QThread::finished, this, [this, outcome, generation] {
        // A finished signal queued before stop() must not touch a newer check.
        if (generation == m_generation)
            finished(outcome);
    });
    m_thread->start(QThread::LowPriority);
}

void TamperWatch::finished(const std::shared_ptr<Outcome>& outcome) {
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (outcome->cancelled)
        return;
    m_report = outcome->report;
    m_error = outcome->error;
    const bool clean = m_error.isEmpty() && m_report.ok();
    qCInfo(lcTamper) << "verified" << m_path << (clean ? "clean" : "PROBLEMS") << m_report.summary()
                     << m_error;
    if (!clean) {
        m_text->setText(bannerText());
        m_text->setToolTip(bannerText());
        show();
    }
    Q_EMIT checked(clean);
}

QString TamperWatch::bannerText() const {
    if (!m_error.isEmpty())
        return tr("The integrity check of this database could not run: %1").arg(m_error);
    if (m_report.ok())
        return {};
    QStringList named;
    for (const AuditProblem& p : m_report.problems)
        if (!p.recordId.isEmpty() && !named.contains(p.recordId))
            named << p.recordId;
    const int entries = int(std::count_if(m_report.problems.cbegin(), m_report.problems.cend(),
                                          [](const AuditProblem& p) { return p.seq > 0; }));
    QString text = tr("<b>This database was changed outside QMS Desk.</b> ");
    if (!m_report.integrityProblems.isEmpty())
        text += tr("SQLite reports damage to the file. ");
    if (!named.isEmpty()) {
        const QStringList shown = named.mid(0, 6);
        text += tr("Affected: %1%2. ")
                    .arg(shown.join(QStringLiteral(", ")).toHtmlEscaped(),
                         named.size() > shown.size() ? tr(" and %1 more").arg(named.size() - shown.size())
                                                     : QString());
    }
    if (entries > 0)
        text += tr("%n audit entry(ies) do not verify. ", nullptr, entries);
    text += tr("What it shows may not be what was recorded.");
    return text;
}

void TamperWatch::showDetails() {
    auto* dialog = new TamperReportDialog(m_report, m_error, QDir::toNativeSeparators(m_path), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TamperReportDialog::openRecordRequested, m_window, &MainWindow::openRecord);
    dialog->show();
}

} // namespace qms::gui
