#include "PackExportFlow.h"

#include "PackExportDialog.h"
#include "PackExportJob.h"
#include "PackPreviewDialog.h"
#include "shell/MessageBox.h"
#include "storage/Workspace.h"

#include <QEventLoop>
#include <QProgressDialog>

namespace qms::gui {

void PackExportFlow::run(QWidget* parent, Workspace& ws) {
    PackExportDialog dialog(ws.catalogue(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return;

    PackExportJob job;
    QProgressDialog progress(tr("Preparing audit pack…"), tr("Cancel"), 0,
                             report::AuditPackWriter::ProgressTotal, parent);
    progress.setWindowTitle(tr("Export audit pack"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QEventLoop loop;
    connect(&job, &PackExportJob::progressed, &progress,
            [&progress](int done, int total, const QString& stage) {
                progress.setMaximum(total);
                progress.setValue(done);
                if (!stage.isEmpty())
                    progress.setLabelText(stage);
            });
    connect(&progress, &QProgressDialog::canceled, &job, &PackExportJob::cancel);
    connect(&job, &PackExportJob::finished, &loop, &QEventLoop::quit);
    // The workspace's own connection stays on this thread; the job opens a read-only one.
    if (!job.start(ws.path(), ws.user().name, dialog.scope(), dialog.outputPath()))
        return;
    progress.show();
    loop.exec();
    progress.hide();

    const auto& result = *job.result();
    if (!result.ok()) {
        if (result.error().code != ErrorCode::Cancelled && !job.wasCancelled())
            MessageBox::critical(parent, tr("Export audit pack"),
                                 tr("The audit pack could not be written to %1.\n\n%2")
                                     .arg(dialog.outputPath(), result.error().describe()));
        return;
    }
    PackPreviewDialog preview(result.value(), parent);
    preview.exec();
}

} // namespace qms::gui
