using JasperFx.Events.Projections;
using Marten;

namespace CollectiveDismissal.Projections.Deadlines;

public static class DeadlineBoard
{
    /// <summary>
    /// The board is a view across cases, so it is built by the async daemon (the house rule: inline where a client reads
    /// right after writing, async for cross-case views); no command waits for it. Its dates are columns with indexes.
    /// </summary>
    public static StoreOptions AddDeadlineBoard(this StoreOptions options)
    {
        // The daemon looks for new events every second while idle; a quarter of a second keeps the board within a second
        // of a command (tests/Benchmarks "board": max 1.0 s at 1 s, see README), for one cheap query four times a second.
        options.Projections.SlowPollingTime = TimeSpan.FromMilliseconds(250);
        options.Projections.Add<CaseDeadlinesProjection>(ProjectionLifecycle.Async, a => a.BatchSize = RebuildSettings.BatchSize);
        options.Projections.Add<ParticipantDeadlinesProjection>(ProjectionLifecycle.Async, a => a.BatchSize = RebuildSettings.BatchSize);
        options.Schema.For<CaseDeadlines>()
            .Duplicate(x => x.ProjectManager)
            .Duplicate(x => x.Closed)
            .Duplicate(x => x.WaitingPeriodEndsOn)
            .Duplicate(x => x.ObjectionDeadline)
            .Duplicate(x => x.TwcAvailableUntil);
        options.Schema.For<ParticipantDeadlines>()
            .Duplicate(x => x.CaseId)
            .Duplicate(x => x.TrajectoryEndDue)
            .Duplicate(x => x.FrontLoadingDue)
            .Duplicate(x => x.TwelveMonthLimitDue)
            .Duplicate(x => x.JobSeekerRegistrationCheckDue)
            .Duplicate(x => x.OfferDue)
            .Duplicate(x => x.FormalNoticeWindowEndDue)
            .Duplicate(x => x.OfferAfterFormalNoticeDue)
            .Duplicate(x => x.DecisionDue);
        return options;
    }
}
