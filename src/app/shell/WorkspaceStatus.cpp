#include "WorkspaceStatus.h"

#include "Icons.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace qms::gui {

WorkspaceStatus::WorkspaceStatus(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    auto iconLabel = [&](const QString& name) {
        auto* l = new QLabel;
        l->setPixmap(icon(name).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
        return l;
    };
    m_fileIcon = iconLabel(QStringLiteral("document"));
    m_file = new QLabel;
    m_file->setObjectName(QStringLiteral("statusFile"));
    m_userIcon = iconLabel(QStringLiteral("user"));
    m_user = new QLabel;
    m_user->setObjectName(QStringLiteral("statusUser"));

    m_badge = new QWidget;
    m_badge->setObjectName(QStringLiteral("readOnlyBadge"));
    m_badge->setAutoFillBackground(true);
    // Opaque amber with dark text: readable on light and dark palettes alike.
    QPalette pal = m_badge->palette();
    pal.setColor(QPalette::Window, QColor(0xFF, 0xE0, 0x82));
    pal.setColor(QPalette::WindowText, QColor(0x3E, 0x27, 0x23));
    m_badge->setPalette(pal);
    auto* badgeLayout = new QHBoxLayout(m_badge);
    badgeLayout->setContentsMargins(6, 1, 8, 1);
    badgeLayout->setSpacing(4);
    badgeLayout->addWidget(iconLabel(QStringLiteral("lock")));
    auto* badgeText = new QLabel(tr("Read-only"));
    badgeText->setPalette(pal);
    badgeLayout->addWidget(badgeText);

    layout->addWidget(m_fileIcon);
    layout->addWidget(m_file);
    layout->addSpacing(12);
    layout->addWidget(m_userIcon);
    layout->addWidget(m_user);
    layout->addSpacing(6);
    layout->addWidget(m_badge);
    setWorkspace(nullptr);
}

void WorkspaceStatus::setWorkspace(const Workspace* ws) {
    setVisible(ws != nullptr);
    if (!ws) {
        m_file->clear();
        m_user->clear();
        m_badge->setVisible(false);
        return;
    }
    const QFileInfo fi(ws->path());
    m_file->setText(fi.fileName());
    m_file->setToolTip(QDir::toNativeSeparators(fi.absoluteFilePath()));
    const User& u = ws->user();
    m_user->setText(tr("%1 (%2)").arg(u.printedName(), enumLabel(u.role)));
    m_user->setToolTip(tr("Working as %1, user name %2").arg(u.printedName(), u.name));
    m_badge->setVisible(ws->isReadOnly());
    m_badge->setToolTip(u.role == Role::Auditor
                            ? tr("Auditors review: the file is open read-only and nothing can be changed.")
                            : tr("Opened for review: nothing can be changed. Open it normally to edit."));
}

QString WorkspaceStatus::fileText() const {
    return m_file->text();
}
QString WorkspaceStatus::userText() const {
    return m_user->text();
}
bool WorkspaceStatus::isReadOnlyBadgeShown() const {
    return !m_badge->isHidden();
}

} // namespace qms::gui
