namespace CollectiveDismissal.Domain.Participants;

public enum Gender { Female, Male, X }

public enum ContractKind { Indefinite, FixedTerm, TemporaryAgency }

public enum WorkerCategory { BlueCollar, WhiteCollar, Executive }

public enum TerminationMode { NoticeWorked, Indemnity }

public enum ContractType { Indefinite, FixedTerm, TemporaryAgency, SelfEmployed, Training }

public enum DepartureReason { Retired, LongTermSick, Deceased, MovedAbroad, Unreachable, Other }

public enum GuidanceKind { Individual, Group }

/// <summary>A participant's status at a date for the report: the first that holds, in this order.</summary>
public enum ParticipantStatus { Left, Declined, Employed, Searching }

/// <summary>
/// R29: the three regimes of outplacement. <c>Restructuring</c> is the employment cell's (R23), which applies even when
/// the worker would qualify for another (S34); <c>General</c> is the Law of 26 December 2013's (notice or indemnity of
/// 30 weeks or more); <c>Special45Plus</c> is CAO 82/82bis's (45 or older, notice or indemnity under 30 weeks).
/// </summary>
public enum OutplacementRegime { Restructuring, General, Special45Plus }

/// <summary>How the employer sent the offer. The general regime wants it written and registered (R31, R32: S5, S37).</summary>
public enum OfferChannel { RegisteredLetter, HandDeliveredWithReceipt, Email, Other }

/// <summary>
/// The services of outplacement guidance that CAO 82 (art. 3) lists and CAO 82bis keeps, which the cell's outplacement
/// follows (R23, S25 in docs/domain-rules.md): psychological support, a personal and professional assessment, help
/// with a job-search campaign and carrying it out, help negotiating the new contract, support during the integration in
/// the new job, logistic and administrative support; and anything else the provider offers (training, coaching).
/// </summary>
public enum GuidanceService
{
    PsychologicalSupport,
    PersonalAndProfessionalAssessment,
    JobSearchCampaign,
    NewContractNegotiation,
    IntegrationInNewJob,
    LogisticAndAdministrativeSupport,
    Other
}
