#pragma once

// A small but varied QMS built through the repositories (as the GUI would): every register, links
// both ways, same-register links to later records, multi-line text, released and retired records.

#include "storage/Workspace.h"

#include <catch2/catch.hpp>

namespace qms::test {

template <typename T> T require(Result<T> r) {
    INFO((r ? QString() : r.error().describe()).toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

inline void populate(Workspace& w) {
    const QDate today = w.clock().today();
    Process production;
    production.name = QStringLiteral("Production");
    production.owner = QStringLiteral("qm");
    production.purpose = QStringLiteral("Make parts\nthat fit, first time");
    production.kpis = {{QStringLiteral("Scrap rate"), QStringLiteral("< 2"), QStringLiteral("%")}};
    production.clauses = {QStringLiteral("8.5.1")};
    production = require(w.processes().create(production));
    Process shipping;
    shipping.name = QStringLiteral("Shipping, packing \"and\" labelling");
    shipping.owner = QStringLiteral("qm");
    shipping = require(w.processes().create(shipping));
    production.feeds = {shipping.meta.id}; // PRC-0001 names PRC-0002, further down an export
    production = require(w.processes().save(production));
    Process plating;
    plating.name = QStringLiteral("Plating");
    plating.owner = QStringLiteral("qm");
    plating.active = false;
    require(w.processes().create(plating));

    Document manual;
    manual.title = QStringLiteral("Quality manual");
    manual.type = DocumentType::Manual;
    manual.owner = QStringLiteral("qm");
    manual.revision = QStringLiteral("A");
    manual.clauses = {QStringLiteral("4.3"), QStringLiteral("5.2")};
    manual.processes = {production.meta.id};
    manual = require(w.documents().create(manual));
    manual.status = DocumentStatus::InReview;
    manual = require(w.documents().save(manual));
    manual.status = DocumentStatus::Released;
    manual = require(w.documents().save(manual));
    Document procedure;
    procedure.title = QStringLiteral("Packing procedure");
    procedure.owner = QStringLiteral("qm");
    procedure.revision = QStringLiteral("1.0");
    procedure.description = QStringLiteral("Line one, with comma\nLine \"two\"");
    procedure.processes = {production.meta.id, shipping.meta.id};
    require(w.documents().create(procedure));

    Nonconformity scratch;
    scratch.title = QStringLiteral("Scratched housing");
    scratch.description = QStringLiteral("Scratches on lot 7");
    scratch.source = NcSource::CustomerComplaint;
    scratch.severity = Severity::Major;
    scratch.detectedOn = today.addDays(-10);
    scratch.reportedBy = QStringLiteral("qm");
    scratch.responsible = QStringLiteral("qm");
    scratch.process = production.meta.id;
    scratch.clauses = {QStringLiteral("8.7.1")};
    scratch = require(w.nonconformities().create(scratch));
    Nonconformity note;
    note.title = QStringLiteral("Label smudged");
    note.description = QStringLiteral("Observation during audit");
    note.severity = Severity::Observation;
    note.detectedOn = today.addDays(-3);
    note.reportedBy = QStringLiteral("qm");
    note = require(w.nonconformities().create(note));

    CorrectiveAction fixture;
    fixture.title = QStringLiteral("Replace worn fixture");
    fixture.owner = QStringLiteral("qm");
    fixture.dueDate = today.addDays(20);
    fixture.nonconformities = {scratch.meta.id};
    fixture.clauses = {QStringLiteral("10.2")};
    fixture = require(w.actions().create(fixture));
    CorrectiveAction training;
    training.title = QStringLiteral("Train packers");
    training.type = CaType::Preventive;
    training.owner = QStringLiteral("qm");
    training.dueDate = today.addDays(30);
    training.nonconformities = {scratch.meta.id, note.meta.id};
    training = require(w.actions().create(training));
    fixture.status = CaStatus::InProgress;
    fixture = require(w.actions().save(fixture));

    scratch = require(w.nonconformities().get(scratch.meta.id));
    scratch.containment = QStringLiteral("Lot 7 quarantined");
    scratch.status = NcStatus::Contained;
    scratch = require(w.nonconformities().save(scratch));
    scratch.rcaMethod = RcaMethod::FiveWhys;
    scratch.rootCause = QStringLiteral("Worn fixture");
    scratch.status = NcStatus::RootCauseIdentified;
    scratch = require(w.nonconformities().save(scratch));
    scratch.status = NcStatus::ActionPlanned;
    require(w.nonconformities().save(scratch));
}

} // namespace qms::test
