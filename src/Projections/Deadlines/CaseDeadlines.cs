using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Deadlines;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;
using Marten.Events.Aggregation;

namespace CollectiveDismissal.Projections.Deadlines;

/// <summary>
/// The deadline board's row for an open case: who runs it and the case's own deadlines, as columns the board filters
/// on. Deleted when the case closes, which takes the case and its participants off the board.
/// </summary>
public sealed record CaseDeadlines(
    Guid Id,
    string EmployerName,
    string ProjectManager,
    DateOnly? WaitingPeriodEndsOn = null,
    DateOnly? ObjectionDeadline = null,
    DateOnly? TwcAvailableUntil = null,
    DateOnly? LastDismissalUnder45 = null,
    DateOnly? LastDismissalFrom45 = null)
{
    public IReadOnlyList<DueDate> Due() => DeadlineRules.ForCase(WaitingPeriodEndsOn, ObjectionDeadline, TwcAvailableUntil);
}

public sealed partial class CaseDeadlinesProjection : SingleStreamProjection<CaseDeadlines, Guid>
{
    public static CaseDeadlines Create(DossierPrepared e) => new(e.CaseId, e.Employer.Name, e.ProjectManager);

    public CaseDeadlines Apply(CollectiveDismissalNotified e, CaseDeadlines c) => c with
    {
        WaitingPeriodEndsOn = LegalRules.WaitingPeriodEnd(e.NotifiedOn),
        ObjectionDeadline = LegalRules.ObjectionDeadline(e.NotifiedOn)
    };

    public CaseDeadlines Apply(WaitingPeriodExtended e, CaseDeadlines c) => c with { WaitingPeriodEndsOn = e.EndsOn };

    public CaseDeadlines Apply(ParticipantEnrolled e, CaseDeadlines c)
    {
        var next = TrajectoryRules.IsOlderWorker(e.AgeAtAnnouncement)
            ? c with { LastDismissalFrom45 = LegalRules.Latest(c.LastDismissalFrom45, e.DismissedOn) }
            : c with { LastDismissalUnder45 = LegalRules.Latest(c.LastDismissalUnder45, e.DismissedOn) };
        return next with { TwcAvailableUntil = TrajectoryRules.TwcAvailableUntil(next.LastDismissalUnder45, next.LastDismissalFrom45) };
    }

    public bool ShouldDelete(CaseClosed e) => true;
}
