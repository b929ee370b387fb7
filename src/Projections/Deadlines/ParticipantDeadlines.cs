using CollectiveDismissal.Domain.Deadlines;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;
using Marten.Events.Projections;

namespace CollectiveDismissal.Projections.Deadlines;

/// <summary>
/// The deadline board's row for one participant: the facts the report reads of it, which its deadlines depend on, and
/// the due dates as columns (null when not due) so the board selects rows by date in SQL. No personal data.
/// </summary>
public sealed record ParticipantDeadlines(Guid Id, Guid CaseId, ReportFacts Facts)
{
    public DateOnly? TrajectoryEndDue { get; init; }
    public DateOnly? FrontLoadingDue { get; init; }
    public decimal? FrontLoadingHoursMissing { get; init; }
    public DateOnly? TwelveMonthLimitDue { get; init; }

    public IReadOnlyList<DueDate> Due() => DeadlineRules.ForParticipant(Facts);

    public static ParticipantDeadlines Of(ReportFacts facts)
    {
        var due = DeadlineRules.ForParticipant(facts);
        var frontLoading = due.SingleOrDefault(d => d.Kind == DeadlineKind.FrontLoadingWindowEnd);
        return new ParticipantDeadlines(facts.Id, facts.CaseId, facts)
        {
            TrajectoryEndDue = due.SingleOrDefault(d => d.Kind == DeadlineKind.TrajectoryEnd)?.DueOn,
            FrontLoadingDue = frontLoading?.DueOn,
            FrontLoadingHoursMissing = frontLoading?.MissingHours,
            TwelveMonthLimitDue = due.SingleOrDefault(d => d.Kind == DeadlineKind.TwelveMonthLimit)?.DueOn
        };
    }
}

public sealed partial class ParticipantDeadlinesProjection : MultiStreamProjection<ParticipantDeadlines, Guid>
{
    public ParticipantDeadlinesProjection() => Identity<IParticipantEvent>(e => e.ParticipantId);

    public static ParticipantDeadlines Create(ParticipantEnrolled e) => ParticipantDeadlines.Of(ReportFacts.Of(e));
    public ParticipantDeadlines Apply(OutplacementAccepted e, ParticipantDeadlines d) => ParticipantDeadlines.Of(d.Facts.With(e));
    public ParticipantDeadlines Apply(OutplacementDeclined e, ParticipantDeadlines d) => ParticipantDeadlines.Of(d.Facts.With(e));
    public ParticipantDeadlines Apply(GuidanceSessionLogged e, ParticipantDeadlines d) => ParticipantDeadlines.Of(d.Facts.With(e));
    public ParticipantDeadlines Apply(TrajectoryExtended e, ParticipantDeadlines d) => ParticipantDeadlines.Of(d.Facts.With(e));
    public ParticipantDeadlines Apply(JobFound e, ParticipantDeadlines d) => ParticipantDeadlines.Of(d.Facts.With(e));
    public ParticipantDeadlines Apply(AftercareClosed e, ParticipantDeadlines d) => ParticipantDeadlines.Of(d.Facts.With(e));
    public ParticipantDeadlines Apply(ParticipantLeft e, ParticipantDeadlines d) => ParticipantDeadlines.Of(d.Facts.With(e));
}
