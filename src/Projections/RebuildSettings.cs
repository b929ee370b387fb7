using Marten;

namespace CollectiveDismissal.Projections;

public static class RebuildSettings
{
    /// <summary>Events per page when the daemon catches up or rebuilds: 5,000 rather than Marten's 500.</summary>
    public const int BatchSize = 5_000;

    /// <summary>
    /// During a rebuild, keep up to this many aggregates in memory and write them when that many are dirty, instead of
    /// loading and writing every aggregate a page touches. A case's participants act in turn, so a page of 5,000 events
    /// touches about 5,000 participants: written per page, a rebuild upserts a participant once per event. 50,000
    /// participant documents are about 100 MB.
    /// </summary>
    public const int FlushThreshold = 50_000;

    /// <summary>Applies the paging and flushing above to every registered projection, inline ones included.</summary>
    public static StoreOptions RebuildInLargeBatches(this StoreOptions options)
    {
        foreach (var projection in options.Projections.All)
        {
            projection.Options.BatchSize = BatchSize;
            projection.Options.RebuildFlushThreshold = FlushThreshold;
        }
        return options;
    }
}
