#include "AppSettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <algorithm>

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
    case Key::Language: // also read by the translator set-up in main()
        base = QStringLiteral("ui/language");
        break;
    case Key::DefaultReviewInterval:
        base = QStringLiteral("Records/defaultReviewIntervalMonths");
        break;
    case Key::ReminderHorizon:
        base = QStringLiteral("Records/reminderHorizonDays");
        break;
    case Key::RemindersAtOpen:
        base = QStringLiteral("Reminders/showAtOpen");
        break;
    case Key::AutoBackupOnOpen:
        base = QStringLiteral("Backups/onOpen");
        break;
    case Key::AutoBackupKeep:
        base = QStringLiteral("Backups/keep");
        break;
    case Key::AutoBackupFolder:
        base = QStringLiteral("Backups/folder");
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

QString AppSettings::language() const {
    const QString code = m_settings.value(keyName(Key::Language)).toString();
    return code == QLatin1String("en") || code == QLatin1String("de") ? code : QString();
}
void AppSettings::setLanguage(const QString& code) {
    m_settings.setValue(keyName(Key::Language), code);
}

int AppSettings::defaultReviewIntervalMonths() const {
    return std::clamp(
        m_settings.value(keyName(Key::DefaultReviewInterval), DefaultReviewIntervalMonths).toInt(), 1, 120);
}
void AppSettings::setDefaultReviewIntervalMonths(int months) {
    m_settings.setValue(keyName(Key::DefaultReviewInterval), std::clamp(months, 1, 120));
}

int AppSettings::reminderHorizonDays() const {
    return std::clamp(m_settings.value(keyName(Key::ReminderHorizon), DefaultReminderHorizonDays).toInt(), 0,
                      365);
}
void AppSettings::setReminderHorizonDays(int days) {
    m_settings.setValue(keyName(Key::ReminderHorizon), std::clamp(days, 0, 365));
}

bool AppSettings::showRemindersAtOpen() const {
    return m_settings.value(keyName(Key::RemindersAtOpen), true).toBool();
}
void AppSettings::setShowRemindersAtOpen(bool show) {
    m_settings.setValue(keyName(Key::RemindersAtOpen), show);
}

bool AppSettings::autoBackupOnOpen() const {
    return m_settings.value(keyName(Key::AutoBackupOnOpen), false).toBool();
}
void AppSettings::setAutoBackupOnOpen(bool on) {
    m_settings.setValue(keyName(Key::AutoBackupOnOpen), on);
}

int AppSettings::autoBackupKeep() const {
    return std::clamp(m_settings.value(keyName(Key::AutoBackupKeep), DefaultAutoBackupKeep).toInt(), 1, 100);
}
void AppSettings::setAutoBackupKeep(int count) {
    m_settings.setValue(keyName(Key::AutoBackupKeep), std::clamp(count, 1, 100));
}

QString AppSettings::autoBackupFolder() const {
    return m_settings.value(keyName(Key::AutoBackupFolder)).toString();
}
void AppSettings::setAutoBackupFolder(const QString& folder) {
    m_settings.setValue(keyName(Key::AutoBackupFolder), folder);
}

} // namespace qms::gui
