#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace qms::gui {

Q_LOGGING_CATEGORY(lcIcons, "qmsdesk.gui.icons")

namespace {

// The icons draw their outlines in one dark ink (#37474F). On a dark palette that ink would vanish,
// so it is swapped for a light one and the icon rendered from the changed SVG.
const QByteArray Ink = QByteArrayLiteral("#37474F");
const QByteArray LightInk = QByteArrayLiteral("#CFD8DC");

QIcon lightInkIcon(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QIcon(path);
    QSvgRenderer renderer(f.readAll().replace(Ink, LightInk));
    QIcon result;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        renderer.render(&painter);
        painter.end();
        result.addPixmap(pm);
    }
    return result;
}

} // namespace

QIcon icon(const QString& name) {
    static QHash<QString, QIcon> cache;
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    const QString key = dark ? name + QStringLiteral("@dark") : name;
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const QString path = QStringLiteral(":/qmsdesk/icons/%1.svg").arg(name);
    QIcon result;
    if (!QFile::exists(path))
        qCWarning(lcIcons) << "No icon named" << name;
    else
        result = dark ? lightInkIcon(path) : QIcon(path);
    cache.insert(key, result);
    return result;
}

QIcon appIcon() {
    QIcon result;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        result.addFile(QStringLiteral(":/qmsdesk/icons/app/qmsdesk-%1.png").arg(size), QSize(size, size));
    return result;
}

} // namespace qms::gui
