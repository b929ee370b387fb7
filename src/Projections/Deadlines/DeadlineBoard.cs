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
        // An event a board cannot read or apply stops that board (Marten pauses its shard, and retries it now and then)
        // instead of being skipped: a skipped event would leave a wrong deadline on the board with nothing to show it.
        // The other board and the commands go on; /health/ready names the stopped board (docs/operations.md). Unknown
        // event types are still skipped (Marten's default): the boards ask only for the types they handle.
        options.Projections.Errors.SkipApplyErrors = false;
        options.Projections.Errors.SkipSerializationErrors = false;
        // Writes the shard's state and failure (category, event) into mt_event_progression, so any node's health check
        // sees a stopped board, not only the node running the daemon.
        options.Events.EnableExtendedProgressionTracking = true;
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
