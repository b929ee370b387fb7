using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CollectiveDismissal.Api.Persistence;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Tests;
using Marten;
using Npgsql;

namespace CollectiveDismissal.Benchmarks;

/// <summary>
/// Issue 14: two API processes on one database, Wolverine in Balanced mode; the node running the async projections (the
/// deadline boards) is killed (SIGKILL), a dossier is written through the survivor, and the time until both projections
/// have passed that event is measured, for each way of keeping a projection on one node: Marten's HotCold daemon and
/// Wolverine-managed distribution (<c>Nodes__Projections</c>). Baseline in the same run: the same command-to-projection
/// time with both nodes up. Each round starts on a database of its own.
/// </summary>
public static class FailoverBenchmark
{
    private static readonly string[] Shards = ["CaseDeadlines:All", "ParticipantDeadlines:All"];

    public static async Task Run(string connectionString, string apiDll, int rounds)
    {
        Console.WriteLine();
        Console.WriteLine("== Failover: kill -9 of the node running the async projections, two nodes on one database ==");
        var results = new Dictionary<string, List<(double Baseline, double Failover)>>();
        // Wolverine's defaults (a health check every 10 s, a node stale after 60 s), then shorter ones.
        var designs = new (string Label, Dictionary<string, string> Settings)[]
        {
            ("HotCold", new() { ["Nodes__Projections"] = "HotCold" }),
            ("Wolverine", new() { ["Nodes__Projections"] = "Wolverine" }),
            ("Wolverine 2s/10s", new() { ["Nodes__Projections"] = "Wolverine", ["Nodes__HealthCheck"] = "00:00:02", ["Nodes__StaleAfter"] = "00:00:10" })
        };
        foreach (var (label, settings) in designs)
        {
            results[label] = [];
            for (var round = 0; round < rounds; round++)
                results[label].Add(await Round(connectionString, apiDll, label, settings, round));
        }
        Console.WriteLine();
        foreach (var (design, list) in results)
        {
            var baseline = Median(list.Select(r => r.Baseline));
            var failover = Median(list.Select(r => r.Failover));
            Console.WriteLine($"{design,-16} median of {list.Count}: baseline {baseline,7:F0} ms, failover {failover,7:F0} ms " +
                              $"(max {list.Max(r => r.Failover):F0} ms), ratio {failover / baseline:F0}x; goal within 30 s: " +
                              (list.Max(r => r.Failover) <= 30_000 ? "met" : "MISSED"));
        }
    }

    /// <summary>
    /// One node restarted after a kill -9 with partner messages accepted but not applied (their case's row was held by
    /// another transaction): how soon it is ready, and how soon the messages the dead run left are applied, in Solo mode
    /// (what Development runs) and in Balanced mode. Milliseconds from the start of the new process.
    /// </summary>
    public static async Task Restart(string admin, string apiDll, int rounds)
    {
        Console.WriteLine();
        Console.WriteLine("== Restart of one node after kill -9, with 10 accepted partner messages left unapplied ==");
        foreach (var mode in new[] { "Solo", "Balanced" })
        {
            var ready = new List<double>();
            var applied = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var (r, a) = await RestartRound(admin, apiDll, mode, round);
                ready.Add(r);
                applied.Add(a);
                Console.WriteLine($"{mode,-9} round {round + 1}: ready {r:F0} ms, the dead run's messages applied {a:F0} ms after the start");
            }
            Console.WriteLine($"{mode,-9} median of {rounds}: ready {Median(ready):F0} ms, applied {Median(applied):F0} ms after the start; ratio applied / ready {Median(applied) / Median(ready):F1}");
        }
    }

    private static async Task<(double Ready, double Applied)> RestartRound(string admin, string apiDll, string mode, int round)
    {
        var database = await CreateDatabase(admin, $"cd_restart_{mode.ToLowerInvariant()}_{round}");
        var environment = new Dictionary<string, string> { ["Nodes__Durability"] = mode };
        var api = await ApiProcess.Start(apiDll, database, 15483, environment);
        Guid caseId;
        await using (var store = DocumentStore.For(options => CaseStore.Configure(options, database)))
        {
            caseId = await CaseSeeder.OpenCase(store);
            await using var session = store.LightweightSession();
            var participant = Guid.CreateVersion7();
            session.Events.Append(caseId,
                new ParticipantEnrolled(caseId, participant, "E-1", Gender.Female, ContractKind.Indefinite, WorkerCategory.BlueCollar,
                    TerminationMode.Indemnity, CaseSeeder.DismissedOn, CaseSeeder.DismissedOn, CaseSeeder.EnrolledOn, 40),
                new OutplacementAccepted(caseId, participant, CaseSeeder.EnrolledOn));
            await session.SaveChangesAsync();
        }
        await using var hold = await CaseRowHold.Take(database, caseId);
        var messages = Enumerable.Range(0, 10).Select(k =>
        {
            var on = CaseSeeder.EnrolledOn.AddDays(10 + 15 * k);
            return k % 2 == 0
                ? (object)new { messageId = $"restart-{k}", caseId, personnelReference = "E-1", kind = "JobFound", occurredOn = on,
                    job = new { employerName = "Limburg Metaal BV", contractType = "Indefinite" } }
                : new { messageId = $"restart-{k}", caseId, personnelReference = "E-1", kind = "JobEnded", occurredOn = on };
        }).ToArray();
        using (var partner = api.Client("Integration", "vdab"))
        using (var response = await partner.PostAsJsonAsync("/api/integrations/vdab/messages", new { messages }))
            if (response.StatusCode != HttpStatusCode.Accepted)
                throw new InvalidOperationException($"Batch: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        await api.DisposeAsync(); // SIGKILL
        await hold.Release();

        var clock = Stopwatch.StartNew();
        await using var again = await ApiProcess.Start(apiDll, database, 15483, environment);
        var ready = clock.Elapsed.TotalMilliseconds;
        await Until(async () => await Scalar<long>(database,
                "select count(*) from cd.mt_doc_partnermessageoutcome where data->>'state' = 'Applied'") == messages.Length,
            "the dead run's messages to be applied", TimeSpan.FromSeconds(180), TimeSpan.FromMilliseconds(50));
        return (ready, clock.Elapsed.TotalMilliseconds);
    }

    private static async Task<(double, double)> Round(string admin, string apiDll, string label, Dictionary<string, string> environment, int round)
    {
        var design = environment["Nodes__Projections"];
        var database = await CreateDatabase(admin, $"cd_failover_{new string(label.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant()}_{round}");
        string Named(string node) => new NpgsqlConnectionStringBuilder(database) { ApplicationName = node }.ConnectionString;

        var clock = Stopwatch.StartNew();
        var a = await ApiProcess.Start(apiDll, Named("node-a"), 15483, environment);
        var readyA = clock.Elapsed.TotalSeconds;
        // One at a time, so Wolverine's node numbers tell the processes apart: node-a registers first.
        await Until(async () => await Scalar<long>(database, "select count(*) from cd.wolverine_nodes") == 1, "node-a's row");
        clock.Restart();
        var b = await ApiProcess.Start(apiDll, Named("node-b"), 15484, environment);
        var readyB = clock.Elapsed.TotalSeconds;
        var nodes = new Dictionary<string, ApiProcess> { ["node-a"] = a, ["node-b"] = b };
        try
        {
            using var http = a.Client();
            // Warm both nodes and let the projections start somewhere: the baseline is the steady two-node lag.
            await Dossier(b.Client());
            var owners = await Until(() => Owners(database, design), "a node running the projections", TimeSpan.FromSeconds(120));
            var baseline = new List<double>();
            for (var i = 0; i < 5; i++) baseline.Add(await Projected(database, http, TimeSpan.FromSeconds(120)));

            owners = await Owners(database, design);
            var victim = owners!.OrderBy(o => o).First();
            var survivor = victim == "node-a" ? "node-b" : "node-a";
            var connections = await Connections(database);
            await nodes[victim].DisposeAsync(); // SIGKILL: no graceful release of locks, rows or envelopes
            nodes.Remove(victim);
            var killed = Stopwatch.StartNew();
            var failover = await Projected(database, nodes[survivor].Client(), TimeSpan.FromSeconds(180));
            var after = await Owners(database, design);
            Console.WriteLine($"{label,-16} round {round + 1}: ready {readyA:F1} s / {readyB:F1} s; connections {connections}; " +
                              $"projections on {string.Join("+", owners!)}, killed {victim}; baseline median {Median(baseline):F0} ms; " +
                              $"advanced on {string.Join("+", after ?? [])} {failover:F0} ms after the kill");
            return (Median(baseline), failover);
        }
        finally
        {
            foreach (var node in nodes.Values) await node.DisposeAsync();
        }
    }

    /// <summary>Writes a dossier, then waits until both projections have passed its event; milliseconds from the write.</summary>
    private static async Task<double> Projected(string database, HttpClient http, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        await Dossier(http);
        var sequence = await Scalar<long>(database, "select max(seq_id) from cd.mt_events");
        await Until(async () =>
        {
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("select count(*) from cd.mt_event_progression where name = any(@names) and last_seq_id >= @seq", connection);
            command.Parameters.AddWithValue("names", Shards);
            command.Parameters.AddWithValue("seq", sequence);
            return (long)(await command.ExecuteScalarAsync())! == Shards.Length;
        }, "the projections to pass the new event", limit, TimeSpan.FromMilliseconds(20));
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// The application names of the nodes running the async projections: for HotCold, the node whose own connections hold
    /// a session advisory lock while idle (Wolverine's leader lock uses connections of its own, named <c>wolverine-advisory-lock:…</c>); for
    /// Wolverine, the nodes assigned an <c>event-subscriptions://</c> agent, node number 1 being node-a.
    /// </summary>
    private static async Task<List<string>?> Owners(string database, string design)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var sql = design == "HotCold"
            ? "select distinct a.application_name from pg_locks l join pg_stat_activity a using (pid) where l.locktype = 'advisory' and l.granted and a.state = 'idle' and a.application_name like 'node-%'"
            : "select distinct case n.node_number when 1 then 'node-a' when 2 then 'node-b' else 'node-' || n.node_number end " +
              "from cd.wolverine_node_assignments s join cd.wolverine_nodes n on n.id = s.node_id where s.id like 'event-subscriptions://%'";
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var owners = new List<string>();
        while (await reader.ReadAsync()) owners.Add(reader.GetString(0));
        return owners.Count == 0 ? null : owners;
    }

    private static async Task<string> Connections(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select application_name, count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() group by 1 order by 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var parts = new List<string>();
        while (await reader.ReadAsync()) parts.Add($"{reader.GetString(0)} {reader.GetInt64(1)}");
        return string.Join(", ", parts);
    }

    private static async Task Dossier(HttpClient http)
    {
        using var created = await http.PostAsJsonAsync("/api/cases", new
        {
            employer = new { name = "Failover NV", enterpriseNumber = CaseSeeder.NextEnterpriseNumber(), jointCommittees = new[] { "111.01" }, region = "Flanders" },
            averageHeadcount = 250, plannedDismissals = 40, reasons = new[] { "Closure" }, projectManager = "pm.failover"
        });
        if (created.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"Dossier refused: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
    }

    private static async Task<string> CreateDatabase(string admin, string name)
    {
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static async Task<T> Scalar<T>(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task Until(Func<Task<bool>> condition, string what, TimeSpan? limit = null, TimeSpan? every = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > (limit ?? TimeSpan.FromSeconds(60))) throw new TimeoutException($"Waited {clock.Elapsed.TotalSeconds:F0} s for {what}.");
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(200));
        }
    }

    private static async Task<T> Until<T>(Func<Task<T?>> value, string what, TimeSpan limit) where T : class
    {
        T? found = null;
        await Until(async () => (found = await value()) is not null, what, limit);
        return found!;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
