using System.Collections.Concurrent;
using System.Diagnostics;
using CollectiveDismissal.Api.Persistence;
using CollectiveDismissal.Domain.Participants;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events;
using Npgsql;

namespace CollectiveDismissal.Benchmarks;

/// <summary>
/// Issue 8, second half: about 1,000,000 events seeded (cases with participants and their histories), then every
/// registered projection rebuilt by the daemon from those events, one after the other. Baseline: the seeding rate of
/// the same run. Goal: the rebuild rate at least a quarter of the seeding rate.
/// </summary>
public static class RebuildBenchmark
{
    private const int Cases = 200;
    private const int ParticipantsPerCase = 200;

    public static async Task Run(string connectionString)
    {
        await using var store = DocumentStore.For(options =>
        {
            CaseStore.Configure(options, connectionString);
            // A schema of its own, so the rebuild reads exactly the seeded events whatever other suites wrote.
            options.DatabaseSchemaName = "cd_rebuild";
        });
        await store.Advanced.Clean.CompletelyRemoveAllAsync();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var plan = Plan();
        var total = plan.Streams.Sum(s => s.Events.Count);
        var clock = Stopwatch.StartNew();
        await store.BulkInsertEventStreamAsync(StorageConstants.DefaultTenantId,
            [.. plan.Streams.Select(s => new BulkEventStreamHeader { Id = s.Id, Version = s.Events.Count, AggregateType = typeof(Domain.Cases.DismissalCase) })],
            Interleaved(plan.Streams), batchSize: 10_000);
        var seeding = clock.Elapsed;
        var seedRate = total / seeding.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine($"== Rebuilding every read model from {total:N0} events ==");
        Console.WriteLine($"seeded {Cases} cases, {Cases * ParticipantsPerCase:N0} participants, {total:N0} events in {seeding.TotalSeconds:F1} s " +
                          $"(BulkInsertEventStreamAsync, binary COPY): {seedRate:N0} events/s");
        await Settle(connectionString);

        using var daemon = await store.BuildProjectionDaemonAsync();
        var overall = TimeSpan.Zero;
        foreach (var projection in store.Options.Projections.All)
        {
            clock.Restart();
            await daemon.RebuildProjectionAsync(projection.Name, TimeSpan.FromMinutes(20), CancellationToken.None);
            var elapsed = clock.Elapsed;
            overall += elapsed;
            Console.WriteLine($"{projection.Name,-22} {projection.Lifecycle,-7} batch {projection.Options.BatchSize,5}, flush {projection.Options.RebuildFlushThreshold}: {elapsed.TotalSeconds,6:F1} s, " +
                              $"{total / elapsed.TotalSeconds,9:N0} events/s, {await Count(connectionString, projection.Name):N0} documents");
        }
        var oneByOne = total / overall.TotalSeconds;
        Console.WriteLine($"every projection, one after the other: {overall.TotalSeconds:F1} s, {oneByOne:N0} events/s; " +
                          $"ratio to the seeding rate {oneByOne / seedRate:F2}");

        // How an operator rebuilds everything: every projection at once, so the two cores and PostgreSQL overlap.
        clock.Restart();
        await Task.WhenAll(store.Options.Projections.All.Select(p =>
            daemon.RebuildProjectionAsync(p.Name, TimeSpan.FromMinutes(20), CancellationToken.None)));
        var together = clock.Elapsed;
        var rebuildRate = total / together.TotalSeconds;
        Console.WriteLine($"every projection at once: {together.TotalSeconds:F1} s, {rebuildRate:N0} events/s");
        Console.WriteLine($"ratio rebuild (every projection at once) / seeding rate: {rebuildRate / seedRate:F2}  " +
                          $"(goal >= 0.25: {(rebuildRate / seedRate >= 0.25 ? "met" : "MISSED")})");
    }

    private sealed record SeedStream(Guid Id, List<object> Events);

    private sealed record SeedPlan(List<SeedStream> Streams);

    /// <summary>
    /// Cases as they run: the procedure, then the participants' histories interleaved inside the case (every
    /// enrolment, then every acceptance, and so on), TWC meetings, and a closure for one case in four.
    /// </summary>
    private static SeedPlan Plan()
    {
        var streams = new List<SeedStream>();
        for (var c = 0; c < Cases; c++)
        {
            var caseId = Guid.CreateVersion7();
            var events = new List<object>(CaseSeeder.Procedure(caseId));
            var histories = Enumerable.Range(0, ParticipantsPerCase)
                .Select(p => CaseSeeder.VariedHistory(caseId, Guid.CreateVersion7(), c * ParticipantsPerCase + p).ToList()).ToList();
            for (var step = 0; histories.Any(h => step < h.Count); step++)
            {
                foreach (var h in histories.Where(h => step < h.Count)) events.Add(h[step]);
                if (step % 10 == 9) events.Add(new Domain.Cases.TwcMeetingHeld(caseId, CaseSeeder.EnrolledOn.AddDays(step * 3), "progress"));
            }
            if (c % 4 == 0) events.Add(new Domain.Cases.CaseClosed(caseId, new DateOnly(2026, 4, 30)));
            streams.Add(new SeedStream(caseId, events));
        }
        return new SeedPlan(streams);
    }

    private static readonly ConcurrentDictionary<Type, Func<object, IEvent>> Wrappers = new();

    private static IEvent Wrap(object data) => Wrappers.GetOrAdd(data.GetType(), type =>
    {
        var constructor = typeof(Event<>).MakeGenericType(type).GetConstructor([type])!;
        return d => (IEvent)constructor.Invoke([d]);
    })(data);

    /// <summary>Ten events of a case at a time, round robin over the cases, as cases progress side by side.</summary>
    private static async IAsyncEnumerable<IEvent> Interleaved(List<SeedStream> streams)
    {
        var positions = new int[streams.Count];
        var remaining = true;
        while (remaining)
        {
            remaining = false;
            for (var s = 0; s < streams.Count; s++)
            {
                var events = streams[s].Events;
                for (var n = 0; n < 10 && positions[s] < events.Count; n++)
                {
                    var e = Wrap(events[positions[s]]);
                    e.Id = Guid.CreateVersion7();
                    e.StreamId = streams[s].Id;
                    e.Version = ++positions[s];
                    e.Timestamp = DateTimeOffset.UtcNow;
                    yield return e;
                }
                remaining |= positions[s] < events.Count;
            }
        }
        await Task.CompletedTask;
    }

    /// <summary>After the bulk load, let PostgreSQL analyze and checkpoint once so that does not land in a rebuild.</summary>
    private static async Task Settle(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var settle = new NpgsqlCommand("vacuum analyze; checkpoint;", connection) { CommandTimeout = 600 };
        await settle.ExecuteNonQueryAsync();
    }

    private static async Task<long> Count(string connectionString, string projectionName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select count(*) from cd_rebuild.mt_doc_{projectionName.ToLowerInvariant()}", connection);
        try { return Convert.ToInt64(await command.ExecuteScalarAsync()); }
        catch (PostgresException) { return -1; }
    }
}
