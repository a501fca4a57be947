#include "WelcomePage.h"

#include "Icons.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace qms::gui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    column->setSpacing(12);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    auto* header = new QHBoxLayout;
    auto* logo = new QLabel;
    logo->setPixmap(appIcon().pixmap(QSize(72, 72)));
    header->addWidget(logo);
    auto* titleBox = new QVBoxLayout;
    auto* title = new QLabel(tr("QMS Desk"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setBold(true);
    title->setFont(f);
    titleBox->addWidget(title);
    auto* subtitle = new QLabel(tr("Your ISO 9001 quality management system: documents, processes, "
                                   "nonconformities and corrective actions in one file."));
    subtitle->setWordWrap(true);
    titleBox->addWidget(subtitle);
    header->addLayout(titleBox, 1);
    column->addStretch(1);
    column->addLayout(header);
    column->addSpacing(12);

    auto addButton = [&](const QString& iconName, const QString& text, const QString& description) {
        auto* b = new QCommandLinkButton(text, description);
        b->setIcon(icon(iconName));
        b->setIconSize(QSize(28, 28));
        column->addWidget(b);
        return b;
    };
    auto* create = addButton(QStringLiteral("new"), tr("Create new…"),
                             tr("Start an empty QMS file for your organisation."));
    create->setObjectName(QStringLiteral("createButton"));
    auto* open =
        addButton(QStringLiteral("open"), tr("Open…"), tr("Open an existing QMS Desk database (*.qms)."));
    open->setObjectName(QStringLiteral("openButton"));
    auto* demo = addButton(QStringLiteral("star"), tr("Open demo"),
                           tr("Explore a sample company's QMS with realistic records. Nothing you do there "
                              "touches your own files."));
    demo->setObjectName(QStringLiteral("demoButton"));
    connect(create, &QCommandLinkButton::clicked, this, &WelcomePage::createRequested);
    connect(open, &QCommandLinkButton::clicked, this, &WelcomePage::openRequested);
    connect(demo, &QCommandLinkButton::clicked, this, &WelcomePage::openDemoRequested);

    column->addSpacing(12);
    auto* recentLabel = new QLabel(tr("<b>Recent files</b>"));
    column->addWidget(recentLabel);
    m_recentEmpty = new QLabel(tr("No recent files yet."));
    m_recentEmpty->setEnabled(false);
    column->addWidget(m_recentEmpty);
    m_recent = new QListWidget;
    m_recent->setAccessibleName(tr("Recent files"));
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMaximumHeight(180);
    m_recent->setIconSize(QSize(20, 20));
    column->addWidget(m_recent);
    column->addStretch(2);
    recentLabel->setBuddy(m_recent);

    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString());
    });
    setTabOrder(create, open);
    setTabOrder(open, demo);
    setTabOrder(demo, m_recent);
}

void WelcomePage::setRecentFiles(const QStringList& paths) {
    m_recent->clear();
    for (const QString& p : paths) {
        auto* item = new QListWidgetItem(
            icon(QStringLiteral("document")),
            tr("%1 — %2").arg(QFileInfo(p).fileName(), QDir::toNativeSeparators(QFileInfo(p).absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, p);
        item->setToolTip(QDir::toNativeSeparators(p));
    }
    m_recent->setVisible(!paths.isEmpty());
    m_recentEmpty->setVisible(paths.isEmpty());
}

} // namespace qms::gui
