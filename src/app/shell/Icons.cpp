#include "Icons.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

namespace qms::gui {

Q_LOGGING_CATEGORY(lcIcons, "qmsdesk.gui.icons")

QIcon icon(const QString& name) {
    static QHash<QString, QIcon> cache;
    if (auto it = cache.constFind(name); it != cache.constEnd())
        return *it;
    const QString path = QStringLiteral(":/qmsdesk/icons/%1.svg").arg(name);
    QIcon result;
    if (QFile::exists(path))
        result = QIcon(path);
    else
        qCWarning(lcIcons) << "No icon named" << name;
    cache.insert(name, result);
    return result;
}

QIcon appIcon() {
    QIcon result;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        result.addFile(QStringLiteral(":/qmsdesk/icons/app/qmsdesk-%1.png").arg(size), QSize(size, size));
    return result;
}

} // namespace qms::gui
