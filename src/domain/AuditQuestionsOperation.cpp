// The audit questions for clauses 8 to 10 (operation, performance evaluation, improvement) of ISO 9001:2015,
// written for this application: paraphrases of what an auditor checks, never the standard's text.

#include "AuditQuestionData.h"

#include <QCoreApplication>

namespace qms::audit_questions {
namespace {

constexpr ClauseQuestion questions[] = {
    // 8.1 Operational planning and control
    {"8.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "How are the processes for providing products and services planned, "
                              "including requirements, acceptance criteria, resources and the controls to "
                              "apply? Show operational plans such as production, service or control "
                              "plans.")},
    {"8.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Are records kept showing that processes ran as planned and outputs "
                              "conform, and how are planned and unintended changes controlled? Show the "
                              "records for a recent change.")},
    {"8.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Are outsourced processes identified and controlled? Show where they are "
                              "listed and which controls apply to them.")},

    // 8.2.1 Customer communication
    {"8.2.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How does the organisation communicate with customers about products and "
                                "services, enquiries, contracts, orders and changes to them? Show "
                                "examples of enquiry and order correspondence.")},
    {"8.2.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How is customer feedback, including complaints, obtained and handled, "
                                "and how are the handling of customer property and any contingency "
                                "actions communicated? Show the complaint log and related correspondence.")},

    // 8.2.2 Determining the requirements for products and services
    {"8.2.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How are the requirements for products and services defined, including "
                                "applicable legal requirements and those the organisation itself "
                                "considers necessary? Show specifications, catalogues or a legal "
                                "register.")},
    {"8.2.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How does the organisation make sure it can meet the claims it makes for "
                                "its products and services? Show the evidence behind claims in brochures, "
                                "on the website or in offers.")},

    // 8.2.3.1 Ability to meet requirements
    {"8.2.3.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "Are requirements reviewed before the organisation commits to supply, "
                                  "covering the customer's stated requirements (incl. delivery and "
                                  "after-delivery), unstated but necessary ones, its own and legal ones? "
                                  "Show order or contract reviews for a sample.")},
    {"8.2.3.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "How are differences between an order and an earlier quotation "
                                  "resolved, and how are customer requirements confirmed when the "
                                  "customer gives none in writing (e.g. telephone orders)? Show examples.")},

    // 8.2.3.2 Recording the review
    {"8.2.3.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "Are the results of requirement reviews retained as records? Show the "
                                  "review record for sampled orders or contracts.")},
    {"8.2.3.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "Are new requirements for the products and services recorded? Show "
                                  "where added or changed requirements were captured.")},

    // 8.2.4 Changes to requirements for products and services
    {"8.2.4", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "When requirements for products and services change, how are the relevant "
                                "documents amended? Show a changed order or contract and the updated "
                                "documents.")},
    {"8.2.4", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How are the people concerned made aware of the changed requirements? "
                                "Which records show they were informed in time?")},

    // 8.3.1 General
    {"8.3.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Does the organisation design or develop products or services, and if so, "
                                "is a design and development process established and maintained? Show the "
                                "procedure, or the justification if design is excluded.")},
    {"8.3.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Is the design process suited to the nature of what is designed, and is "
                                "it followed in practice? Pick a recent project and trace it through "
                                "clauses 8.3.2 to 8.3.6.")},

    // 8.3.2 Design and development planning
    {"8.3.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "For a sampled design project, are the stages, reviews, verification and "
                                "validation activities, responsibilities and authorities planned? Show "
                                "the project or design plan.")},
    {"8.3.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Did planning consider the nature and complexity of the work, resources, "
                                "interfaces between groups, customer and user involvement, later "
                                "production or service needs and the records required? Show where this is "
                                "addressed.")},

    // 8.3.3 Design and development inputs
    {"8.3.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are design inputs determined and recorded, including functional and "
                                "performance requirements, legal requirements, standards or codes of "
                                "practice and lessons from earlier similar designs? Show the input "
                                "specification.")},
    {"8.3.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Were the potential consequences of failure considered, and were inputs "
                                "checked to be adequate, complete and unambiguous, with conflicts "
                                "resolved? Show the input review record.")},

    // 8.3.4 Design and development controls
    {"8.3.4", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are the results to be achieved defined, and are design reviews held to "
                                "judge whether the results can meet requirements? Show design review "
                                "minutes with participants and actions.")},
    {"8.3.4", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are verification (outputs meet inputs) and validation (the result fits "
                                "its intended use) carried out, and are problems found acted on? Show "
                                "verification and validation reports and the follow-up of open issues.")},

    // 8.3.5 Design and development outputs
    {"8.3.5", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Do design outputs meet the input requirements and suffice for later "
                                "production, service provision and checking? Show drawings, "
                                "specifications or service descriptions and their link to the inputs.")},
    {"8.3.5", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Do the outputs include or refer to acceptance criteria and the "
                                "characteristics essential for safe and proper use? Show the retained "
                                "output records.")},

    // 8.3.6 Design and development changes
    {"8.3.6", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are changes made during or after design and development identified, "
                                "reviewed and controlled so that they do not harm conformity? Show the "
                                "change log for a sampled project.")},
    {"8.3.6", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "For a sampled change, are the review results, the authorisation and the "
                                "actions taken to prevent adverse effects recorded? Show the change "
                                "record.")},

    // 8.4.1 General
    {"8.4.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Does the organisation know which products, services and processes are "
                                "externally provided, including outsourced processes and direct "
                                "deliveries to customers? Show the approved supplier list.")},
    {"8.4.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are criteria for selecting, evaluating, monitoring and re-evaluating "
                                "external providers defined and applied? Show evaluation records for "
                                "sampled suppliers and the actions arising from them.")},

    // 8.4.2 Type and extent of control
    {"8.4.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How has the organisation decided the type and extent of control over "
                                "each external provider and outsourced process, based on its impact on "
                                "meeting requirements? Show where the controls are defined.")},
    {"8.4.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Do outsourced processes stay under the control of the QMS, and is what "
                                "is received verified against requirements? Show incoming inspection "
                                "records, certificates of conformity or supplier audit reports.")},

    // 8.4.3 Information for external providers
    {"8.4.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are requirements checked for clarity and adequacy before they are passed "
                                "to external providers? Show sampled purchase orders or contracts and how "
                                "they were reviewed before issue.")},
    {"8.4.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Do purchasing documents state what is to be supplied, the approvals and "
                                "competence required, interactions, the controls and monitoring to be "
                                "applied and any verification at the supplier's site? Check a sample.")},

    // 8.5.1 Control of production and service provision
    {"8.5.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Is the work carried out under controlled conditions: defined "
                                "characteristics and results to achieve, suitable infrastructure and "
                                "measuring equipment, competent people? Observe the work and show work "
                                "instructions and job records.")},
    {"8.5.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are checks made at the appropriate stages, and are processes whose "
                                "output cannot be verified afterwards validated and periodically "
                                "revalidated? Show inspection records and process validation reports.")},
    {"8.5.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Which measures are in place to prevent human error, and how are release, "
                                "delivery and after-delivery activities carried out? Show examples such "
                                "as checklists, poka-yoke or second-person checks.")},

    // 8.5.2 Identification and traceability
    {"8.5.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How are outputs identified, and how is their inspection status shown "
                                "throughout production and service provision? Check labels, tags, routing "
                                "cards or the system status in the work area.")},
    {"8.5.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Where traceability is required, is unique identification controlled and "
                                "recorded? Trace a sampled item or job back to its materials, equipment "
                                "and people, and forward to the customer.")},

    // 8.5.3 Property belonging to customers or external providers
    {"8.5.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Which property of customers or external providers does the organisation "
                                "hold or use (materials, tools, premises, data, intellectual property), "
                                "and how is it identified, verified and protected? Show the register and "
                                "the storage conditions.")},
    {"8.5.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "When such property was lost, damaged or found unsuitable, was the owner "
                                "told and was this recorded? Show the records or the notification "
                                "procedure.")},

    // 8.5.4 Preservation
    {"8.5.4", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How are outputs kept conforming during production and delivery, e.g. by "
                                "handling, packaging, storage, transport and protection from "
                                "contamination or damage? Visit storage areas and show the instructions.")},
    {"8.5.4", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Where relevant, are shelf life, storage conditions and stock rotation "
                                "controlled? Show storage condition records, first-in-first-out evidence "
                                "or damage reports.")},

    // 8.5.5 Post-delivery activities
    {"8.5.5", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Which after-delivery obligations apply (warranty, maintenance, "
                                "servicing, recycling, disposal), and how has their extent been "
                                "determined? Show contracts, warranty terms and service records.")},
    {"8.5.5", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Were legal requirements, possible undesired consequences, product life, "
                                "customer requirements and customer feedback considered? Show how "
                                "warranty or field data feed back into the QMS.")},

    // 8.5.6 Control of changes
    {"8.5.6", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How are unplanned changes in production or service provision (e.g. a "
                                "substitute material, machine or operator) reviewed and controlled to "
                                "keep conformity? Show the records of a recent change.")},
    {"8.5.6", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Do the change records show the results of the review, who authorised the "
                                "change and any actions needed? Check a sample.")},

    // 8.6 Release of products and services
    {"8.6", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Are planned checks in place at suitable stages to verify that requirements "
                              "have been met before release? Show inspection and test plans and the "
                              "results for sampled deliveries.")},
    {"8.6", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Do release records show evidence of conformity with the acceptance "
                              "criteria and who authorised the release? Check sampled release records.")},
    {"8.6", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Was anything released before the planned checks were complete, and if so, "
                              "was it approved by a relevant authority and, where applicable, by the "
                              "customer? Show the approvals.")},

    // 8.7.1 Handling nonconforming outputs
    {"8.7.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How are nonconforming outputs identified and controlled to prevent their "
                                "unintended use or delivery? Check quarantine areas, blocked stock or the "
                                "hold status in the system.")},
    {"8.7.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Is action taken according to the nature and effect of the nonconformity "
                                "(correction, segregation, return, suspension, informing the customer, "
                                "concession), also when found after delivery? Show sampled records.")},
    {"8.7.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "After a nonconforming output has been corrected, is its conformity "
                                "verified again? Show the re-inspection records.")},

    // 8.7.2 Recording nonconformities
    {"8.7.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Do nonconformity records describe the nonconformity, the actions taken "
                                "and any concessions obtained? Check a sample of recent records.")},
    {"8.7.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Do the records identify who decided on the action taken for each "
                                "nonconformity? Show the decision and the authority behind it.")},

    // 9.1.1 General
    {"9.1.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Has the organisation determined what to monitor and measure, the methods "
                                "to use, and when results are analysed and evaluated? Show the monitoring "
                                "plan or list of indicators.")},
    {"9.1.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Do the methods give valid results, is the performance and effectiveness "
                                "of the QMS evaluated, and are the results retained? Show recent "
                                "monitoring results and evaluation records.")},

    // 9.1.2 Customer satisfaction
    {"9.1.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How does the organisation monitor how customers perceive the degree to "
                                "which their needs and expectations are met? Show surveys, feedback, "
                                "complaint trends, repeat orders or market share data.")},
    {"9.1.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are methods for obtaining, monitoring and reviewing this information "
                                "defined, and are the results acted on? Show the latest analysis and the "
                                "actions it led to.")},

    // 9.1.3 Analysis and evaluation
    {"9.1.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are monitoring and measurement data analysed to evaluate conformity, "
                                "customer satisfaction, QMS performance and effectiveness, and whether "
                                "planning was implemented effectively? Show the analysis reports.")},
    {"9.1.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Does the analysis also cover the effectiveness of actions on risks and "
                                "opportunities, the performance of external providers and the need for "
                                "improvement? Show how conclusions are drawn and used.")},

    // 9.2.1 Audit purpose and intervals
    {"9.2.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are internal audits carried out at planned intervals, covering all QMS "
                                "processes and clauses within the audit cycle? Show the audit schedule "
                                "and the audits completed against it.")},
    {"9.2.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Do the audits establish whether the QMS meets the organisation's own "
                                "requirements and those of ISO 9001, and whether it is effectively "
                                "implemented and maintained? Show audit reports with their conclusions.")},

    // 9.2.2 Audit programme and conduct
    {"9.2.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Does the audit programme set frequency, methods, responsibilities, "
                                "planning and reporting, taking account of process importance, changes "
                                "and previous audit results? Show the programme and how it was adjusted.")},
    {"9.2.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are criteria and scope defined for each audit, and are auditors chosen "
                                "so that audits are objective and impartial (no auditing of their own "
                                "work)? Show audit plans and auditor qualifications.")},
    {"9.2.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are results reported to the relevant managers, and are corrections and "
                                "corrective actions taken without undue delay? Show audit reports, their "
                                "distribution and the follow-up of findings.")},

    // 9.3.1 General
    {"9.3.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Does top management review the QMS at planned intervals to confirm it is "
                                "still suitable, adequate, effective and aligned with the strategic "
                                "direction? Show the review schedule and the last minutes.")},
    {"9.3.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Who took part in the reviews, and is top management actually involved? "
                                "Show the attendance records.")},

    // 9.3.2 Management review inputs
    {"9.3.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Did the last management review consider the status of actions from "
                                "earlier reviews and changes in internal and external issues relevant to "
                                "the QMS? Show the review inputs.")},
    {"9.3.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Did it cover performance data: customer satisfaction and feedback, "
                                "objectives, process performance, nonconformities and corrective actions, "
                                "monitoring results, audit results and external providers? Show the data "
                                "presented.")},
    {"9.3.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Were the adequacy of resources, the effectiveness of actions on risks "
                                "and opportunities, and opportunities for improvement reviewed? Which "
                                "records show this?")},

    // 9.3.3 Management review outputs
    {"9.3.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Do the review outputs include decisions and actions on improvement "
                                "opportunities, needed changes to the QMS and resource needs? Show the "
                                "minutes or action list of the last review.")},
    {"9.3.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Is the management review retained as documented information, and are its "
                                "actions followed up to completion? Show the status of the actions.")},

    // 10.1 General
    {"10.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                               "How does the organisation identify and select opportunities to improve "
                               "products, services, processes and QMS results? Show the improvement "
                               "register, suggestion scheme or project list.")},
    {"10.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                               "Which improvements were made to meet customer requirements, raise "
                               "customer satisfaction, or correct, prevent or reduce undesired effects? "
                               "Show evidence of the results achieved.")},

    // 10.2.1 Reacting to nonconformities
    {"10.2.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                 "When a nonconformity occurs, including one raised by a complaint, how "
                                 "does the organisation react to control and correct it and deal with the "
                                 "consequences? Show sampled nonconformity and complaint records.")},
    {"10.2.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                 "Is the need to remove causes evaluated by reviewing the nonconformity, "
                                 "finding its root cause and checking whether similar cases exist or "
                                 "could occur? Show root cause analyses (e.g. 5 Whys, Ishikawa, 8D).")},
    {"10.2.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                 "Are corrective actions proportionate to the effects, implemented and "
                                 "checked for effectiveness, with risks, opportunities and the QMS "
                                 "updated where needed? Show effectiveness checks for closed actions.")},

    // 10.2.2 Recording nonconformities and actions
    {"10.2.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                 "Are records kept of the nature of each nonconformity and the actions "
                                 "taken afterwards? Check a sample from the nonconformity and corrective "
                                 "action log.")},
    {"10.2.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                 "Do the records show the result of each corrective action, including "
                                 "whether it was effective? Show closed actions with their verification.")},

    // 10.3 Continual improvement
    {"10.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                               "How does the organisation continually improve the suitability, adequacy "
                               "and effectiveness of the QMS? Show trends in key indicators over several "
                               "periods.")},
    {"10.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                               "Are the results of analysis and evaluation and the outputs of management "
                               "review used to find needs or opportunities for improvement? Show how they "
                               "led to improvement actions.")},
};

} // namespace

std::span<const ClauseQuestion> operationToImprovement() {
    return questions;
}

} // namespace qms::audit_questions
