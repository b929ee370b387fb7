using JasperFx.Events.Projections;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CollectiveDismissal.Api.Observability;

/// <summary>
/// How many events each async projection (the deadline boards) is behind the event store's high-water mark, as the
/// async daemon has recorded its progress; Degraded once one is <c>Health:ProjectionLagDegradedAt</c> events behind.
/// A projection that never ran is measured from 0. Degraded, not Unhealthy: the commands and every other read still
/// work, only the boards are stale. Shortly after a burst of commands a small lag is normal.
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
            var lags = await Lags(cancellationToken);
            var data = lags.ToDictionary(l => l.Key, l => (object)l.Value);
            var behind = lags.Where(l => l.Value >= degradedAt).Select(l => l.Key).ToList();
            return behind.Count == 0
                ? HealthCheckResult.Healthy($"Every async projection is less than {degradedAt} events behind.", data)
                : HealthCheckResult.Degraded($"{string.Join(", ", behind)} at least {degradedAt} events behind.", data: data);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The projections' progress cannot be read.");
        }
    }

    /// <summary>Each async projection's name and how many events it is behind.</summary>
    private async Task<Dictionary<string, long>> Lags(CancellationToken cancellationToken)
    {
        var progress = await store.Advanced.AllProjectionProgress(token: cancellationToken);
        // The daemon's own row; before the daemon's first pass there is none, and the event sequence stands for it.
        var highWater = progress.FirstOrDefault(p => p.ShardName == ShardState.HighWaterMark)?.Sequence
                        ?? (await store.Advanced.FetchEventStoreStatistics(token: cancellationToken)).EventSequenceNumber;
        // The async shards registered in this build (the inline projections have none), at their current version.
        return ((IEventStore)store).RegisteredShardNames().ToDictionary(
            shard => shard.Name,
            shard => Math.Max(0, highWater - (progress.FirstOrDefault(p => p.ShardName == shard.Identity)?.Sequence ?? 0)));
    }
}
