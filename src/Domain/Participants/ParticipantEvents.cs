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
/// services were asked name none, and count as unspecified.
/// </summary>
public sealed record GuidanceSessionLogged(Guid CaseId, Guid ParticipantId, DateOnly HeldOn, decimal Hours,
    GuidanceKind Kind, string? Topic,
    Guid SessionId = default,
    IReadOnlyList<GuidanceService>? Services = null) : IParticipantEvent;

public sealed record TrajectoryExtended(Guid CaseId, Guid ParticipantId, DateOnly DecidedOn, DateOnly EndsOn, string Reason) : IParticipantEvent;

/// <summary>The job's aftercare (nazorg) starts with it.</summary>
public sealed record JobFound(Guid CaseId, Guid ParticipantId, DateOnly StartsOn, string EmployerName, ContractType ContractType,
    int? ContractMonths, decimal? WorkTimeFraction) : IParticipantEvent;

/// <summary>Closes the current job's aftercare; not still employed means searching again (R33–R34).</summary>
public sealed record AftercareClosed(Guid CaseId, Guid ParticipantId, DateOnly ClosedOn, bool StillEmployed) : IParticipantEvent;

public sealed record ParticipantLeft(Guid CaseId, Guid ParticipantId, DateOnly LeftOn, DepartureReason Reason) : IParticipantEvent;

/// <summary>
/// R22: the participant registered as a job seeker with a regional employment service on that date. A participant can
/// register again, after a job was lost.
/// </summary>
public sealed record RegisteredAsJobSeeker(Guid CaseId, Guid ParticipantId, DateOnly RegisteredOn, EmploymentService Service) : IParticipantEvent;

/// <summary>The participant's personal record was erased on request (GDPR art. 17). Holds no personal data itself.</summary>
public sealed record PersonalDataErased(Guid CaseId, Guid ParticipantId) : IParticipantEvent;

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
