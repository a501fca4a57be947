#include "AppSettings.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace qms::gui {

AppSettings::AppSettings() = default;

QString AppSettings::keyName(Key key, const QString& sub) {
    QString base;
    switch (key) {
    case Key::WindowGeometry:
        base = QStringLiteral("MainWindow/geometry");
        break;
    case Key::WindowState:
        base = QStringLiteral("MainWindow/state");
        break;
    case Key::Splitter:
        base = QStringLiteral("Splitters/");
        break;
    case Key::RegisterHeader:
        base = QStringLiteral("Registers/header_");
        break;
    case Key::RecentFiles:
        base = QStringLiteral("Files/recent");
        break;
    case Key::LastUser:
        base = QStringLiteral("LastUser/");
        break;
    case Key::LastDirectory:
        base = QStringLiteral("Files/lastDirectory");
        break;
    case Key::ProcessMapPositions:
        base = QStringLiteral("ProcessMap/positions_");
        break;
    }
    return base + sub;
}

// Paths contain '/', which QSettings reads as groups: key per-file values by a hash of the path.
static QString fileKey(const QString& path) {
    const QString canonical = QFileInfo(path).absoluteFilePath();
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QByteArray AppSettings::windowGeometry() const {
    return m_settings.value(keyName(Key::WindowGeometry)).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray& v) {
    m_settings.setValue(keyName(Key::WindowGeometry), v);
}
QByteArray AppSettings::windowState() const {
    return m_settings.value(keyName(Key::WindowState)).toByteArray();
}
void AppSettings::setWindowState(const QByteArray& v) {
    m_settings.setValue(keyName(Key::WindowState), v);
}

QByteArray AppSettings::splitterState(const QString& splitter) const {
    return m_settings.value(keyName(Key::Splitter, splitter)).toByteArray();
}
void AppSettings::setSplitterState(const QString& splitter, const QByteArray& v) {
    m_settings.setValue(keyName(Key::Splitter, splitter), v);
}

QByteArray AppSettings::registerHeaderState(RecordKind kind) const {
    return m_settings.value(keyName(Key::RegisterHeader, recordKindKey(kind))).toByteArray();
}
void AppSettings::setRegisterHeaderState(RecordKind kind, const QByteArray& v) {
    m_settings.setValue(keyName(Key::RegisterHeader, recordKindKey(kind)), v);
}

QStringList AppSettings::recentFiles() const {
    QStringList out;
    for (const QString& p : m_settings.value(keyName(Key::RecentFiles)).toStringList())
        if (QFileInfo::exists(p))
            out << p;
    return out;
}

void AppSettings::addRecentFile(const QString& path) {
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = m_settings.value(keyName(Key::RecentFiles)).toStringList();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > MaxRecentFiles)
        list.removeLast();
    m_settings.setValue(keyName(Key::RecentFiles), list);
}

void AppSettings::removeRecentFile(const QString& path) {
    QStringList list = m_settings.value(keyName(Key::RecentFiles)).toStringList();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(keyName(Key::RecentFiles), list);
}

void AppSettings::clearRecentFiles() {
    m_settings.remove(keyName(Key::RecentFiles));
}

QString AppSettings::lastUser(const QString& databasePath) const {
    return m_settings.value(keyName(Key::LastUser, fileKey(databasePath))).toString();
}
void AppSettings::setLastUser(const QString& databasePath, const QString& user) {
    m_settings.setValue(keyName(Key::LastUser, fileKey(databasePath)), user);
}

QString AppSettings::lastDirectory() const {
    return m_settings.value(keyName(Key::LastDirectory)).toString();
}
void AppSettings::setLastDirectory(const QString& dir) {
    m_settings.setValue(keyName(Key::LastDirectory), dir);
}

QHash<QString, QPointF> AppSettings::processMapPositions(const QString& databasePath) const {
    QHash<QString, QPointF> out;
    const QVariantMap map =
        m_settings.value(keyName(Key::ProcessMapPositions, fileKey(databasePath))).toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        out.insert(it.key(), it.value().toPointF());
    return out;
}
void AppSettings::setProcessMapPositions(const QString& databasePath,
                                         const QHash<QString, QPointF>& positions) {
    const QString key = keyName(Key::ProcessMapPositions, fileKey(databasePath));
    if (positions.isEmpty()) {
        m_settings.remove(key);
        return;
    }
    QVariantMap map;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it)
        map.insert(it.key(), it.value());
    m_settings.setValue(key, map);
}

} // namespace qms::gui
