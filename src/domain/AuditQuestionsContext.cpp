// The audit questions for clauses 4 to 7 (context, leadership, planning, support) of ISO 9001:2015, written
// for this application: paraphrases of what an auditor checks, never the standard's text.

#include "AuditQuestionData.h"

#include <QCoreApplication>

namespace qms::audit_questions {
namespace {

constexpr ClauseQuestion questions[] = {
    // 4.1 Understanding the organization and its context
    {"4.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Which internal and external issues relevant to its purpose and strategic "
                              "direction has the organisation determined? Show the context analysis (e.g. "
                              "SWOT or PESTLE) and when it was last reviewed.")},
    {"4.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Has the organisation determined whether climate change is a relevant issue "
                              "for it? Which record shows the decision and the reasoning behind it?")},
    {"4.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "How is information about these issues monitored and kept up to date? Show "
                              "planning or management review inputs that reflect a change in context.")},

    // 4.2 Understanding the needs and expectations of interested parties
    {"4.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Which interested parties relevant to the QMS has the organisation "
                              "identified, and which of their requirements are relevant? Show the "
                              "register or list of interested parties and their requirements.")},
    {"4.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Have climate-related requirements of interested parties been considered? "
                              "Which records show this?")},
    {"4.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "How and how often is this information monitored and reviewed? Show "
                              "evidence of the last review and of any changes it led to.")},

    // 4.3 Determining the scope of the quality management system
    {"4.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Is the scope of the QMS available as documented information, naming the "
                              "products and services covered and the sites included? Show the scope "
                              "statement.")},
    {"4.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Where a requirement is treated as not applicable, is the justification "
                              "documented, and is it clear that conformity of products and services and "
                              "customer satisfaction are not affected? Show the justification.")},
    {"4.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "How were the context issues, the requirements of interested parties and "
                              "the organisation's products and services taken into account when setting "
                              "the scope? Which records show this?")},

    // 4.4.1 Establishing the QMS processes
    {"4.4.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Has the organisation determined the processes the QMS needs and how they "
                                "interact? Show the process map or process landscape.")},
    {"4.4.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "For a sampled process, are inputs, outputs, owner, resources, criteria "
                                "and methods, risks and performance indicators defined? Show the process "
                                "description.")},
    {"4.4.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How are processes evaluated and changed when they do not achieve their "
                                "intended results? Show examples of process changes and how they were "
                                "followed up.")},

    // 4.4.2 Documenting process information
    {"4.4.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Which documented information supports the operation of the processes, "
                                "and is it maintained and current? Show procedures, work instructions or "
                                "process descriptions for a sample.")},
    {"4.4.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are records retained that give confidence the processes are carried out "
                                "as planned? Sample the records of one process.")},

    // 5.1.1 General
    {"5.1.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How does top management show that it is accountable for the "
                                "effectiveness of the QMS? Show minutes, reviews or decisions in which "
                                "top management acted on QMS results.")},
    {"5.1.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are the quality policy and objectives consistent with the strategic "
                                "direction, and are QMS requirements built into the business processes? "
                                "Compare strategy or business plans with the objectives.")},
    {"5.1.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How does top management provide resources, promote the process approach "
                                "and risk-based thinking, and support other managers and staff? Which "
                                "evidence (budgets, communications, interviews) shows this?")},

    // 5.1.2 Customer focus
    {"5.1.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How does top management make sure that customer and legal requirements "
                                "are determined and consistently met? Show delivery and conformity "
                                "performance data that management has reviewed.")},
    {"5.1.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are risks and opportunities that can affect conformity and customer "
                                "satisfaction addressed, and is enhancing customer satisfaction a visible "
                                "aim? Show the related actions and satisfaction trends.")},

    // 5.2.1 Establishing the quality policy
    {"5.2.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Is there a quality policy that suits the organisation's purpose, context "
                                "and strategic direction? Show the current, approved policy.")},
    {"5.2.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Does the policy give a framework for setting quality objectives and "
                                "commit to meeting applicable requirements and to continual improvement? "
                                "Show how the objectives are derived from it.")},

    // 5.2.2 Communicating the quality policy
    {"5.2.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Is the quality policy available and maintained as documented "
                                "information? Show the controlled version and its revision history.")},
    {"5.2.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How is the policy communicated, understood and applied within the "
                                "organisation? Ask staff in the sampled areas what it means for their "
                                "work and show the communication records.")},
    {"5.2.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Is the policy made available to relevant interested parties where "
                                "appropriate? Show where it is published (website, offers, notice "
                                "boards).")},

    // 5.3 Organizational roles, responsibilities and authorities
    {"5.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Are responsibilities and authorities for the QMS and its processes "
                              "assigned, communicated and understood? Show the organisation chart, role "
                              "descriptions or a RACI matrix.")},
    {"5.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Who makes sure that the QMS conforms, processes deliver their intended "
                              "outputs, performance is reported to top management, customer focus is "
                              "promoted and the QMS stays intact during changes? Show the appointments "
                              "and the reports made.")},

    // 6.1.1 Identifying risks and opportunities
    {"6.1.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How has the organisation determined the risks and opportunities it needs "
                                "to address, taking its context and interested parties into account? Show "
                                "the risk and opportunity register.")},
    {"6.1.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Does the assessment consider achieving intended results, strengthening "
                                "desirable effects, preventing or reducing undesired effects and "
                                "improvement? Show how risks are rated and when the register was last "
                                "updated.")},

    // 6.1.2 Planning and evaluating actions
    {"6.1.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are actions planned for the significant risks and opportunities, in "
                                "proportion to their potential impact on the conformity of products and "
                                "services? Show the action plans with owners and due dates.")},
    {"6.1.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How are these actions built into the QMS processes, and how is their "
                                "effectiveness evaluated? Show evaluation records, e.g. from management "
                                "review or process reviews.")},

    // 6.2.1 Setting quality objectives
    {"6.2.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Have measurable quality objectives, consistent with the quality policy, "
                                "been set for the relevant functions, levels and processes? Show the "
                                "current objectives with their targets.")},
    {"6.2.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are the objectives monitored, communicated, updated as needed and kept "
                                "as documented information? Show the latest status report and how staff "
                                "are informed.")},

    // 6.2.2 Planning to achieve objectives
    {"6.2.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "For a sample of objectives, is it defined what will be done, which "
                                "resources are needed, who is responsible, when it will be completed and "
                                "how results will be evaluated? Show the action plans.")},
    {"6.2.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "What progress has been made against these plans, and what was done where "
                                "an objective is off track? Show the progress records.")},

    // 6.3 Planning of changes
    {"6.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "How are changes to the QMS identified and planned? Show a recent change "
                              "(e.g. a reorganisation, a new process or system) and its change plan.")},
    {"6.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Did the planning consider the purpose and possible consequences of the "
                              "change, the integrity of the QMS, the resources available and who is "
                              "responsible? Which records show this?")},

    // 7.1.1 General
    {"7.1.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How does the organisation determine the resources needed to establish, "
                                "run, maintain and improve the QMS? Show the resource or budget planning "
                                "and how it was approved.")},
    {"7.1.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Were the capabilities and limits of existing internal resources "
                                "considered, and what has to be obtained from external providers? Show "
                                "the related decisions.")},

    // 7.1.2 People
    {"7.1.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are enough people available to run the QMS and its processes "
                                "effectively? Show staffing or capacity plans and compare them with "
                                "workload, backlogs and overtime.")},
    {"7.1.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How are staffing gaps, absences and dependence on key people identified "
                                "and handled? Which records show this?")},

    // 7.1.3 Infrastructure
    {"7.1.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Which infrastructure (buildings, equipment, hardware and software, "
                                "transport, IT and communication) has been determined as needed for the "
                                "processes? Show the equipment or asset list.")},
    {"7.1.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How is the infrastructure maintained so that it stays fit for conforming "
                                "output? Show maintenance plans and records for sampled equipment, "
                                "including breakdowns and IT backups.")},

    // 7.1.4 Environment for the operation of processes
    {"7.1.4", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Which physical, social and psychological conditions has the organisation "
                                "determined as needed for its processes (e.g. temperature, cleanliness, "
                                "lighting, workload, stress)? Show where they are defined.")},
    {"7.1.4", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How are these conditions provided and maintained? Show monitoring "
                                "records (e.g. environmental readings, cleaning logs, staff surveys) and "
                                "the actions taken on deviations.")},

    // 7.1.5.1 General
    {"7.1.5.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "Which monitoring and measuring resources are used to verify "
                                  "conformity, and are they suitable for the checks made? Show the "
                                  "equipment register and how suitability (range, resolution, accuracy) "
                                  "was established.")},
    {"7.1.5.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "How is their continued fitness for purpose maintained, including for "
                                  "methods that are not instruments, such as surveys or visual "
                                  "inspections? Show the records kept as evidence.")},

    // 7.1.5.2 Measurement traceability
    {"7.1.5.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "Where measurement traceability is required, is equipment calibrated or "
                                  "verified at set intervals against standards traceable to national or "
                                  "international standards? Show calibration certificates for sampled "
                                  "items.")},
    {"7.1.5.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "Is the calibration status of each item identifiable, and is the "
                                  "equipment protected from adjustment, damage or deterioration? Check "
                                  "labels and storage at the point of use.")},
    {"7.1.5.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "When equipment is found out of tolerance, how is the validity of "
                                  "earlier results assessed and what action is taken? Show the impact "
                                  "assessment for a recent case.")},

    // 7.1.6 Organizational knowledge
    {"7.1.6", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Which knowledge has the organisation determined as necessary for its "
                                "processes and for conforming products and services, and how is it kept "
                                "and shared? Show knowledge bases, lessons-learned records or handover "
                                "documents.")},
    {"7.1.6", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "How does the organisation gain or access additional knowledge when needs "
                                "and trends change, and how does it prevent loss of knowledge (e.g. when "
                                "staff leave)? Which evidence shows this?")},

    // 7.2 Competence
    {"7.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Has the necessary competence been defined for roles whose work affects the "
                              "performance of the QMS? Show job descriptions or competence requirements "
                              "for sampled roles.")},
    {"7.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Are the sampled people competent on the basis of education, training or "
                              "experience? Show their training records, qualifications or a competence "
                              "matrix.")},
    {"7.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Where gaps were found, what actions were taken (training, mentoring, "
                              "reassignment, hiring), and how was their effectiveness evaluated? Show the "
                              "records.")},

    // 7.3 Awareness
    {"7.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Are people aware of the quality policy and of the quality objectives "
                              "relevant to their work? Interview a sample of staff and show how awareness "
                              "is built (induction, briefings, notice boards).")},
    {"7.3", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Do people understand how they contribute to the effectiveness of the QMS "
                              "and what follows if its requirements are not met? Which interview answers "
                              "or induction records show this?")},

    // 7.4 Communication
    {"7.4", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Has the organisation determined what it communicates internally and "
                              "externally about the QMS, when, to whom, how and by whom? Show the "
                              "communication plan or matrix.")},
    {"7.4", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                              "Is the planned communication actually taking place? Show examples such as "
                              "meeting minutes, newsletters, team briefings or notices to customers and "
                              "suppliers.")},

    // 7.5.1 General
    {"7.5.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Does the QMS include the documented information the standard requires "
                                "and the documented information the organisation has found necessary for "
                                "its effectiveness? Show the document master list.")},
    {"7.5.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Is the extent of documentation appropriate to the size of the "
                                "organisation, the complexity of its processes and the competence of its "
                                "people? Check a sampled process for missing or unused documents.")},

    // 7.5.2 Creating and updating
    {"7.5.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are documents and records properly identified (title, date, author, "
                                "reference number, revision) and in a suitable format and medium? Check a "
                                "sample.")},
    {"7.5.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                "Are documents reviewed and approved for suitability and adequacy before "
                                "issue and after each change? Show the review and approval records for "
                                "recent revisions.")},

    // 7.5.3.1 Availability and protection
    {"7.5.3.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "Is the required documented information available and suitable for use "
                                  "where and when it is needed? Check at the point of use in sampled "
                                  "areas that current versions are there.")},
    {"7.5.3.1", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "How is documented information protected against loss of "
                                  "confidentiality, improper use and loss of integrity? Show access "
                                  "rights, backups and restore tests.")},

    // 7.5.3.2 Document control activities
    {"7.5.3.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "How are distribution, access, retrieval, storage, preservation and "
                                  "legibility of documents controlled? Show the document control "
                                  "procedure and how obsolete versions are withdrawn or marked.")},
    {"7.5.3.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "Are changes under version control, and are retention periods and "
                                  "disposal defined and followed? Show the revision history and the "
                                  "retention schedule.")},
    {"7.5.3.2", QT_TRANSLATE_NOOP("qms::AuditQuestions",
                                  "Are documents of external origin needed for the QMS identified and "
                                  "controlled, and are records protected from unintended alteration? Show "
                                  "the list of external documents and how records are protected.")},
};

} // namespace

std::span<const ClauseQuestion> contextToSupport() {
    return questions;
}

} // namespace qms::audit_questions
