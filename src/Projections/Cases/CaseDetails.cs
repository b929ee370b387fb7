using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;
using CollectiveDismissal.Domain.Reports;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CollectiveDismissal.Projections.Cases;

public sealed record CaseFlags(bool IsCollectiveDismissal, bool IsEmployerInRestructuring, bool EmploymentCellRequired);

public sealed record EmploymentCell(DateOnly OpenedOn, EmploymentService EmploymentService, IReadOnlyList<string> Partners, string Spoc);

public sealed record CaseCounts(
    int WorksCouncilMeetings = 0,
    int QuestionsReceived = 0,
    int QuestionsAnswered = 0,
    int TwcMeetings = 0,
    int StakeholderConsultations = 0,
    int PreTrajectoryActivities = 0,
    int PreTrajectoryAttendees = 0,
    int Participants = 0,
    int GuidanceSessions = 0,
    decimal GuidanceHours = 0,
    int Reopenings = 0);

/// <summary>
/// The case as project managers and auditors read it: one document per case, updated with its events. <c>Process</c>: its
/// meetings, sessions and consultations with their dates, which the report counts as of its date (null in a document
/// written before it was kept, until the projection is rebuilt).
/// A cancelled case
/// (created by mistake) stays readable by id with <c>Cancelled</c>, and leaves the list of cases.
/// </summary>
public sealed record CaseDetails(
    Guid Id,
    long Version,
    DateTimeOffset PreparedAt,
    Employer Employer,
    EmploymentService CompetentService,
    int AverageHeadcount,
    int PlannedDismissals,
    IReadOnlyList<string> Reasons,
    string ProjectManager,
    CasePhase Phase,
    CaseFlags Flags,
    DateOnly? AnnouncedOn,
    InformedBody? InformedBody,
    DateOnly? LastWorksCouncilMeetingOn,
    DateOnly? ConsultationClosedOn,
    DateOnly? NotifiedOn,
    DateOnly? WaitingPeriodEndsOn,
    bool WaitingPeriodExtended,
    DateOnly? ObjectionDeadline,
    EmploymentCell? EmploymentCell,
    DateOnly? TwcAvailableUntil,
    DateOnly? ClosedOn,
    CaseCounts Counts,
    DateOnly? LastDismissalUnder45 = null,
    DateOnly? LastDismissalFrom45 = null,
    CaseProcess? Process = null,
    bool Cancelled = false)
{
    public CaseProcess ProcessOrNone() => Process ?? CaseProcess.None;
}

public sealed partial class CaseDetailsProjection : SingleStreamProjection<CaseDetails, Guid>
{
    /// <summary>
    /// <see cref="CaseDetails.Version"/> is the case's ETag, so it must follow every event of the stream. Marten sets it
    /// from the last event it hands this projection, and hands it only the event types it applies or includes: the other
    /// participant events, which change nothing here but the version, are included without an Apply.
    /// </summary>
    public CaseDetailsProjection() => IncludeType<IParticipantEvent>();

    public static CaseDetails Create(IEvent<DossierPrepared> e)
    {
        var d = e.Data;
        return new CaseDetails(d.CaseId, e.Version, AsStored(e.Timestamp), d.Employer, LegalRules.CompetentService(d.Employer.Region),
            d.AverageHeadcount, d.PlannedDismissals, d.Reasons, d.ProjectManager, CasePhase.DossierPrepared,
            new CaseFlags(
                LegalRules.IsCollectiveDismissal(d.AverageHeadcount, d.PlannedDismissals),
                LegalRules.IsEmployerInRestructuring(d.AverageHeadcount, d.PlannedDismissals),
                LegalRules.IsEmploymentCellRequired(d.AverageHeadcount, d.PlannedDismissals, d.Employer.JointCommittees)),
            null, null, null, null, null, null, false, null, null, null, null, new CaseCounts(), Process: CaseProcess.None);
    }

    public CaseDetails Apply(IntentionAnnounced e, CaseDetails c) =>
        Reached(c, CasePhase.IntentionAnnounced) with { AnnouncedOn = e.AnnouncedOn, InformedBody = e.InformedBody };

    public CaseDetails Apply(WorksCouncilConsulted e, CaseDetails c) => Reached(c, CasePhase.Consultation) with
    {
        LastWorksCouncilMeetingOn = LegalRules.Latest(c.LastWorksCouncilMeetingOn, e.HeldOn),
        Counts = c.Counts with
        {
            WorksCouncilMeetings = c.Counts.WorksCouncilMeetings + 1,
            QuestionsReceived = c.Counts.QuestionsReceived + e.QuestionsReceived,
            QuestionsAnswered = c.Counts.QuestionsAnswered + e.QuestionsAnswered
        },
        Process = c.ProcessOrNone().With(e)
    };

    public CaseDetails Apply(ConsultationClosed e, CaseDetails c) =>
        Reached(c, CasePhase.ConsultationClosed) with { ConsultationClosedOn = e.ClosedOn };

    public CaseDetails Apply(CollectiveDismissalNotified e, CaseDetails c) => Reached(c, CasePhase.DismissalNotified) with
    {
        NotifiedOn = e.NotifiedOn,
        WaitingPeriodEndsOn = WaitingPeriod.EndsOn(e),
        ObjectionDeadline = LegalRules.ObjectionDeadline(e.NotifiedOn)
    };

    public CaseDetails Apply(WaitingPeriodExtended e, CaseDetails c) =>
        c with { WaitingPeriodEndsOn = WaitingPeriod.EndsOn(e), WaitingPeriodExtended = true };

    public CaseDetails Apply(TwcOpened e, CaseDetails c) => Reached(c, CasePhase.EmploymentCellOpen) with
    {
        EmploymentCell = new EmploymentCell(e.OpenedOn, e.EmploymentService, e.Partners, e.Spoc)
    };

    public CaseDetails Apply(TwcMeetingHeld e, CaseDetails c) =>
        c with { Counts = c.Counts with { TwcMeetings = c.Counts.TwcMeetings + 1 }, Process = c.ProcessOrNone().With(e) };

    public CaseDetails Apply(StakeholderConsulted e, CaseDetails c) =>
        c with { Counts = c.Counts with { StakeholderConsultations = c.Counts.StakeholderConsultations + 1 }, Process = c.ProcessOrNone().With(e) };

    public CaseDetails Apply(InformationSessionHeld e, CaseDetails c) => c with
    {
        Counts = c.Counts with
        {
            PreTrajectoryActivities = c.Counts.PreTrajectoryActivities + 1,
            PreTrajectoryAttendees = c.Counts.PreTrajectoryAttendees + e.Attendees
        },
        Process = c.ProcessOrNone().With(e)
    };

    public CaseDetails Apply(ParticipantEnrolled e, CaseDetails c)
    {
        var last = new LastDismissals(c.LastDismissalUnder45, c.LastDismissalFrom45).With(e.AgeAtAnnouncement, e.DismissedOn);
        return c with
        {
            LastDismissalUnder45 = last.Under45,
            LastDismissalFrom45 = last.From45,
            TwcAvailableUntil = last.TwcAvailableUntil(),
            Counts = c.Counts with { Participants = c.Counts.Participants + 1 }
        };
    }

    public CaseDetails Apply(GuidanceSessionLogged e, CaseDetails c) => c with
    {
        Counts = c.Counts with { GuidanceSessions = c.Counts.GuidanceSessions + 1, GuidanceHours = c.Counts.GuidanceHours + e.Hours }
    };

    public CaseDetails Apply(GuidanceSessionVoided e, CaseDetails c) => c with
    {
        Counts = c.Counts with { GuidanceSessions = c.Counts.GuidanceSessions - 1, GuidanceHours = c.Counts.GuidanceHours - e.Hours }
    };

    /// <summary>A corrected dismissal date counts as the write model counts it (<see cref="DismissalCase.With(EnrolmentCorrected)"/>).</summary>
    public CaseDetails Apply(EnrolmentCorrected e, CaseDetails c)
    {
        if (e.DismissedOn is not { } dismissedOn) return c;
        var last = new LastDismissals(c.LastDismissalUnder45, c.LastDismissalFrom45).With(e.AgeAtAnnouncement, dismissedOn);
        return c with { LastDismissalUnder45 = last.Under45, LastDismissalFrom45 = last.From45, TwcAvailableUntil = last.TwcAvailableUntil() };
    }

    /// <summary>The flags of R1, R13 and R14 derived again from the corrected facts.</summary>
    public CaseDetails Apply(DossierCorrected e, CaseDetails c)
    {
        var employer = c.Employer with
        {
            Name = e.EmployerName ?? c.Employer.Name,
            EnterpriseNumber = e.EnterpriseNumber ?? c.Employer.EnterpriseNumber,
            JointCommittees = e.JointCommittees ?? c.Employer.JointCommittees
        };
        var (headcount, dismissals) = (e.AverageHeadcount ?? c.AverageHeadcount, e.PlannedDismissals ?? c.PlannedDismissals);
        return c with
        {
            Employer = employer,
            AverageHeadcount = headcount,
            PlannedDismissals = dismissals,
            Reasons = e.Reasons ?? c.Reasons,
            Flags = new CaseFlags(
                LegalRules.IsCollectiveDismissal(headcount, dismissals),
                LegalRules.IsEmployerInRestructuring(headcount, dismissals),
                LegalRules.IsEmploymentCellRequired(headcount, dismissals, employer.JointCommittees))
        };
    }

    public CaseDetails Apply(EmploymentCellCorrected e, CaseDetails c) => c.EmploymentCell is not { } cell ? c : c with
    {
        EmploymentCell = cell with
        {
            Partners = e.Partners ?? cell.Partners,
            Spoc = e.Spoc ?? cell.Spoc,
            EmploymentService = e.EmploymentService ?? cell.EmploymentService
        }
    };

    public CaseDetails Apply(CaseClosed e, CaseDetails c) => Reached(c, CasePhase.Closed) with { ClosedOn = e.ClosedOn };

    /// <summary>A case closes from an open employment cell (step 17), so reopening it goes back to that phase.</summary>
    public CaseDetails Apply(CaseReopened e, CaseDetails c) => c with
    {
        Phase = CasePhase.EmploymentCellOpen,
        ClosedOn = null,
        Counts = c.Counts with { Reopenings = c.Counts.Reopenings + 1 }
    };

    public CaseDetails Apply(CaseCancelled e, CaseDetails c) => c with { Cancelled = true };

    /// <summary>
    /// PostgreSQL keeps timestamps to the microsecond; an inline projection sees the clock's 100 ns ticks. Truncate, so
    /// the read model holds what the event store holds and a rebuild gives the same document.
    /// </summary>
    private static DateTimeOffset AsStored(DateTimeOffset timestamp) =>
        new(timestamp.Ticks - timestamp.Ticks % 10, timestamp.Offset);

    /// <summary>The phase is the furthest reached: opening the cell before the notification does not move it back.</summary>
    private static CaseDetails Reached(CaseDetails c, CasePhase phase) => phase > c.Phase ? c with { Phase = phase } : c;
}
