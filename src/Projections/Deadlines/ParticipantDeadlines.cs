using CollectiveDismissal.Domain.Deadlines;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;
using JasperFx.Events;
using Marten.Events.Projections;

namespace CollectiveDismissal.Projections.Deadlines;

/// <summary>
/// The deadline board's row for one participant: the few facts its deadlines depend on, and the due dates as columns
/// (null when not due) so the board selects rows by date in SQL. No personal data: ids and dates only.
/// </summary>
public sealed record ParticipantDeadlines(
    Guid Id,
    Guid CaseId,
    DateOnly EnrolledOn,
    DateOnly TrajectoryEndsOn,
    decimal FrontLoadingHours = 0,
    DateOnly? LeftOn = null,
    DateOnly? DeclinedOn = null,
    DateOnly? EmployedFrom = null)
{
    public DateOnly? TrajectoryEndDue { get; init; }
    public DateOnly? FrontLoadingDue { get; init; }
    public decimal? FrontLoadingHoursMissing { get; init; }
    public DateOnly? TwelveMonthLimitDue { get; init; }

    public IReadOnlyList<DueDate> Due() =>
        DeadlineRules.ForParticipant(EnrolledOn, TrajectoryEndsOn, FrontLoadingHours,
            DeadlineRules.OutOfTrajectoryFrom(LeftOn, DeclinedOn, EmployedFrom));

    /// <summary>Recomputes the due-date columns from the facts, with the domain's rules.</summary>
    public ParticipantDeadlines WithDueDates()
    {
        var due = Due();
        var frontLoading = due.SingleOrDefault(d => d.Kind == DeadlineKind.FrontLoadingWindowEnd);
        return this with
        {
            TrajectoryEndDue = due.SingleOrDefault(d => d.Kind == DeadlineKind.TrajectoryEnd)?.DueOn,
            FrontLoadingDue = frontLoading?.DueOn,
            FrontLoadingHoursMissing = frontLoading?.MissingHours,
            TwelveMonthLimitDue = due.SingleOrDefault(d => d.Kind == DeadlineKind.TwelveMonthLimit)?.DueOn
        };
    }
}

/// <summary>
/// One row per participant, keyed by the participant id every participant event carries. A departure, a declined offer
/// or a job keeps only the due dates before its own date; losing the job puts the participant back in the trajectory.
/// </summary>
public sealed partial class ParticipantDeadlinesProjection : MultiStreamProjection<ParticipantDeadlines, Guid>
{
    public ParticipantDeadlinesProjection() => Identity<IParticipantEvent>(e => e.ParticipantId);

    public override ParticipantDeadlines? Evolve(ParticipantDeadlines? snapshot, Guid id, IEvent e)
    {
        var next = (snapshot, e.Data) switch
        {
            (_, ParticipantEnrolled x) => new ParticipantDeadlines(x.ParticipantId, x.CaseId, x.EnrolledOn,
                TrajectoryRules.TrajectoryEnd(x.EnrolledOn, x.AgeAtAnnouncement)),
            (null, _) => null,
            ({ } p, GuidanceSessionLogged x) when DeadlineRules.CountsForFrontLoading(p.EnrolledOn, x.HeldOn) =>
                p with { FrontLoadingHours = p.FrontLoadingHours + x.Hours },
            ({ } p, TrajectoryExtended x) => p with { TrajectoryEndsOn = x.EndsOn },
            ({ } p, JobFound x) => p with { EmployedFrom = x.StartsOn },
            ({ } p, AftercareClosed x) => p with { EmployedFrom = DeadlineRules.EmployedAfterAftercare(x.StillEmployed) ? p.EmployedFrom : null },
            ({ } p, ParticipantLeft x) => p with { LeftOn = x.LeftOn },
            ({ } p, OutplacementDeclined x) => p with { DeclinedOn = x.DecidedOn },
            ({ } p, _) => p
        };
        return next?.WithDueDates();
    }
}
