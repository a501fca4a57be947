#pragma once

// The C++ side of the rules a kind declares (due dates, open and closed states). Storage turns the
// same declarations into SQL (storage/RuleSql.h), so both always agree.

#include "domain/FieldCodec.h"
#include "domain/kinds/RecordTypes.h"

namespace qms {

// The canonical text of field `key` of `record`; empty for an unknown key.
template <typename R> QString fieldText(const R& record, const char* key) {
    if (!key)
        return {};
    for (const auto& f : recordFields<R>())
        if (qstrcmp(f.key, key) == 0)
            return f.get(record);
    return {};
}

template <typename R> QString stateOf(const R& record) {
    return fieldText(record, declOf<R>().statusField);
}

// Not closed, cancelled, verified, obsolete or retired.
template <typename R> bool isOpenRecord(const R& record) {
    const StateDecl* s = declOf<R>().state(stateOf(record));
    return s && s->open;
}

// Whether `rule` applies to the record now: it is in one of the rule's states and has the date.
template <typename R> std::optional<QDate> ruleDate(const R& record, const DueRule& rule) {
    if (!declOf<R>().ruleStates(rule).contains(stateOf(record)))
        return std::nullopt;
    const QDate date = codec::parseDate(fieldText(record, rule.dateField)).value_or(QDate());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

template <typename R> bool isDueWithin(const R& record, const DueRule& rule, const QDate& today, int days) {
    const auto date = ruleDate(record, rule);
    return date && *date <= today.addDays(days);
}

template <typename R> bool isOverdueBy(const R& record, const DueRule& rule, const QDate& today) {
    if (rule.overdueNeeds && fieldText(record, rule.overdueNeeds).isEmpty())
        return false;
    const auto date = ruleDate(record, rule);
    return date && *date < today;
}

// The keys enum field `key` of `kind` may take, in order; empty for any other field.
inline QStringList fieldChoices(RecordKind kind, const QString& key) {
    return visitRecordKind(kind, [&](auto t) {
        using R = typename decltype(t)::type;
        for (const auto& f : recordFields<R>())
            if (key == QLatin1String(f.key))
                return f.choices ? f.choices() : QStringList();
        return QStringList();
    });
}

// The label of key `value` of enum field `key` of `kind`; `value` itself when not a choice.
inline QString fieldChoiceLabel(RecordKind kind, const QString& key, const QString& value) {
    return visitRecordKind(kind, [&](auto t) {
        using R = typename decltype(t)::type;
        for (const auto& f : recordFields<R>())
            if (key == QLatin1String(f.key) && f.choiceLabel)
                return f.choiceLabel(value);
        return value;
    });
}

template <typename R> const DueRule& dueRuleOf(const char* key) {
    const DueRule* rule = declOf<R>().dueRule(QString::fromLatin1(key));
    Q_ASSERT(rule);
    return *rule;
}

} // namespace qms
