namespace CollectiveDismissal.Domain.Cases;

public sealed record Employer(string Name, string EnterpriseNumber, IReadOnlyList<string> JointCommittees, Region Region);

/// <summary>Step 1: the dossier is prepared. Flags (collective dismissal, restructuring, cell required) are derived, not stored.</summary>
public sealed record DossierPrepared(Guid CaseId, Employer Employer, int AverageHeadcount, int PlannedDismissals,
    IReadOnlyList<string> Reasons, string ProjectManager);

/// <summary>Step 2: phase 1 of the Renault procedure starts (R3–R4).</summary>
public sealed record IntentionAnnounced(Guid CaseId, DateOnly AnnouncedOn, InformedBody InformedBody);

/// <summary>Step 3: a works council meeting of the consultation (R5–R6).</summary>
public sealed record WorksCouncilConsulted(Guid CaseId, DateOnly HeldOn, string? MinutesReference,
    int QuestionsReceived, int QuestionsAnswered);

/// <summary>Step 4.</summary>
public sealed record ConsultationClosed(Guid CaseId, DateOnly ClosedOn);

/// <summary>Step 5: phase 2, the notification to the regional service (R8–R10).</summary>
public sealed record CollectiveDismissalNotified(Guid CaseId, DateOnly NotifiedOn);

/// <summary>Step 6: the director extends the waiting period (R9).</summary>
public sealed record WaitingPeriodExtended(Guid CaseId, DateOnly EndsOn, string? Reason);

/// <summary>Step 7: the employment cell (tewerkstellingscel) is opened (R13–R17).</summary>
public sealed record TwcOpened(Guid CaseId, DateOnly OpenedOn, EmploymentService EmploymentService,
    IReadOnlyList<string> Partners, string Spoc);

/// <summary>Step 16: the SPOC reports at a meeting of the employment cell.</summary>
public sealed record TwcMeetingHeld(Guid CaseId, DateOnly HeldOn, string? Notes);

/// <summary>A consultation with another party: social intervention adviser, sector fund, union, employment service.</summary>
public sealed record StakeholderConsulted(Guid CaseId, DateOnly HeldOn, StakeholderParty Party, string? Subject);

/// <summary>A pre-trajectory activity (voortraject): information session, workshop, job hunting.</summary>
public sealed record InformationSessionHeld(Guid CaseId, DateOnly HeldOn, PreTrajectoryActivity Kind, int Attendees, string? Topic);

/// <summary>Step 17: the case is closed and its final report frozen; every later command is refused.</summary>
public sealed record CaseClosed(Guid CaseId, DateOnly ClosedOn);
