#include "ClauseCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Q_INIT_RESOURCE must not be used inside a namespace: it declares the resource initialiser, which
// rcc generates at global scope.
static void initDomainResources() {
    Q_INIT_RESOURCE(domain_resources);
}

namespace qms {

Result<ClauseCatalogue> ClauseCatalogue::fromJson(const QByteArray& json, const QString& origin) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("Clause catalogue %1 is not valid JSON: %2 at offset %3")
                             .arg(origin, parseError.errorString())
                             .arg(parseError.offset));
    const QJsonObject root = doc.object();
    ClauseCatalogue c;
    c.m_standard = root.value(QLatin1String("standard")).toString();
    c.m_edition = root.value(QLatin1String("edition")).toString();
    c.m_title = root.value(QLatin1String("title")).toString();
    if (c.m_standard.isEmpty() || c.m_edition.isEmpty())
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("Clause catalogue %1 does not name its standard and edition").arg(origin));
    for (const QJsonValue& v : root.value(QLatin1String("clauses")).toArray()) {
        const QJsonObject o = v.toObject();
        Clause cl;
        cl.number = o.value(QLatin1String("number")).toString();
        cl.title = o.value(QLatin1String("title")).toString();
        cl.summary = o.value(QLatin1String("summary")).toString();
        cl.untitled = o.value(QLatin1String("untitled")).toBool();
        if (cl.number.isEmpty() || c.m_index.contains(cl.number))
            return makeError(
                ErrorCode::Invalid,
                QStringLiteral("Clause catalogue %1 has an empty or repeated clause number \"%2\"")
                    .arg(origin, cl.number));
        const int dot = cl.number.lastIndexOf(QLatin1Char('.'));
        cl.parent = dot < 0 ? QString() : cl.number.left(dot);
        cl.depth = cl.number.count(QLatin1Char('.'));
        if (!cl.parent.isEmpty()) {
            if (!c.m_index.contains(cl.parent))
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("Clause catalogue %1: clause %2 comes before "
                                                "its parent %3")
                                     .arg(origin, cl.number, cl.parent));
            c.m_children[cl.parent].append(cl.number);
        }
        c.m_index.insert(cl.number, c.m_clauses.size());
        c.m_clauses.append(cl);
    }
    if (c.m_clauses.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("Clause catalogue %1 lists no clauses").arg(origin));
    return c;
}

Result<ClauseCatalogue> ClauseCatalogue::fromFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("Cannot read clause catalogue %1: %2").arg(path, f.errorString()));
    return fromJson(f.readAll(), path);
}

const ClauseCatalogue& ClauseCatalogue::iso9001() {
    static const ClauseCatalogue catalogue = [] {
        initDomainResources();
        auto r = fromFile(QStringLiteral(":/qmsdesk/clauses/iso9001-2015.json"));
        if (!r)
            qFatal("Built-in clause catalogue is broken: %s", qPrintable(r.error().message));
        return std::move(r).value();
    }();
    return catalogue;
}

const Clause* ClauseCatalogue::find(const QString& number) const {
    const auto it = m_index.constFind(number);
    return it == m_index.constEnd() ? nullptr : &m_clauses[*it];
}

QStringList ClauseCatalogue::childrenOf(const QString& number) const {
    return m_children.value(number);
}

QStringList ClauseCatalogue::selfAndAncestors(const QString& number) const {
    QStringList out;
    const Clause* c = find(number);
    while (c) {
        out << c->number;
        c = c->parent.isEmpty() ? nullptr : find(c->parent);
    }
    return out;
}

bool ClauseCatalogue::isSelfOrDescendant(const QString& number, const QString& ancestor) const {
    return number == ancestor || number.startsWith(ancestor + QLatin1Char('.'));
}

bool ClauseCatalogue::lessThan(const QString& a, const QString& b) {
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (int i = 0; i < std::min(pa.size(), pb.size()); ++i) {
        const int x = pa[i].toInt();
        const int y = pb[i].toInt();
        if (x != y)
            return x < y;
    }
    return pa.size() < pb.size();
}

} // namespace qms
