using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Deadlines;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;
using Marten.Events.Aggregation;

namespace CollectiveDismissal.Projections.Deadlines;

/// <summary>
/// The deadline board's row for a case: who runs it and the case's own deadlines, as columns the board filters on.
/// <c>Closed</c> while the case is closed (it may be reopened), which takes the case and its participants off the board;
/// deleted when the case is cancelled.
/// </summary>
public sealed record CaseDeadlines(
    Guid Id,
    string EmployerName,
    string ProjectManager,
    DateOnly? WaitingPeriodEndsOn = null,
    DateOnly? ObjectionDeadline = null,
    DateOnly? TwcAvailableUntil = null,
    DateOnly? LastDismissalUnder45 = null,
    DateOnly? LastDismissalFrom45 = null,
    bool Closed = false)
{
    public IReadOnlyList<DueDate> Due() => DeadlineRules.ForCase(WaitingPeriodEndsOn, ObjectionDeadline, TwcAvailableUntil);
}

public sealed partial class CaseDeadlinesProjection : SingleStreamProjection<CaseDeadlines, Guid>
{
    public static CaseDeadlines Create(DossierPrepared e) => new(e.CaseId, e.Employer.Name, e.ProjectManager);

    public CaseDeadlines Apply(CollectiveDismissalNotified e, CaseDeadlines c) => c with
    {
        WaitingPeriodEndsOn = WaitingPeriod.EndsOn(e),
        ObjectionDeadline = LegalRules.ObjectionDeadline(e.NotifiedOn)
    };

    public CaseDeadlines Apply(WaitingPeriodExtended e, CaseDeadlines c) => c with { WaitingPeriodEndsOn = WaitingPeriod.EndsOn(e) };

    public CaseDeadlines Apply(ParticipantEnrolled e, CaseDeadlines c)
    {
        var last = new LastDismissals(c.LastDismissalUnder45, c.LastDismissalFrom45).With(e.AgeAtAnnouncement, e.DismissedOn);
        return c with { LastDismissalUnder45 = last.Under45, LastDismissalFrom45 = last.From45, TwcAvailableUntil = last.TwcAvailableUntil() };
    }

    public CaseDeadlines Apply(EnrolmentCorrected e, CaseDeadlines c)
    {
        if (e.DismissedOn is not { } dismissedOn) return c;
        var last = new LastDismissals(c.LastDismissalUnder45, c.LastDismissalFrom45).With(e.AgeAtAnnouncement, dismissedOn);
        return c with { LastDismissalUnder45 = last.Under45, LastDismissalFrom45 = last.From45, TwcAvailableUntil = last.TwcAvailableUntil() };
    }

    public CaseDeadlines Apply(DossierCorrected e, CaseDeadlines c) => c with { EmployerName = e.EmployerName ?? c.EmployerName };

    public CaseDeadlines Apply(CaseClosed e, CaseDeadlines c) => c with { Closed = true };

    public CaseDeadlines Apply(CaseReopened e, CaseDeadlines c) => c with { Closed = false };

    public bool ShouldDelete(CaseCancelled e) => true;
}
