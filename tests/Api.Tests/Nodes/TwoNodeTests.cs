using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Alba;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Api.Tests.Integrations.Outbound;
using CollectiveDismissal.Tests;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Nodes;

/// <summary>
/// Two API hosts in Wolverine's Balanced mode on one database of their own, as two production nodes
/// (docs/architecture.md, decision 18). Each host's connections carry its name as PostgreSQL's application name, so the
/// database tells which node holds what. Every wait has a deadline.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TwoNodeTests(AppFixture app, ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly string[] BoardShards = ["CaseDeadlines:All", "ParticipantDeadlines:All"];
    private static readonly string Vdab = PartnerScenarios.Token("vdab");

    [Fact]
    public async Task The_projections_resume_on_the_survivor_within_30_s_and_no_event_is_applied_twice()
    {
        var database = await IsolatedApp.CreateDatabase(app, "two_nodes");
        var nodes = new Dictionary<string, IAlbaHost>
        {
            ["node-a"] = await Node(database, "node-a"),
            ["node-b"] = await Node(database, "node-b")
        };
        try
        {
            var a = nodes["node-a"].Client();
            var caseId = await a.OpenCase();
            for (var i = 0; i < 5; i++) await a.Enrol(caseId, Enrolment($"E-{i + 1}", sequence: i + 1));
            // A write through one node is read through the other.
            var read = await nodes["node-b"].Client().GetAsync($"/api/cases/{caseId}/participants");
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Contains("E-5", await read.Content.ReadAsStringAsync());

            await AllProjected(database, Deadline);
            var runner = Assert.Single(await ProjectionNodes(database));
            var survivor = runner == "node-a" ? "node-b" : "node-a";

            var clock = Stopwatch.StartNew();
            await nodes[runner].DisposeAsync();
            nodes.Remove(runner);
            output.WriteLine($"{runner} ran the projections and stopped in {clock.Elapsed.TotalSeconds:F1} s");

            clock.Restart();
            var b = nodes[survivor].Client();
            for (var i = 5; i < 10; i++) await b.Enrol(caseId, Enrolment($"E-{i + 1}", sequence: i + 1));
            await AllProjected(database, Deadline);
            output.WriteLine($"projections caught up on {survivor} {clock.Elapsed.TotalSeconds:F1} s after the stop");
            Assert.Equal([survivor], await ProjectionNodes(database));

            // The tally adds one per event it is given: an event applied on both nodes, or twice on one, shows as a surplus.
            Assert.Equal(await Scalar<long>(database, "select count(*) from cd.mt_events where type <> 'tombstone'"),
                await Scalar<long>(database, "select (data->>'count')::bigint from cd.mt_doc_eventtally where id = 'all'"));
            var board = await b.GetAsync($"/api/deadlines?asOf={EnrolledOn:yyyy-MM-dd}&within=366&pageSize=200");
            Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        }
        finally
        {
            foreach (var node in nodes.Values) await node.DisposeAsync();
        }
    }

    [Fact]
    public async Task Partner_messages_accepted_by_a_node_that_stops_are_applied_once_by_the_other()
    {
        var database = await IsolatedApp.CreateDatabase(app, "two_nodes_inbox");
        // A's lock_timeout of 1 s lets it stop promptly while the case's row is held: each attempt fails and is retried.
        var a = await Node(new NpgsqlConnectionStringBuilder(database) { Options = "-c lock_timeout=1000" }.ConnectionString, "node-a");
        await using var b = await Node(database, "node-b");
        var caseId = await PartnerLoad.FlemishCase(a.Client(), 4);
        var load = new PartnerLoad(caseId, participants: 4, perParticipant: 8, clients: 2, batchSize: 8);

        // Another transaction holds the case's stream row, so node A accepts (202) but cannot apply before it stops.
        await using var hold = await CaseRowHold.Take(database, caseId);
        await PartnerLoad.Send(() => a.Client(Vdab), "vdab", load.Batches(), TimeSpan.FromSeconds(30));
        Assert.Equal(0, await Settled(database));
        var clock = Stopwatch.StartNew();
        await a.DisposeAsync();
        await hold.Release();
        output.WriteLine($"node-a stopped in {clock.Elapsed.TotalSeconds:F1} s with {await Scalar<long>(database, "select count(*) from cd.wolverine_incoming_envelopes")} envelopes stored");

        clock.Restart();
        await PartnerScenarios.Outcomes(b.Services.GetRequiredService<IDocumentStore>(), "vdab", load.Ids, Deadline);
        output.WriteLine($"node-b applied them all {clock.Elapsed.TotalSeconds:F1} s after node-a stopped");
        await load.AssertAppliedExactlyOnce(b.Services.GetRequiredService<IDocumentStore>(), database);
    }

    [Fact]
    public async Task A_report_delivery_pending_on_a_node_that_stops_is_delivered_once_by_the_other()
    {
        await using var receiver = await ReportReceiver.Start();
        receiver.RefuseFirst = int.MaxValue;
        var database = await IsolatedApp.CreateDatabase(app, "two_nodes_outbox");
        var settings = Outbound.Settings(receiver);
        var a = await Node(database, "node-a", settings);
        await using var b = await Node(database, "node-b", settings);
        var pm = a.Client();
        var caseId = await pm.OpenCase();
        await pm.Enrol(caseId, Enrolment("E-1"));
        await pm.RecordMeeting(caseId, EnrolledOn.AddDays(10));
        await pm.RecordMeeting(caseId, EnrolledOn.AddDays(24));
        await Outbound.Until(() => pm.Deliveries(caseId), d => d.Length == 2 && d.All(x => x.State() == "Failing"), Deadline, "failing");
        await a.DisposeAsync();

        receiver.RefuseFirst = 0;
        var client = b.Client();
        var delivered = await Outbound.Until(() => client.Deliveries(caseId), d => d.All(x => x.State() == "Delivered"), Deadline, "delivered");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(delivered.Select(d => d.GetProperty("messageId").GetGuid()).Order(), receiver.Accepted.Select(r => r.MessageId).Order());
    }

    /// <summary>A node named <paramref name="name"/> (its connections' application name), with the test's tally projection.</summary>
    private static Task<IAlbaHost> Node(string database, string name, IDictionary<string, string?>? settings = null) =>
        IsolatedApp.StartNode(new NpgsqlConnectionStringBuilder(database) { ApplicationName = name }.ConnectionString,
            new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Nodes:HealthCheck"] = "00:00:01" },
            services => services.ConfigureMarten(o => o.Projections.Add<EventTallyProjection>(ProjectionLifecycle.Async)));

    /// <summary>Waits until every async projection has passed the last event.</summary>
    private static async Task AllProjected(string database, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var shards = BoardShards.Append("EventTally:All").ToArray();
        while (true)
        {
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "select count(*) from cd.mt_event_progression where name = any(@names) and last_seq_id >= (select max(seq_id) from cd.mt_events)", connection);
            command.Parameters.AddWithValue("names", shards);
            if ((long)(await command.ExecuteScalarAsync())! == shards.Length) return;
            Assert.True(clock.Elapsed < within, $"The async projections did not catch up within {within.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// The nodes running the async projections: under Marten's HotCold daemon, those whose own connections hold a session
    /// advisory lock while idle (a transaction's advisory lock, as Wolverine's agents take, ends with it; Wolverine's
    /// leader lock is on connections named <c>wolverine-advisory-lock:…</c>).
    /// </summary>
    private static async Task<List<string>> ProjectionNodes(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select distinct a.application_name from pg_locks l join pg_stat_activity a using (pid) " +
            "where l.locktype = 'advisory' and l.granted and a.state = 'idle' and a.datname = current_database() and a.application_name like 'node-%'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }

    private static Task<long> Settled(string database) =>
        Scalar<long>(database, "select count(*) from cd.mt_doc_partnermessageoutcome where data->>'state' <> 'Pending'");

    private static async Task<T> Scalar<T>(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>How many events the tally projection was given: one per event, whichever node gave it.</summary>
public sealed class EventTally
{
    public string Id { get; set; } = "all";
    public long Count { get; set; }
}

/// <summary>Every event goes to the one tally, which adds one per event: applying an event twice shows as a surplus.</summary>
public sealed class EventTallyProjection : MultiStreamProjection<EventTally, string>
{
    public EventTallyProjection() => Identity<object>(_ => "all");

    public override EventTally? Evolve(EventTally? snapshot, string id, IEvent e) =>
        new() { Id = id, Count = (snapshot?.Count ?? 0) + 1 };
}
