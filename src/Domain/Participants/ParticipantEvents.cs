using CollectiveDismissal.Domain.Cases;

namespace CollectiveDismissal.Domain.Participants;

/// <summary>An event about one participant. It lives in the case's stream and names the participant by its own id.</summary>
public interface IParticipantEvent
{
    Guid CaseId { get; }
    Guid ParticipantId { get; }
}

/// <summary>
/// Carries what decisions and figures need and no personal data: the age in whole years at the announcement,
/// never the birth date; name, INSZ and contact live in the erasable <see cref="PersonalRecord"/>.
/// </summary>
public sealed record ParticipantEnrolled(Guid CaseId, Guid ParticipantId, string PersonnelReference, Gender Gender,
    ContractKind ContractKind, WorkerCategory WorkerCategory, TerminationMode TerminationMode, DateOnly DismissedOn,
    DateOnly ContractEndsOn, DateOnly EnrolledOn, int AgeAtAnnouncement) : IParticipantEvent;

/// <summary>The trajectory can start.</summary>
public sealed record OutplacementAccepted(Guid CaseId, Guid ParticipantId, DateOnly DecidedOn) : IParticipantEvent;

public sealed record OutplacementDeclined(Guid CaseId, Guid ParticipantId, DateOnly DecidedOn) : IParticipantEvent;

/// <summary>The intake with the coach starts the individual action plan.</summary>
public sealed record IntakeHeld(Guid CaseId, Guid ParticipantId, DateOnly HeldOn, string? Coach,
    IReadOnlyList<string> Goals, IReadOnlyList<string> TargetOccupations) : IParticipantEvent;

/// <summary>
/// A guidance session and the services of CAO 82bis it gave (<see cref="GuidanceService"/>); sessions logged before
/// services were asked name none, and count as unspecified. <c>SessionId</c> names the session, so it can be voided;
/// events stored before sessions had ids carry none (<see cref="EntryIds.Or"/> gives them one).
/// </summary>
public sealed record GuidanceSessionLogged(Guid CaseId, Guid ParticipantId, DateOnly HeldOn, decimal Hours,
    GuidanceKind Kind, string? Topic,
    Guid SessionId = default,
    IReadOnlyList<GuidanceService>? Services = null) : IParticipantEvent;

public sealed record TrajectoryExtended(Guid CaseId, Guid ParticipantId, DateOnly DecidedOn, DateOnly EndsOn, string Reason,
    Guid ExtensionId = default) : IParticipantEvent;

/// <summary>The job's aftercare (nazorg) starts with it. <c>JobId</c> also names the job's aftercare closure.</summary>
public sealed record JobFound(Guid CaseId, Guid ParticipantId, DateOnly StartsOn, string EmployerName, ContractType ContractType,
    int? ContractMonths, decimal? WorkTimeFraction, Guid JobId = default) : IParticipantEvent;

/// <summary>Closes the current job's aftercare; not still employed means searching again (R33–R34).</summary>
public sealed record AftercareClosed(Guid CaseId, Guid ParticipantId, DateOnly ClosedOn, bool StillEmployed) : IParticipantEvent;

public sealed record ParticipantLeft(Guid CaseId, Guid ParticipantId, DateOnly LeftOn, DepartureReason Reason,
    Guid DepartureId = default) : IParticipantEvent;

/// <summary>
/// R22: the participant registered as a job seeker with a regional employment service on that date. A participant can
/// register again, after a job was lost.
/// </summary>
public sealed record RegisteredAsJobSeeker(Guid CaseId, Guid ParticipantId, DateOnly RegisteredOn, EmploymentService Service) : IParticipantEvent;

/// <summary>The participant's personal record was erased on request (GDPR art. 17). Holds no personal data itself.</summary>
public sealed record PersonalDataErased(Guid CaseId, Guid ParticipantId) : IParticipantEvent;

// Corrections. Each names the entry it corrects and why; who corrected it is the event's recorder, as for every event.
// The original stays in the stream: the history shows both, and every fold takes the correction into account.

/// <summary>
/// A session recorded by mistake (twice, on the wrong participant) no longer counts. It repeats the session's date and
/// hours, so the folds that keep only running totals (the report's facts, the case's counts) take them off without
/// looking the session up; it repeats the session's services and kind too, so the hours per service and in group lose them as well.
/// </summary>
public sealed record GuidanceSessionVoided(Guid CaseId, Guid ParticipantId, Guid SessionId, DateOnly HeldOn, decimal Hours,
    string Reason, IReadOnlyList<GuidanceService>? Services = null, GuidanceKind? Kind = null) : IParticipantEvent;

/// <summary>A job recorded by mistake no longer counts, nor does its aftercare closure.</summary>
public sealed record JobVoided(Guid CaseId, Guid ParticipantId, Guid JobId, string Reason) : IParticipantEvent;

/// <summary>The aftercare closure of the job no longer counts: its aftercare is open again.</summary>
public sealed record AftercareClosureVoided(Guid CaseId, Guid ParticipantId, Guid JobId, string Reason) : IParticipantEvent;

/// <summary>An extension recorded by mistake no longer counts: the trajectory ends as the extensions left say.</summary>
public sealed record TrajectoryExtensionVoided(Guid CaseId, Guid ParticipantId, Guid ExtensionId, string Reason) : IParticipantEvent;

/// <summary>A departure recorded by mistake (on the wrong person, say) no longer counts: the participant is back.</summary>
public sealed record DepartureVoided(Guid CaseId, Guid ParticipantId, Guid DepartureId, string Reason) : IParticipantEvent;

/// <summary>The outplacement decision as it should have been recorded: accepted or declined, on that date.</summary>
public sealed record OutplacementDecisionCorrected(Guid CaseId, Guid ParticipantId, bool Accepted, DateOnly DecidedOn, string Reason)
    : IParticipantEvent;

/// <summary>
/// Enrolment facts as they should have been recorded; a null field is not corrected. It repeats the participant's age at
/// the announcement, which no correction changes, so the case's fold knows which last dismissal date (under or from 45,
/// R16) a corrected dismissal date counts for.
/// </summary>
public sealed record EnrolmentCorrected(Guid CaseId, Guid ParticipantId, int AgeAtAnnouncement, string? PersonnelReference,
    ContractKind? ContractKind, TerminationMode? TerminationMode, DateOnly? DismissedOn, DateOnly? ContractEndsOn, DateOnly? EnrolledOn,
    string Reason) : IParticipantEvent;

/// <summary>
/// R29: the regime the participant's outplacement falls under, chosen before the offer so its deadlines can be shown
/// (R31, R32, R34). Until one is chosen the regime is <see cref="OutplacementRegime.Restructuring"/> (R23, S34).
/// </summary>
public sealed record OutplacementRegimeChosen(Guid CaseId, Guid ParticipantId, OutplacementRegime Regime) : IParticipantEvent;

/// <summary>R31, R32, R34: the employer's outplacement offer, dated the day it was sent, under the regime named.</summary>
public sealed record OutplacementOffered(Guid CaseId, Guid ParticipantId, DateOnly OfferedOn, OfferChannel SentBy, OutplacementRegime Regime) : IParticipantEvent;

/// <summary>R31, R32, R34: the worker's formal notice (ingebrekestelling) to an employer who made no offer in time.</summary>
public sealed record FormalNoticeGiven(Guid CaseId, Guid ParticipantId, DateOnly GivenOn, OutplacementRegime Regime) : IParticipantEvent;

/// <summary>
/// The participant's coach from a date on: a member of the provider's staff, named as the provider knows them (not the
/// participant's personal data). The intake's coach counts as the first assignment.
/// </summary>
public sealed record CoachAssigned(Guid CaseId, Guid ParticipantId, string Coach, DateOnly From) : IParticipantEvent;

/// <summary>
/// A monitoring contact during a job's aftercare (R24, S26: monitoring continues after a new job), after the trajectory
/// too; its hours are not guidance hours. The note is free text: no personal data.
/// </summary>
public sealed record AftercareContactLogged(Guid CaseId, Guid ParticipantId, DateOnly HeldOn, decimal Hours, string? Note) : IParticipantEvent;
