#include "domain/kinds/KindDeclaration.h"

#include <QCoreApplication>

namespace qms {

// Each kind's declaration, defined in its own file.
const KindDecl& documentKind();
const KindDecl& processKind();
const KindDecl& nonconformityKind();
const KindDecl& correctiveActionKind();
const KindDecl& changeRequestKind();
const KindDecl& auditKind();
const KindDecl& managementReviewKind();

namespace {

QStringList splitKeys(const char* text) {
    return QString::fromLatin1(text ? text : "").split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

std::span<const KindDecl* const> kindDecls() {
    // The order in which the application lists the kinds. RecordKind's values index this list.
    static const KindDecl* const all[] = {&documentKind(),         &processKind(),       &nonconformityKind(),
                                          &correctiveActionKind(), &changeRequestKind(), &auditKind(),
                                          &managementReviewKind()};
    return all;
}

const KindDecl& kindDecl(RecordKind kind) {
    for (const KindDecl* d : kindDecls())
        if (d->kind == kind)
            return *d;
    return *kindDecls().front();
}

const KindDecl* kindDeclByPrefix(QLatin1String prefix) {
    for (const KindDecl* d : kindDecls())
        if (prefix == QLatin1String(d->prefix))
            return d;
    return nullptr;
}

const KindDecl* kindDeclByName(const QString& name) {
    const QString k = name.trimmed().toLower();
    for (const KindDecl* d : kindDecls()) {
        if (k == QLatin1String(d->key) || k == QLatin1String(d->singularKey) ||
            k == QString::fromLatin1(d->prefix).toLower() || splitKeys(d->aliases).contains(k))
            return d;
    }
    return nullptr;
}

QList<RecordKind> recordKinds() {
    QList<RecordKind> out;
    for (const KindDecl* d : kindDecls())
        out << d->kind;
    return out;
}

QString KindDecl::labelText() const {
    return QCoreApplication::translate("qms::Enum", label);
}

QString KindDecl::pluralLabelText() const {
    return QCoreApplication::translate("qms::Enum", pluralLabel);
}

QString KindDecl::ownerLabelText() const {
    return QCoreApplication::translate("qms::Kind", ownerLabel);
}

const FieldLockDecl* KindDecl::lockOf(const char* field, const QString& state) const {
    const auto listed = [](const char* list, const QString& key) {
        return QString::fromLatin1(list).split(QLatin1Char(',')).contains(key);
    };
    for (const FieldLockDecl& l : locks)
        if (listed(l.fields, QString::fromLatin1(field)) && listed(l.states, state))
            return &l;
    return nullptr;
}

bool KindDecl::isDerived(const char* field) const {
    for (const char* d : derived)
        if (qstrcmp(d, field) == 0)
            return true;
    return false;
}

QList<const TransitionDecl*> KindDecl::stepsFrom(const QString& state) const {
    QList<const TransitionDecl*> out;
    for (const TransitionDecl& t : transitions)
        if (state == QLatin1String(t.from))
            out.append(&t);
    return out;
}

const TransitionDecl* KindDecl::transition(const QString& from, const QString& to) const {
    for (const TransitionDecl& t : transitions)
        if (from == QLatin1String(t.from) && to == QLatin1String(t.to))
            return &t;
    return nullptr;
}

int KindDecl::stateIndex(const QString& key) const {
    for (std::size_t i = 0; i < states.size(); ++i)
        if (key == QLatin1String(states[i].key))
            return int(i);
    return -1;
}

QString KindDecl::countHeaderText() const {
    return countHeader ? QCoreApplication::translate("qms::Kind", countHeader) : pluralLabelText();
}

QString KindDecl::countTipText() const {
    return countTip ? QCoreApplication::translate("qms::Kind", countTip) : pluralLabelText();
}

const StateDecl* KindDecl::state(const QString& key) const {
    for (const StateDecl& s : states)
        if (key == QLatin1String(s.key))
            return &s;
    return nullptr;
}

const StateDecl* KindDecl::stateNamed(const QString& text) const {
    const QString wanted = normaliseEnumText(text);
    for (const StateDecl& s : states) {
        if (wanted == QLatin1String(s.key) || wanted == normaliseEnumText(QString::fromLatin1(s.label)))
            return &s;
        for (const QString& alias : splitKeys(s.aliases))
            if (wanted == normaliseEnumText(alias))
                return &s;
    }
    return nullptr;
}

QString KindDecl::stateLabel(const QString& key) const {
    const StateDecl* s = state(key);
    return s ? QCoreApplication::translate(stateContext, s->label) : key;
}

QStringList KindDecl::openStates() const {
    QStringList out;
    for (const StateDecl& s : states)
        if (s.open)
            out << QString::fromLatin1(s.key);
    return out;
}

QStringList KindDecl::closedStates() const {
    QStringList out;
    for (const StateDecl& s : states)
        if (!s.open)
            out << QString::fromLatin1(s.key);
    return out;
}

QStringList KindDecl::withdrawnStates() const {
    QStringList out;
    for (const StateDecl& s : states)
        if (s.withdrawn)
            out << QString::fromLatin1(s.key);
    return out;
}

const LinkDecl* KindDecl::link(const QString& field) const {
    for (const LinkDecl& l : links)
        if (field == QLatin1String(l.field))
            return &l;
    return nullptr;
}

const DueRule* KindDecl::dueRule(const QString& key) const {
    for (const DueRule& r : dueRules)
        if (key == QLatin1String(r.key))
            return &r;
    return nullptr;
}

QStringList KindDecl::ruleStates(const DueRule& rule) const {
    const QStringList listed = splitKeys(rule.states);
    return listed.isEmpty() ? openStates() : listed;
}

QStringList KindDecl::evidenceStates() const {
    const QStringList listed = splitKeys(evidence.states);
    if (!listed.isEmpty() || evidence.role == EvidenceRole::None)
        return listed;
    if (evidence.role == EvidenceRole::Finding)
        return openStates();
    QStringList out;
    for (const StateDecl& s : states)
        if (!s.withdrawn)
            out << QString::fromLatin1(s.key);
    return out;
}

QString KindDecl::worded(const char* context, const char* text, const QString& fallback) {
    return text ? QCoreApplication::translate(context, text) : fallback;
}

int KindDecl::columnIndex(const QString& key) const {
    int i = 0;
    for (const ColumnDecl& c : columns) {
        if (key == QLatin1String(c.key))
            return i;
        ++i;
    }
    return -1;
}

} // namespace qms
