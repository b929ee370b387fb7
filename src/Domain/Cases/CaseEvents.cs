namespace CollectiveDismissal.Domain.Cases;

public sealed record Employer(string Name, string EnterpriseNumber, IReadOnlyList<string> JointCommittees, Region Region);

/// <summary>The flags of R1, R13 and R14 are derived from these facts whenever they are read, never stored as decisions.</summary>
/// <param name="SecondCaseReason">Why this case was opened while another case of the same enterprise was open.</param>
public sealed record DossierPrepared(Guid CaseId, Employer Employer, int AverageHeadcount, int PlannedDismissals,
    IReadOnlyList<string> Reasons, string ProjectManager, string? SecondCaseReason = null);

/// <summary>Phase 1 of the Renault procedure (Wet 13 februari 1998, art. 62–70; CAO 24; R3–R4).</summary>
public sealed record IntentionAnnounced(Guid CaseId, DateOnly AnnouncedOn, InformedBody InformedBody);

/// <summary>One meeting of the consultation (R5–R6); a consultation has one or more.</summary>
public sealed record WorksCouncilConsulted(Guid CaseId, DateOnly HeldOn, string? MinutesReference,
    int QuestionsReceived, int QuestionsAnswered);

public sealed record ConsultationClosed(Guid CaseId, DateOnly ClosedOn);

/// <summary>Phase 2: the notification to the regional employment service (KB 24 mei 1976; R8–R10).</summary>
public sealed record CollectiveDismissalNotified(Guid CaseId, DateOnly NotifiedOn);

/// <summary>The regional director extends the waiting period (KB 24 mei 1976; R9).</summary>
public sealed record WaitingPeriodExtended(Guid CaseId, DateOnly EndsOn, string? Reason);

/// <summary>The employment cell (tewerkstellingscel) is set up (KB 9 maart 2006; R13–R17).</summary>
public sealed record TwcOpened(Guid CaseId, DateOnly OpenedOn, EmploymentService EmploymentService,
    IReadOnlyList<string> Partners, string Spoc);

public sealed record TwcMeetingHeld(Guid CaseId, DateOnly HeldOn, string? Notes);

public sealed record StakeholderConsulted(Guid CaseId, DateOnly HeldOn, StakeholderParty Party, string? Subject);

/// <summary>A pre-trajectory activity (voortraject) for the workers concerned.</summary>
public sealed record InformationSessionHeld(Guid CaseId, DateOnly HeldOn, PreTrajectoryActivity Kind, int Attendees, string? Topic);

/// <summary>The final report is frozen with it; every later command on the case is refused.</summary>
public sealed record CaseClosed(Guid CaseId, DateOnly ClosedOn);

// Corrections of the case itself; who corrected is the event's recorder. The originals stay in the stream.

/// <summary>Dossier facts as they should have been recorded; a null field is not corrected. The region is not corrected.</summary>
public sealed record DossierCorrected(Guid CaseId, string? EmployerName, string? EnterpriseNumber, IReadOnlyList<string>? JointCommittees,
    int? AverageHeadcount, int? PlannedDismissals, IReadOnlyList<string>? Reasons, string Reason, string? SecondCaseReason = null);

/// <summary>The employment cell's facts as they should have been recorded; a null field is not corrected.</summary>
public sealed record EmploymentCellCorrected(Guid CaseId, IReadOnlyList<string>? Partners, string? Spoc, EmploymentService? EmploymentService,
    string Reason);

/// <summary>The case was created by mistake: it leaves the lists and the deadline board, its history stays, it accepts no command.</summary>
public sealed record CaseCancelled(Guid CaseId, string Reason);

/// <summary>A closed case opened again to correct it; its frozen final report is kept as superseded, and the next closing freezes another.</summary>
public sealed record CaseReopened(Guid CaseId, string Reason);
