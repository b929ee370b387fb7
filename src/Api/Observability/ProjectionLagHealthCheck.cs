using JasperFx.Events.Projections;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CollectiveDismissal.Api.Observability;

/// <summary>
/// How many events each async projection (the deadline boards) is behind the event store's high-water mark, as the
/// async daemon has recorded its progress; Degraded once one is <c>Health:ProjectionLagDegradedAt</c> events behind.
/// A projection that never ran is measured from 0. Degraded, not Unhealthy: the commands and every other read still
/// work, only the boards are stale. Shortly after a burst of commands a small lag is normal.
/// A projection the daemon stopped on an event it cannot read or apply is told apart from a lagging one: Degraded too,
/// named under <c>stopped</c> with the failure's category and event, since its lag only grows until an operator acts.
/// </summary>
public sealed class ProjectionLagHealthCheck(IDocumentStore store, IConfiguration configuration) : IHealthCheck
{
    public const string DegradedAtKey = "Health:ProjectionLagDegradedAt";
    public const long DefaultDegradedAt = 1000;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var degradedAt = configuration.GetValue(DegradedAtKey, DefaultDegradedAt);
        try
        {
            var (lags, stopped) = await Progress(cancellationToken);
            var data = lags.ToDictionary(l => l.Key, l => (object)l.Value);
            var behind = lags.Where(l => l.Value >= degradedAt && !stopped.ContainsKey(l.Key)).Select(l => l.Key).ToList();
            var problems = new List<string>();
            if (stopped.Count > 0)
            {
                data["stopped"] = stopped;
                problems.Add($"{string.Join(", ", stopped.Keys)} stopped on an event it cannot process (see stopped)");
            }
            if (behind.Count > 0) problems.Add($"{string.Join(", ", behind)} at least {degradedAt} events behind");
            return problems.Count == 0
                ? HealthCheckResult.Healthy($"Every async projection is less than {degradedAt} events behind.", data)
                : HealthCheckResult.Degraded(string.Join("; ", problems) + ".", data: data);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The projections' progress cannot be read.");
        }
    }

    /// <summary>
    /// Each async projection's name and how many events it is behind; and those the daemon stopped, with why: the failure
    /// Marten records in <c>mt_event_progression</c> (extended progression tracking), or a shard left paused.
    /// </summary>
    private async Task<(Dictionary<string, long> Lags, Dictionary<string, string> Stopped)> Progress(CancellationToken cancellationToken)
    {
        var progress = await store.Advanced.AllProjectionProgress(token: cancellationToken);
        // The daemon's own row; before the daemon's first pass there is none, and the event sequence stands for it.
        var highWater = progress.FirstOrDefault(p => p.ShardName == ShardState.HighWaterMark)?.Sequence
                        ?? (await store.Advanced.FetchEventStoreStatistics(token: cancellationToken)).EventSequenceNumber;
        // The async shards registered in this build (the inline projections have none), at their current version.
        var shards = ((IEventStore)store).RegisteredShardNames()
            .Select(shard => (shard.Name, State: progress.FirstOrDefault(p => p.ShardName == shard.Identity)))
            .ToList();
        var lags = shards.ToDictionary(s => s.Name, s => Math.Max(0, highWater - (s.State?.Sequence ?? 0)));
        var stopped = shards.Where(s => s.State is { } state && IsStopped(state))
            .ToDictionary(s => s.Name, s => Why(s.State!));
        return (lags, stopped);
    }

    private static bool IsStopped(ShardState state) =>
        state.Failure is not null || state.AgentStatus == nameof(JasperFx.AgentStatus.Paused);

    /// <summary>The category and the event, never the message: an exception's text may quote the event's data.</summary>
    private static string Why(ShardState state) => state.Failure is { } failure
        ? $"{failure.Category} at event {failure.Event?.Sequence.ToString() ?? "?"} ({failure.Event?.EventTypeName ?? "unknown type"})"
        : $"paused after event {state.Sequence}";
}
