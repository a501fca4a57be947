#include "PackPreviewDialog.h"

#include "shell/MessageBox.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace qms::gui {

PackPreviewDialog::PackPreviewDialog(const report::PackSummary& summary, QWidget* parent)
    : QDialog(parent)
    , m_summary(summary) {
    setWindowTitle(tr("Audit pack – %1").arg(QFileInfo(summary.path).fileName()));
    resize(900, 1000);
    auto* layout = new QVBoxLayout(this);

    auto* info =
        new QLabel(tr("%n page(s); chain head %1 (sequence %2); integrity %3", nullptr, summary.pages)
                       .arg(summary.shortFingerprint())
                       .arg(summary.chainSeq)
                       .arg(summary.integrityOk ? tr("verified")
                                                : tr("%n problem(s)", nullptr, summary.integrityProblems)),
                   this);
    info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_document = new QPdfDocument(this);
    m_document->load(summary.path);
    m_view = new QPdfView(this);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    auto* nav = new QHBoxLayout;
    m_page = new QSpinBox(this);
    m_page->setRange(1, std::max(1, m_document->pageCount()));
    m_page->setPrefix(tr("Page "));
    m_page->setSuffix(tr(" of %1").arg(m_document->pageCount()));
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) { goToPage(page - 1); });
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(m_page);
        m_page->setValue(page + 1);
    });
    auto* fitWidth = new QPushButton(tr("Fit &width"), this);
    auto* fitPage = new QPushButton(tr("Fit &page"), this);
    connect(fitWidth, &QPushButton::clicked, this,
            [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth); });
    connect(fitPage, &QPushButton::clicked, this,
            [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitInView); });
    nav->addWidget(info, 1);
    nav->addWidget(m_page);
    nav->addWidget(fitWidth);
    nav->addWidget(fitPage);
    layout->addLayout(nav);
    layout->addWidget(m_view, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* open = buttons->addButton(tr("&Open externally"), QDialogButtonBox::ActionRole);
    auto* save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    connect(open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_summary.path)); });
    connect(save, &QPushButton::clicked, this, &PackPreviewDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

int PackPreviewDialog::pageCount() const {
    return m_document->pageCount();
}

void PackPreviewDialog::goToPage(int page) {
    m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
}

Status PackPreviewDialog::copyTo(const QString& source, const QString& target) {
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return {};
    if (QFile::exists(target) && !QFile::remove(target))
        return Error{ErrorCode::Io, tr("Cannot replace %1").arg(target)};
    QFile file(source);
    if (!file.copy(target))
        return Error{ErrorCode::Io, tr("Cannot copy %1 to %2: %3").arg(source, target, file.errorString())};
    return {};
}

void PackPreviewDialog::saveAs() {
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save audit pack as"), m_summary.path, tr("PDF files (*.pdf)"));
    if (target.isEmpty())
        return;
    const Status copied = copyTo(m_summary.path, target);
    if (!copied)
        MessageBox::critical(this, tr("Save audit pack"), copied.error().describe());
}

} // namespace qms::gui
