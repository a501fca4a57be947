#pragma once

// The words of the demo company "Nordwind Precision GmbH" (machined and assembled hydraulic parts):
// people, processes, documents and nonconformity scenarios. Pure data, used by DemoData.cpp only.
// Placeholders in scenario texts ({part}, {lot}, ...) are filled per record.

#include "domain/Enums.h"

namespace qms::demo {

struct DemoUser {
    const char* name;
    const char* displayName;
    Role role;
};

// The existing quality manager of the workspace stays the first one; these are added.
inline constexpr DemoUser users[] = {
    {"m.hoffmann", "Markus Hoffmann", Role::QualityManager},
    {"s.richter", "Sabine Richter", Role::ProcessOwner},
    {"f.weber", "Felix Weber", Role::ProcessOwner},
    {"a.yilmaz", "Ayşe Yılmaz", Role::ProcessOwner},
    {"t.wagner", "Thomas Wagner", Role::ProcessOwner},
    {"j.novak", "Jan Novák", Role::ProcessOwner},
    {"e.klein", "Eva Klein", Role::Auditor},
    {"r.vogel", "Rainer Vogel (certification auditor)", Role::Auditor},
};

// Owner markers in the tables below: "" is the workspace's own quality manager.
enum ProcessIndex {
    Sales,
    Design,
    Purchasing,
    Planning,
    Cnc,
    Assembly,
    Inspection,
    Shipping,
    Calibration,
    Training,
    Audit,
    Review,
    ProcessCount
};

struct DemoProcess {
    const char* name;
    const char* owner;
    const char* purpose;
    const char* inputs;
    const char* outputs;
    const char* resources;
    const char* kpis; // "name | target | unit" per line
    const char* risks;
    const char* clauses;
    const char* feeds; // process indices, "3;4"
};

inline constexpr DemoProcess processes[ProcessCount] = {
    {"Sales & order review", "s.richter",
     "Turn customer enquiries into orders we can deliver on time and to specification.",
     "Enquiries, customer drawings and specifications, framework agreements",
     "Confirmed orders, order review record, quotations", "ERP system, sales team (3), capacity plan",
     "On-time quotation | 95 | %\nOrder confirmation within 2 days | 90 | %",
     "Risk: drawing revision not checked at order entry. Opportunity: framework agreements with key "
     "accounts.",
     "8.2.1; 8.2.2; 8.2.3.1; 8.2.3.2; 8.2.4", "1;3"},
    {"Design & development", "f.weber",
     "Develop fixtures, pump modules and customer-specific variants that meet requirements.",
     "Customer requirements, order review, lessons learned",
     "Drawings, bills of material, CNC programs, design review records",
     "CAD/CAM workstations (4), design engineers (2), prototype cell",
     "Design reviews on time | 90 | %\nEngineering changes after release | 5 | per quarter",
     "Risk: late customer changes. Opportunity: reuse of proven modules.",
     "8.3.1; 8.3.2; 8.3.3; 8.3.4; 8.3.5; 8.3.6", "2;3"},
    {"Purchasing", "a.yilmaz",
     "Buy material and outsourced processes (heat treatment, coating) from approved suppliers.",
     "Bills of material, demand from production planning, approved supplier list",
     "Purchase orders, supplier ratings, incoming goods", "ERP purchasing module, buyers (2)",
     "Supplier on-time delivery | 95 | %\nSupplier reject rate | 500 | ppm\nApproved suppliers evaluated | "
     "100 | %",
     "Risk: single source for hard chrome plating. Opportunity: second source for 42CrMo4 bar stock.",
     "8.4.1; 8.4.2; 8.4.3", "4;5"},
    {"Production planning", "t.wagner",
     "Plan machine and assembly capacity so that orders ship on the confirmed date.",
     "Confirmed orders, capacity, material availability",
     "Production orders, shop-floor schedule, routing sheets", "ERP planning board, planners (2)",
     "Schedule adherence | 90 | %\nMachine utilisation | 80 | %",
     "Risk: bottleneck on the 5-axis centre. Opportunity: second shift for the lathes.", "8.1; 8.5.1; 7.1.3",
     "4;5;2"},
    {"CNC machining", "t.wagner", "Turn and mill parts to drawing with capable, monitored processes.",
     "Production orders, CNC programs, raw material, tools",
     "Machined parts, setup and in-process inspection records",
     "DMG Mori NLX 2500 lathes (3), Hermle C 42 5-axis centre, DMU 65, operators (14)",
     "Scrap rate | 1.5 | %\nFirst-pass yield | 97 | %\nOEE | 70 | %",
     "Risk: tool wear on long runs; thermal drift. Opportunity: tool-life monitoring.", "8.5.1; 8.5.2; 7.1.4",
     "6"},
    {"Assembly", "t.wagner", "Assemble and test pump modules and valve blocks.",
     "Machined parts, purchased components, assembly instructions",
     "Assembled and tested modules, test certificates",
     "Assembly cell (2 lines), torque tools, leak test bench",
     "Assembly first-pass yield | 98 | %\nLeak test failures | 0.5 | %",
     "Risk: mixing of similar O-rings. Opportunity: poka-yoke kitting.", "8.5.1; 8.5.2; 8.5.4", "6"},
    {"Inspection & testing", "j.novak", "Verify that parts and modules meet requirements before release.",
     "Parts from machining and assembly, inspection plans, drawings",
     "Inspection records, release decisions, NC reports",
     "Zeiss Contura CMM, gauges, surface tester, inspectors (4)",
     "Escaped defects | 0 | per month\nInspection lead time | 1 | days",
     "Risk: gauge not calibrated. Opportunity: statistical process control on key features.",
     "8.6; 8.7.1; 8.7.2; 9.1.1", "7"},
    {"Shipping", "s.richter", "Pack, label and ship conforming products so they arrive undamaged.",
     "Released products, packing instructions, delivery notes",
     "Shipped goods, delivery documents, certificates of conformity", "Packing area, carriers, VCI packaging",
     "On-time delivery | 95 | %\nTransport damage claims | 0 | per quarter",
     "Risk: corrosion in sea freight. Opportunity: returnable containers with key accounts.", "8.5.4; 8.6",
     "11"},
    {"Calibration", "j.novak", "Keep measuring equipment calibrated and fit for use.",
     "Equipment list, calibration intervals, external calibration certificates",
     "Calibration records, status labels, blocked equipment",
     "Calibration lab, reference gauge blocks, external DAkkS lab", "Equipment calibrated on time | 100 | %",
     "Risk: gauges outside the list. Opportunity: barcode-based gauge tracking.", "7.1.5.1; 7.1.5.2", "6"},
    {"Training", "m.hoffmann", "Make sure every person is competent and aware of quality requirements.",
     "Training needs, competence matrix, new hires", "Training records, updated competence matrix",
     "HR, trainers, e-learning platform",
     "Training plan fulfilled | 90 | %\nQualification matrix up to date | 100 | %",
     "Risk: knowledge held by single experts. Opportunity: mentoring for apprentices.",
     "7.1.2; 7.1.6; 7.2; 7.3", "4;5"},
    {"Internal audit", "", "Check that the QMS conforms and works effectively.",
     "Audit programme, previous results, process performance", "Audit reports, findings, nonconformities",
     "Qualified internal auditors (3)",
     "Audit programme completed | 100 | %\nFindings closed on time | 90 | %",
     "Risk: auditors auditing their own work. Opportunity: cross-site audits with the sister plant.",
     "9.2.1; 9.2.2", "11"},
    {"Management review", "", "Review the QMS and decide on improvements, resources and objectives.",
     "Audit results, KPIs, customer feedback, risks, NC trends",
     "Decisions, objectives, resources, action plan", "Managing director, management team",
     "Management reviews held | 2 | per year\nObjectives achieved | 80 | %",
     "Risk: decisions not followed up. Opportunity: quarterly KPI reviews.",
     "5.1.1; 5.1.2; 7.1.1; 6.2.1; 6.2.2; 9.3.1; 9.3.2; 9.3.3; 10.1; 10.3; 9.1.3", "0;10"},
};

// Document plan: how far each core document gets and when.
enum class DocPlan {
    Draft,
    InReview,
    Released,       // released some months ago, review not yet due
    ReviewOverdue,  // released about 13 months ago with a 12-month interval
    ReviewDueSoon,  // released about 11 months ago
    RevisionDraft,  // released, a second revision in draft
    ObsoleteDraft,  // withdrawn before release
    ObsoleteRelease // released, later made obsolete
};

struct DemoDocument {
    const char* title;
    DocumentType type;
    int process; // ProcessIndex or -1
    const char* clauses;
    DocPlan plan;
    const char* description;
    const char* obsoleteReason; // or the second revision's change summary for RevisionDraft
    bool attachment;
};

inline constexpr DemoDocument documents[] = {
    {"Quality manual", DocumentType::Manual, -1, "4.1; 4.3; 4.4.1; 4.4.2; 5.3", DocPlan::Released,
     "Scope, processes and their interaction, responsibilities.", "", true},
    {"Quality policy", DocumentType::Policy, Review, "5.2.1; 5.2.2", DocPlan::Released,
     "Signed by the managing director; posted in every department.", "", true},
    {"Quality objectives 2026", DocumentType::Record, Review, "6.2.1; 6.2.2", DocPlan::ReviewDueSoon,
     "Objectives, owners and target dates for 2026.", "", false},
    {"Risk and opportunity register", DocumentType::Record, Review, "6.1.1; 6.1.2", DocPlan::Released,
     "Risks and opportunities per process with actions.", "", false},
    {"Control of documented information", DocumentType::Procedure, -1, "7.5.1; 7.5.2; 7.5.3.1; 7.5.3.2",
     DocPlan::RevisionDraft, "Creating, approving, distributing and archiving documents and records.",
     "Electronic approval in QMS Desk replaces wet signatures", true},
    {"Control of nonconforming output", DocumentType::Procedure, Inspection, "8.7.1; 8.7.2",
     DocPlan::Released, "Identification, segregation, disposition and recording of nonconforming output.", "",
     true},
    {"Corrective action procedure", DocumentType::Procedure, -1, "10.2.1; 10.2.2", DocPlan::Released,
     "Containment, root cause analysis (5 whys, fishbone), actions and effectiveness checks.", "", false},
    {"Internal audit procedure", DocumentType::Procedure, Audit, "9.2.1; 9.2.2", DocPlan::ReviewOverdue,
     "Audit programme, auditor qualification, reporting.", "", false},
    {"Management review procedure", DocumentType::Procedure, Review, "9.3.1; 9.3.2; 9.3.3", DocPlan::Released,
     "Inputs, outputs and frequency of the management review.", "", false},
    {"Supplier evaluation procedure", DocumentType::Procedure, Purchasing, "8.4.1; 8.4.2",
     DocPlan::ReviewOverdue,
     "Approval, rating (quality, delivery, communication) and requalification of suppliers.", "", true},
    {"Purchasing procedure", DocumentType::Procedure, Purchasing, "8.4.3", DocPlan::InReview,
     "Purchase orders, requirements to suppliers, incoming inspection.", "", false},
    {"Order review and customer communication", DocumentType::Procedure, Sales,
     "8.2.1; 8.2.2; 8.2.3.1; 8.2.3.2; 8.2.4", DocPlan::Released,
     "Enquiry, feasibility, order confirmation and changes to orders.", "", false},
    {"Design and development procedure", DocumentType::Procedure, Design,
     "8.3.1; 8.3.2; 8.3.3; 8.3.4; 8.3.5; 8.3.6", DocPlan::RevisionDraft,
     "Planning, reviews, verification, validation and change control of designs.",
     "Add design FMEA step for customer-specific variants", false},
    {"Production planning and control", DocumentType::Procedure, Planning, "8.1; 8.5.1", DocPlan::Released,
     "Scheduling, routing sheets, release of production orders.", "", false},
    {"Identification and traceability", DocumentType::Procedure, Cnc, "8.5.2", DocPlan::Released,
     "Lot numbers, heat numbers, labels and traceability records.", "", false},
    {"Handling of customer-supplied material", DocumentType::WorkInstruction, Purchasing, "8.5.3",
     DocPlan::Draft, "Receipt, marking and reporting of customer-owned bar stock and fixtures.", "", false},
    {"Packaging and preservation instruction", DocumentType::WorkInstruction, Shipping, "8.5.4",
     DocPlan::Released, "VCI packaging, desiccant, labels for sea freight.", "", false},
    {"Control of production changes", DocumentType::Procedure, Planning, "8.5.6", DocPlan::InReview,
     "Approval of changes to programs, tools, fixtures and suppliers.", "", false},
    {"Final inspection and release of products", DocumentType::Procedure, Inspection, "8.6",
     DocPlan::Released, "Release criteria, authorised persons, certificates of conformity.", "", false},
    {"Calibration procedure", DocumentType::Procedure, Calibration, "7.1.5.1; 7.1.5.2", DocPlan::Released,
     "Equipment list, intervals, status labels, handling of out-of-tolerance findings.", "", true},
    {"Calibration work instruction CMM-02", DocumentType::WorkInstruction, Calibration, "7.1.5.2",
     DocPlan::ReviewOverdue,
     "Interim check of the Zeiss Contura CMM with the reference sphere and step gauge.", "", true},
    {"Setup instruction DMG Mori NLX 2500", DocumentType::WorkInstruction, Cnc, "8.5.1", DocPlan::Released,
     "Zero points, tool presetting, first-part approval on the lathes.", "", false},
    {"Deburring of valve bodies VB-2040", DocumentType::WorkInstruction, Cnc, "8.5.1", DocPlan::Draft,
     "Cross-hole deburring with brush tools; visual check under magnification.", "", false},
    {"Assembly instruction pump module PM-40", DocumentType::WorkInstruction, Assembly, "8.5.1",
     DocPlan::ReviewDueSoon, "Assembly sequence, torque values, leak test parameters.", "", false},
    {"First article inspection report", DocumentType::Form, Inspection, "8.6; 8.5.1", DocPlan::Released,
     "Form for first-article inspection of new parts and revisions.", "", true},
    {"Nonconformity report (paper form)", DocumentType::Form, Inspection, "8.7.2", DocPlan::ObsoleteRelease,
     "Paper NC report used until 2025.", "Replaced by the nonconformity register in QMS Desk", false},
    {"CNC program transfer by USB stick", DocumentType::WorkInstruction, Cnc, "8.5.1",
     DocPlan::ObsoleteRelease, "Transfer of CNC programs with USB sticks.",
     "Replaced by DNC network transfer; USB ports disabled", false},
    {"Draft instruction for hard chrome plating", DocumentType::WorkInstruction, Purchasing, "8.4.2",
     DocPlan::ObsoleteDraft, "In-house plating instruction, never released.",
     "Plating stays outsourced after the make-or-buy decision", false},
    {"Training and competence procedure", DocumentType::Procedure, Training, "7.2; 7.3", DocPlan::Released,
     "Training needs, induction, qualification of operators and inspectors.", "", false},
    {"Qualification matrix", DocumentType::Record, Training, "7.2", DocPlan::Released,
     "Who is qualified for which machine and inspection.", "", false},
    {"Maintenance plan", DocumentType::Procedure, Planning, "7.1.3; 7.1.4", DocPlan::Released,
     "Preventive maintenance of machines, coolant care, climate in the measuring room.", "", false},
    {"Knowledge management guideline", DocumentType::Procedure, Training, "7.1.6; 7.1.2", DocPlan::Draft,
     "Lessons learned, expert interviews, one-point lessons.", "", false},
    {"Monitoring and measurement plan", DocumentType::Procedure, Review, "9.1.1; 9.1.3", DocPlan::Released,
     "KPIs, data sources, analysis and reporting.", "", false},
    {"Communication matrix", DocumentType::Form, -1, "7.4", DocPlan::Released,
     "What is communicated, when, by whom and to whom.", "", false},
    {"Continual improvement (KVP) procedure", DocumentType::Procedure, Review, "10.1; 10.3",
     DocPlan::Released, "Improvement ideas, evaluation and implementation.", "", false},
    {"ISO 9001:2015 (licensed copy)", DocumentType::External, -1, "", DocPlan::Released,
     "Standard purchased from the national standards body; read-only copy.", "", false},
    {"Customer drawing standard Halvorsen HS-100", DocumentType::External, Sales, "8.2.2", DocPlan::Released,
     "General tolerances and surface requirements of Halvorsen Marine.", "", false},
};

// Variety for scenario texts.
inline constexpr const char* parts[] = {
    "valve body VB-2040",   "pump housing PH-118",   "drive shaft DS-77",     "flange adapter FA-310",
    "bearing cap BC-12",    "gearbox cover GC-450",  "manifold block MB-903", "sensor bracket SB-21",
    "spindle sleeve SS-65", "clamping plate CP-800", "piston rod PR-35",      "pump module PM-40"};
inline constexpr const char* customers[] = {"Halvorsen Marine AS",     "Brückner Fluidtechnik",
                                            "Alpine Lift Systems",     "Vestergaard Agri",
                                            "Koval Automotive s.r.o.", "Meridian Robotics"};
inline constexpr const char* suppliers[] = {"Stahlhandel Rhein-Ruhr", "Precision Coatings Ltd",
                                            "Heinemann Härterei", "Omega Fasteners", "Sealtec Dichtungen"};
inline constexpr const char* machines[] = {"lathe L1 (NLX 2500)",
                                           "lathe L2 (NLX 2500)",
                                           "lathe L3 (NLX 2500)",
                                           "5-axis centre Hermle C 42",
                                           "DMU 65",
                                           "assembly line A",
                                           "leak test bench"};

struct DemoScenario {
    int process;
    NcSource source;
    const char* title;
    const char* description;
    const char* containment;
    RcaMethod rca;
    const char* rootCause;
    Disposition disposition;
    const char* clauses;
    CaType caType;
    const char* caTitle;
    const char* caDescription;
    const char* effectiveness;
};

inline constexpr DemoScenario scenarios[] = {
    {Cnc, NcSource::ProcessMonitoring, "Bore Ø22 H7 oversize on {part}",
     "In-process check on {machine} found bore Ø22 H7 at +0.028 mm on {qty} of 50 parts of {part}, lot "
     "{lot}.",
     "Lot {lot} blocked; 100 % measurement of the lot and of WIP; oversize parts segregated.",
     RcaMethod::FiveWhys,
     "Why oversize? Boring bar deflected. Why? Insert worn beyond limit. Why? No tool-life limit in the "
     "program. "
     "Why? Tool-life monitoring not set up for this tool. Root cause: tool-life limits missing in CNC "
     "programs.",
     Disposition::Scrap, "8.5.1; 8.7.1", CaType::Corrective,
     "Define tool-life limits for boring tools in CNC programs",
     "Set tool-life counters for all boring bars on {machine}; add check to setup sheet.",
     "No oversize bores in 3 following lots (SPC Cpk 1.67)."},
    {Cnc, NcSource::ProcessMonitoring, "Surface roughness Ra above 0.8 µm on sealing face of {part}",
     "Surface tester showed Ra 1.3 µm on the sealing face (drawing: Ra 0.8 µm), {qty} parts of lot {lot}.",
     "Affected parts held; re-machining of the sealing face approved by quality.", RcaMethod::Fishbone,
     "Machine: spindle bearing noise. Method: feed 0.15 instead of 0.08 mm/rev after program edit. Material: "
     "ok. "
     "Man: edit not reviewed. Main cause: unreviewed program change raised the finishing feed.",
     Disposition::Rework, "8.5.1; 8.5.6", CaType::Corrective, "Four-eyes approval for CNC program changes",
     "Program changes released only after review by the programmer on duty; DNC blocks unreleased versions.",
     "Program change log reviewed for 2 months: all changes approved; no roughness findings."},
    {Cnc, NcSource::CustomerComplaint, "Thread M16x1.5 not gauging on {part} at {customer}",
     "{customer} reported {qty} parts of {part} (order {order}) where the GO gauge does not enter the "
     "M16x1.5 thread.",
     "Replacement parts shipped by express; stock at our site and in transit sorted with thread gauges.",
     RcaMethod::FiveWhys,
     "Why? Thread pitch diameter too small. Why? Thread mill offset not corrected after tool change. Why? "
     "Offset "
     "correction not in the tool-change routine. Root cause: tool-change routine incomplete.",
     Disposition::ReturnToSupplier, "8.2.1; 8.5.1; 8.7.1", CaType::Corrective,
     "Add offset check to tool-change routine",
     "Tool-change checklist with first-part thread gauging; operators trained.",
     "Customer confirmed no further findings in 4 deliveries."},
    {Cnc, NcSource::ProcessMonitoring, "Burrs in cross holes of {part}",
     "Visual inspection found burrs in the cross holes of {qty} parts of {part}, lot {lot}.",
     "Lot sorted under magnification; burrs removed by hand.", RcaMethod::FiveWhys,
     "Why burrs? Brush deburring skipped. Why? Step not in the routing sheet. Root cause: routing sheet "
     "incomplete.",
     Disposition::Rework, "8.5.1", CaType::Corrective,
     "Add deburring step to routing sheet and work instruction",
     "Routing sheets of all valve bodies updated; deburring instruction issued.",
     "Two audits of the cell: step performed."},
    {Cnc, NcSource::ProcessMonitoring, "Wrong material used for {part}",
     "Material check at the saw found 1.4301 bar stock used instead of 1.4404 for {qty} blanks of {part}.",
     "Blanks scrapped; bar stock rack relabelled; all open orders checked.", RcaMethod::Fishbone,
     "Material: similar bars stored side by side. Method: no material check at the saw. Man: new saw "
     "operator. "
     "Main cause: no material verification before cutting.",
     Disposition::Scrap, "8.5.2; 8.7.1", CaType::Corrective,
     "Material scan at the saw against production order",
     "Barcode scan of the heat number before cutting, blocked on mismatch.",
     "No material mix-ups for 6 months."},
    {Cnc, NcSource::ProcessMonitoring, "Dimensional drift on {machine} after warm-up",
     "Length 84.00 ±0.02 drifted to 84.03 during the first hour of the shift on {machine}.",
     "First hour's parts measured 100 %; warm-up program introduced.", RcaMethod::Fishbone,
     "Environment: hall at 16 °C on Monday mornings. Machine: thermal growth of the spindle. Method: no "
     "warm-up. "
     "Main cause: machines start cold after the weekend.",
     Disposition::UseAsIs, "7.1.4; 8.5.1", CaType::Preventive,
     "Warm-up program before the first part of a shift",
     "15-minute spindle warm-up program on all lathes; hall heating timer set.",
     "Drift below 0.005 mm in 20 samples."},
    {Assembly, NcSource::ProcessMonitoring, "Leak test failure on {part}",
     "{qty} pump modules failed the leak test (limit 0.5 ml/min) on the leak test bench, lot {lot}.",
     "Modules disassembled; O-rings replaced; retested ok.", RcaMethod::FiveWhys,
     "Why leaking? O-ring 32x2.5 instead of 32x3 fitted. Why? Both sizes in the same bin. Root cause: "
     "kitting "
     "does not separate similar O-rings.",
     Disposition::Repair, "8.5.1; 8.7.1", CaType::Corrective,
     "Kitting with separate, labelled O-ring compartments",
     "Kit trays per module type; O-ring sizes colour-coded.",
     "No leak test failures from O-ring mix-ups in 3 months."},
    {Assembly, NcSource::InternalAudit, "Torque wrench without valid calibration in assembly",
     "During the internal audit torque wrench TW-07 on {machine} was found with calibration expired for 5 "
     "weeks.",
     "Wrench blocked; joints tightened since last calibration re-checked with a calibrated wrench.",
     RcaMethod::FiveWhys,
     "Why expired? Not on the calibration list. Why? Bought by assembly directly. Root cause: new measuring "
     "equipment "
     "not registered at receipt.",
     Disposition::NotApplicable, "7.1.5.1; 7.1.5.2; 9.2.2", CaType::Corrective,
     "Register measuring equipment at goods receipt",
     "Goods receipt checks for measuring equipment and registers it in the calibration list.",
     "Audit of goods receipt: 3 new gauges registered correctly."},
    {Inspection, NcSource::CustomerComplaint, "Missing inspection certificate for order {order}",
     "{customer} rejected the delivery of order {order} because the 3.1 material certificate was missing.",
     "Certificate sent by e-mail the same day; shipment released by the customer.", RcaMethod::FiveWhys,
     "Why missing? Not attached in shipping. Why? Certificate requirement not visible on the delivery note. "
     "Root "
     "cause: order-specific document requirements not transferred from the order to shipping.",
     Disposition::UseAsIs, "8.2.2; 8.6", CaType::Corrective,
     "Print document requirements on the delivery note",
     "ERP field for required certificates printed on the delivery note and packing list.",
     "20 deliveries checked: all certificates present."},
    {Inspection, NcSource::ProcessMonitoring, "CMM program used outdated drawing revision for {part}",
     "The CMM program for {part} checked against drawing revision C; production works to revision D.",
     "Parts measured since the revision change re-checked against revision D; all conforming.",
     RcaMethod::Fishbone,
     "Method: no revision check when loading CMM programs. Measurement: program name without revision. Main "
     "cause: "
     "CMM programs are not tied to drawing revisions.",
     Disposition::UseAsIs, "7.1.5.1; 8.5.1; 8.6", CaType::Corrective,
     "Name CMM programs with drawing revision",
     "CMM program names carry the drawing revision; inspection plan lists the valid program.",
     "Cross-check of 30 programs: all match current revisions."},
    {Inspection, NcSource::ExternalAudit, "First article inspection not documented for {part}",
     "Certification audit: no first-article record for the new revision of {part}.",
     "First-article inspection carried out and documented retroactively on stock parts.", RcaMethod::FiveWhys,
     "Why not documented? Revision change treated as repeat order. Root cause: FAI trigger does not cover "
     "drawing "
     "revisions.",
     Disposition::NotApplicable, "8.5.1; 8.6", CaType::Corrective,
     "Trigger first-article inspection on every drawing revision",
     "ERP flags production orders with a new drawing revision for FAI.",
     "Follow-up audit: FAI present for all revisions."},
    {Purchasing, NcSource::Supplier, "Hardness below specification from {supplier}",
     "Incoming inspection: hardness 48 HRC instead of 52-56 HRC on {qty} shafts heat-treated by {supplier}, "
     "lot {lot}.",
     "Lot returned to {supplier} for re-hardening; production re-planned.", RcaMethod::Fishbone,
     "Supplier 8D: furnace temperature controller failed; batch not checked. Method: no hardness test in our "
     "incoming inspection for this part.",
     Disposition::ReturnToSupplier, "8.4.1; 8.4.2", CaType::Corrective,
     "Supplier 8D and hardness check at incoming inspection",
     "8D report requested from {supplier}; hardness sample test added to incoming inspection plan.",
     "8D closed; three lots in specification."},
    {Purchasing, NcSource::Supplier, "Coating thickness too low on parts from {supplier}",
     "{qty} piston rods from {supplier} had hard chrome 12 µm instead of 20 µm minimum.",
     "Parts rejected; replacement lot expedited; customer informed of a 5-day delay.", RcaMethod::Other,
     "Supplier changed the plating line without notification.", Disposition::ReturnToSupplier, "8.4.2; 8.4.3",
     CaType::Corrective, "Change notification clause in purchase conditions",
     "Purchase conditions require notification of process changes; supplier agreement signed.",
     "Supplier notified the next change in advance."},
    {Purchasing, NcSource::InternalAudit, "Supplier evaluation overdue for {supplier}",
     "Internal audit: annual evaluation of {supplier} was due 4 months ago.",
     "Evaluation carried out immediately.", RcaMethod::FiveWhys,
     "Why overdue? No reminder. Root cause: evaluation dates kept in a personal spreadsheet.",
     Disposition::NotApplicable, "8.4.1", CaType::Improvement,
     "Evaluation due dates in the ERP supplier master", "Due dates and reminders in the ERP.",
     "All suppliers evaluated on time in the following quarter."},
    {Sales, NcSource::CustomerComplaint, "Wrong quantity delivered to {customer}",
     "{customer} received 180 pieces of {part} instead of 200 (order {order}).",
     "Missing 20 pieces shipped next day.", RcaMethod::FiveWhys,
     "Why? Partial lot shipped as complete. Root cause: no quantity check against the order at packing.",
     Disposition::NotApplicable, "8.2.2; 8.5.4", CaType::Corrective,
     "Quantity check against order at packing", "Packing scan compares quantities with the order.",
     "No quantity complaints in 3 months."},
    {Sales, NcSource::InternalAudit, "Order review not recorded for order {order}",
     "Internal audit: order {order} for {customer} confirmed without recorded feasibility review.",
     "Review carried out and recorded; no issues found.", RcaMethod::FiveWhys,
     "Why? Urgent order confirmed by phone. Root cause: no fast-track review for urgent orders.",
     Disposition::NotApplicable, "8.2.3.1; 8.2.3.2", CaType::Corrective, "Fast-track order review checklist",
     "One-page checklist for urgent orders.", "Sample of 15 urgent orders: all reviewed."},
    {Design, NcSource::ProcessMonitoring, "Fixture design clashes with tool path on {part}",
     "Fixture F-233 for {part} collides with the tool path in simulation; found at first setup.",
     "Setup stopped; temporary fixture used.", RcaMethod::FiveWhys,
     "Why? Fixture designed from an old 3D model. Root cause: design review did not include a CAM "
     "simulation.",
     Disposition::NotApplicable, "8.3.4; 8.3.5", CaType::Corrective, "CAM simulation as design review input",
     "Design review checklist requires a collision-free simulation.", "Next 5 fixtures: no collisions."},
    {Design, NcSource::CustomerComplaint, "Customer change not implemented in drawing of {part}",
     "{customer} changed chamfer requirements; the change did not reach the drawing of {part}.",
     "Drawing revised; parts in stock reworked.", RcaMethod::Fishbone,
     "Method: changes received by e-mail, no change log. Man: engineer on holiday. Main cause: no formal "
     "change log.",
     Disposition::Rework, "8.2.4; 8.3.6", CaType::Corrective, "Engineering change log for customer changes",
     "Every customer change gets an ECR number and owner.", "All changes of the quarter traceable."},
    {Shipping, NcSource::CustomerComplaint, "Corrosion on {part} after sea freight to {customer}",
     "{customer} found corrosion spots on {qty} parts of {part} after sea freight.",
     "Parts cleaned and re-oiled at the customer's site by our technician.", RcaMethod::Fishbone,
     "Environment: humidity in container. Material: no VCI bag. Method: packing instruction does not "
     "distinguish sea freight. Main cause: no packing rule for sea freight.",
     Disposition::Rework, "8.5.4", CaType::Corrective, "Sea-freight packing rule with VCI and desiccant",
     "Packing instruction extended for sea freight.", "Next 4 sea shipments arrived without corrosion."},
    {Shipping, NcSource::ProcessMonitoring, "Parts shipped with wrong labels",
     "Labels of {part} (lot {lot}) carried the lot number of the previous order.",
     "Labels replaced before dispatch at the customer's dock.", RcaMethod::FiveWhys,
     "Why? Label printer kept the last lot. Root cause: labels printed from a template, not from the order.",
     Disposition::Rework, "8.5.2", CaType::Corrective, "Print labels directly from the production order",
     "Label template removed; printing from ERP only.", "No label errors in 2 months."},
    {Calibration, NcSource::InternalAudit, "Calibration interval of micrometers exceeded",
     "Internal audit found 3 micrometers with overdue calibration in {machine} area.",
     "Micrometers blocked and calibrated; measurements since due date assessed.", RcaMethod::FiveWhys,
     "Why? Calibration list not updated after moving gauges. Root cause: no location field in the gauge "
     "list.",
     Disposition::NotApplicable, "7.1.5.1; 7.1.5.2", CaType::Corrective,
     "Gauge list with location and barcode", "Barcode labels and locations for all gauges.",
     "Monthly check: no overdue gauges."},
    {Calibration, NcSource::ExternalAudit, "CMM interim check not performed",
     "Certification audit: interim check of the CMM with the reference sphere missing for 2 months.",
     "Interim check done; results within limits.", RcaMethod::FiveWhys,
     "Why? Responsible inspector absent; no deputy. Root cause: no deputy rule for calibration tasks.",
     Disposition::NotApplicable, "7.1.5.2", CaType::Corrective, "Deputy rule for interim checks",
     "Deputy named in CMM-02; reminder in the shared calendar.", "Checks complete for 3 months."},
    {Training, NcSource::InternalAudit, "Operator without qualification on {machine}",
     "Internal audit: a new operator ran {machine} without a recorded qualification.",
     "Operator paired with a qualified colleague until qualified.", RcaMethod::FiveWhys,
     "Why? Qualification matrix not checked at shift planning. Root cause: matrix not available to shift "
     "leaders.",
     Disposition::NotApplicable, "7.2", CaType::Corrective, "Qualification matrix visible in shift planning",
     "Matrix linked to the shift planning board.", "Spot checks: only qualified operators planned."},
    {Audit, NcSource::InternalAudit, "Audit programme not fully carried out",
     "Two planned process audits (Shipping, Purchasing) were not carried out in the last half-year.",
     "Audits rescheduled and carried out.", RcaMethod::Other,
     "Auditor capacity: one internal auditor left the company.", Disposition::NotApplicable, "9.2.1; 9.2.2",
     CaType::Improvement, "Qualify two additional internal auditors",
     "Two engineers trained as internal auditors.",
     "Programme completed on schedule the following half-year."},
    {Review, NcSource::ManagementReview, "Quality objective for scrap rate not met",
     "Management review: scrap rate 2.4 % against the objective of 1.5 %.", "Weekly scrap review introduced.",
     RcaMethod::Fishbone,
     "Machine: aging lathe L1. Method: no SPC. Material: bar stock variation. Main cause: no "
     "early warning on key features.",
     Disposition::NotApplicable, "6.2.1; 9.3.3", CaType::Improvement, "Introduce SPC on key features",
     "SPC charts for 10 key features.", "Scrap rate 1.3 % in the last quarter."},
    {Planning, NcSource::Other, "Production order released without material",
     "Production order for {part} released although bar stock was not in stock; machine idle 6 h.",
     "Machine re-planned with another order.", RcaMethod::FiveWhys,
     "Why? Availability check skipped. Root cause: planning board allows release without material check.",
     Disposition::NotApplicable, "8.1; 8.5.1", CaType::Corrective, "Block release of orders without material",
     "ERP release check for material availability.", "No idle times from missing material in 2 months."},
};

// Words used by the search benchmark: they occur in the texts above.
inline constexpr const char* searchWords[] = {
    "bore",        "tolerance", "housing",     "coolant",       "calibration", "supplier",
    "burrs",       "thread",    "leak",        "corrosion",     "hardness",    "torque",
    "fixture",     "drawing",   "label",       "micrometer",    "program",     "audit",
    "certificate", "scrap",     "valve",       "pump",          "shaft",       "flange",
    "O-ring",      "roughness", "material",    "qualification", "CMM",         "Halvorsen",
    "Brückner",    "lathe",     "sea freight", "deburring",     "oversize",    "offset",
};

} // namespace qms::demo
