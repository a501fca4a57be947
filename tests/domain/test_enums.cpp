#include "DomainTestSupport.h"

#include <QRegularExpression>
#include <QSet>
#include <catch2/catch.hpp>

using namespace qms;

TEMPLATE_TEST_CASE("Enum tables round trip through keys and labels", "[enums]", RecordKind, Role,
                   DocumentType, DocumentStatus, NcSource, Severity, NcStatus, RcaMethod, Disposition, CaType,
                   CaStatus) {
    const auto values = enumValues<TestType>();
    REQUIRE_FALSE(values.isEmpty());
    QSet<QString> keys, labels;
    for (TestType v : values) {
        const QString key = enumKey(v);
        const QString label = enumLabel(v);
        INFO(key.toStdString());
        CHECK_FALSE(key.isEmpty());
        CHECK_FALSE(label.isEmpty());
        CHECK(key == normaliseEnumText(key)); // keys are already normal
        CHECK_FALSE(keys.contains(key));
        CHECK_FALSE(labels.contains(label));
        keys.insert(key);
        labels.insert(label);

        CHECK(enumFromString<TestType>(key) == std::optional<TestType>(v));
        CHECK(enumFromString<TestType>(label) == std::optional<TestType>(v));
        CHECK(enumFromString<TestType>(label.toUpper()) == std::optional<TestType>(v));
        CHECK(enumFromString<TestType>(QStringLiteral("  ") + key + QStringLiteral(" ")) ==
              std::optional<TestType>(v));
    }
    CHECK(enumKeyList<TestType>().split(QStringLiteral(", ")).size() == values.size());
    CHECK_FALSE(enumFromString<TestType>(QString()).has_value());
    CHECK_FALSE(enumFromString<TestType>(QStringLiteral("no such value")).has_value());
}

TEST_CASE("Enum text normalisation", "[enums]") {
    CHECK(normaliseEnumText(QStringLiteral("IN-REVIEW")) == QStringLiteral("in_review"));
    CHECK(normaliseEnumText(QStringLiteral("  In   review ")) == QStringLiteral("in_review"));
    CHECK(normaliseEnumText(QStringLiteral("N/A")) == QStringLiteral("n_a"));
    CHECK(normaliseEnumText(QStringLiteral("n.a.")) == QStringLiteral("n_a"));
    CHECK(normaliseEnumText(QStringLiteral("NA")) == QStringLiteral("n_a"));

    CHECK(enumFromString<DocumentStatus>(QStringLiteral("IN-REVIEW")) == DocumentStatus::InReview);
    CHECK(enumFromString<CaType>(QStringLiteral("Preventive / risk")) == CaType::Preventive);
    CHECK(enumFromString<RcaMethod>(QStringLiteral("5 Whys")) == RcaMethod::FiveWhys);
    CHECK(enumFromString<RcaMethod>(QStringLiteral("not chosen")) == RcaMethod::None);
    CHECK(enumFromString<Disposition>(QStringLiteral("n/a")) == Disposition::NotApplicable);
    CHECK(enumFromString<NcStatus>(QStringLiteral("Root cause identified")) == NcStatus::RootCauseIdentified);
    CHECK(enumFromString<CaStatus>(QStringLiteral("verified-effective")) == CaStatus::VerifiedEffective);
    CHECK(enumFromString<Role>(QStringLiteral("Quality manager")) == Role::QualityManager);

    CHECK(enumKey(NcStatus::RootCauseIdentified) == QStringLiteral("root_cause_identified"));
    CHECK(enumLabel(NcStatus::RootCauseIdentified) == QStringLiteral("Root cause identified"));
    CHECK(enumKey(Disposition::NotApplicable) == QStringLiteral("n_a"));
    CHECK(enumKeyList<Severity>() == QStringLiteral("major, minor, observation"));
}

TEST_CASE("Record ids format and parse", "[enums]") {
    CHECK(formatRecordId(RecordKind::Nonconformity, 42) == QStringLiteral("NC-0042"));
    CHECK(formatRecordId(RecordKind::Document, 1) == QStringLiteral("DOC-0001"));
    CHECK(formatRecordId(RecordKind::Process, 9999) == QStringLiteral("PRC-9999"));
    CHECK(formatRecordId(RecordKind::CorrectiveAction, 12345) == QStringLiteral("CA-12345"));

    const auto nc = parseRecordId(QStringLiteral("NC-0042"));
    REQUIRE(nc.has_value());
    CHECK(nc->first == RecordKind::Nonconformity);
    CHECK(nc->second == 42);

    const auto ca = parseRecordId(QStringLiteral(" ca-7 "));
    REQUIRE(ca.has_value());
    CHECK(ca->first == RecordKind::CorrectiveAction);
    CHECK(ca->second == 7);

    CHECK(parseRecordId(QStringLiteral("DOC-12345"))->second == 12345);
    CHECK(parseRecordId(QStringLiteral("prc-0003"))->first == RecordKind::Process);

    for (const char* bad : {"", "NC", "NC-", "NC-0", "NC-0000", "NC42", "XY-0001", "NC-12a", "NC-1234567890",
                            "NC--1", "NC-0042 extra"}) {
        INFO(bad);
        CHECK_FALSE(parseRecordId(QString::fromLatin1(bad)).has_value());
    }

    for (RecordKind kind : enumValues<RecordKind>())
        for (qint64 n : {1, 42, 9999, 10000, 123456789}) {
            const auto parsed = parseRecordId(formatRecordId(kind, n));
            REQUIRE(parsed.has_value());
            CHECK(parsed->first == kind);
            CHECK(parsed->second == n);
        }
}

TEST_CASE("Record kinds have prefixes, keys and labels", "[enums]") {
    CHECK(recordPrefix(RecordKind::Document) == QStringLiteral("DOC"));
    CHECK(recordPrefix(RecordKind::Process) == QStringLiteral("PRC"));
    CHECK(recordPrefix(RecordKind::Nonconformity) == QStringLiteral("NC"));
    CHECK(recordPrefix(RecordKind::CorrectiveAction) == QStringLiteral("CA"));
    CHECK(recordKindKey(RecordKind::CorrectiveAction) == QStringLiteral("actions"));
    CHECK(recordKindLabel(RecordKind::CorrectiveAction) == QStringLiteral("Corrective action"));
    CHECK(recordKindPluralLabel(RecordKind::Nonconformity) == QStringLiteral("Nonconformities"));

    for (RecordKind kind : enumValues<RecordKind>()) {
        CHECK(recordKindFromKey(recordKindKey(kind)) == kind);
        CHECK(recordKindFromKey(enumKey(kind)) == kind);
        CHECK(recordKindFromKey(recordPrefix(kind)) == kind);
        CHECK(recordKindFromKey(recordKindKey(kind).toUpper()) == kind);
        CHECK_FALSE(recordKindPluralLabel(kind).isEmpty());
    }
    CHECK(recordKindFromKey(QStringLiteral("ncs")) == RecordKind::Nonconformity);
    CHECK(recordKindFromKey(QStringLiteral("cas")) == RecordKind::CorrectiveAction);
    CHECK(recordKindFromKey(QStringLiteral("corrective_actions")) == RecordKind::CorrectiveAction);
    CHECK(recordKindFromKey(QStringLiteral("docs")) == RecordKind::Document);
    CHECK_FALSE(recordKindFromKey(QStringLiteral("users")).has_value());
    CHECK_FALSE(recordKindFromKey(QString()).has_value());
}

// parseRecordId, normaliseEnumText and formatRecordId are written out by hand for speed; these
// hold them to the regular expressions they replaced.
TEST_CASE("Record ids are parsed as the pattern \\s*(DOC|PRC|NC|CA)-\\d{1,9}\\s* reads them",
          "[enums][ids]") {
    const QRegularExpression re(QStringLiteral("^\\s*(DOC|PRC|NC|CA)-(\\d{1,9})\\s*$"),
                                QRegularExpression::CaseInsensitiveOption);
    const QStringList samples{QStringLiteral("NC-0001"),
                              QStringLiteral("nc-1"),
                              QStringLiteral(" CA-0042 "),
                              QStringLiteral("\tDoc-7\n"),
                              QStringLiteral("PRC-123456789"),
                              QStringLiteral("PRC-1234567890"),
                              QStringLiteral("NC-"),
                              QStringLiteral("-0001"),
                              QStringLiteral("NC0001"),
                              QStringLiteral("NC-00a1"),
                              QStringLiteral("NC-0000"),
                              QStringLiteral("XY-0001"),
                              QStringLiteral("NCC-0001"),
                              QStringLiteral("DOCS-1"),
                              QStringLiteral("NC--1"),
                              QStringLiteral("NC-1 2"),
                              QStringLiteral(""),
                              QStringLiteral("   "),
                              QStringLiteral("NC-١٢"),
                              QStringLiteral("CA-0001x"),
                              QStringLiteral("ca-000000001")};
    for (const QString& s : samples) {
        INFO("\"" << s.toStdString() << "\"");
        const auto m = re.match(s);
        const auto parsed = parseRecordId(s);
        const bool expected = m.hasMatch() && m.captured(2).toLongLong() > 0;
        REQUIRE(parsed.has_value() == expected);
        if (expected) {
            CHECK(recordPrefix(parsed->first) == m.captured(1).toUpper());
            CHECK(parsed->second == m.captured(2).toLongLong());
        }
    }
    CHECK(formatRecordId(RecordKind::Nonconformity, 1) == QStringLiteral("NC-0001"));
    CHECK(formatRecordId(RecordKind::Document, 12345) == QStringLiteral("DOC-12345"));
    CHECK(formatRecordId(RecordKind::CorrectiveAction, 999) == QStringLiteral("CA-0999"));
}

TEST_CASE("Enum text is normalised as the separator pattern did", "[enums]") {
    const auto viaRegex = [](const QString& text) {
        static const QRegularExpression separators(QStringLiteral("[\\s\\-/]+"));
        QString s = text.trimmed().toLower();
        s.replace(separators, QStringLiteral("_"));
        s.remove(QLatin1Char('.'));
        if (s == QLatin1String("n/a") || s == QLatin1String("na"))
            return QStringLiteral("n_a");
        return s;
    };
    const QStringList samples{QStringLiteral("In Review"),
                              QStringLiteral("IN-REVIEW"),
                              QStringLiteral(" root  cause "),
                              QStringLiteral("n/a"),
                              QStringLiteral("N.A."),
                              QStringLiteral("a.-b"),
                              QStringLiteral("a-.-b"),
                              QStringLiteral("use as is"),
                              QStringLiteral("x\t/\ny"),
                              QStringLiteral("Überprüfung läuft"),
                              QStringLiteral("--"),
                              QStringLiteral("")};
    for (const QString& s : samples) {
        INFO("\"" << s.toStdString() << "\"");
        CHECK(normaliseEnumText(s) == viaRegex(s));
    }
}
