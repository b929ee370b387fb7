using System.Diagnostics;
using Alba;
using CollectiveDismissal.Api.Integrations.Inbound;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Tests;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace CollectiveDismissal.Api.Tests.Integrations.Inbound;

/// <summary>
/// Partner messages under load and faults, each test on a database and hosts of its own, over loopback only. Each stops by
/// itself: every wait has a deadline.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PartnerMessageFaultTests(AppFixture app, ITestOutputHelper output)
{
    private static readonly string Vdab = PartnerScenarios.Token("vdab");
    private static readonly string ProjectManager = AppFixture.Token("ProjectManager", "pm.faults");

    private static Func<HttpClient> Clients(IAlbaHost host, string token) => () => IsolatedApp.Client(host, token);

    private static IDocumentStore Store(IAlbaHost host) => host.Services.GetRequiredService<IDocumentStore>();

    [Fact]
    public async Task A_thousand_messages_a_fifth_of_them_repeated_from_eight_clients_are_each_applied_exactly_once()
    {
        var database = await IsolatedApp.CreateDatabase(app, "inbound_load");
        await using var host = await IsolatedApp.Start(database);
        var caseId = await PartnerLoad.FlemishCase(Clients(host, ProjectManager)(), 50);
        var load = new PartnerLoad(caseId, participants: 50);
        var batches = load.Batches();
        Assert.Equal(1000, batches.Sum(c => c.Sum(b => b.Length)));
        Assert.Equal(800, load.Distinct);

        var clock = Stopwatch.StartNew();
        await PartnerLoad.Send(Clients(host, Vdab), "vdab", batches, TimeSpan.FromSeconds(60));
        await PartnerScenarios.Outcomes(Store(host), "vdab", load.Ids, TimeSpan.FromSeconds(60));
        output.WriteLine($"1,000 messages (800 distinct) accepted and applied in {clock.Elapsed.TotalSeconds:F1} s");

        await load.AssertAppliedExactlyOnce(Store(host), database);
    }

    [Fact]
    public async Task With_the_database_away_for_seconds_while_messages_arrive_none_is_lost_doubled_or_rejected()
    {
        var database = await IsolatedApp.CreateDatabase(app, "inbound_dbdown");
        await using var proxy = TcpProxy.To(database);
        await using var host = await IsolatedApp.Start(proxy.Through(database));
        var caseId = await PartnerLoad.FlemishCase(Clients(host, ProjectManager)(), 16);
        var load = new PartnerLoad(caseId, participants: 16);

        var sending = PartnerLoad.Send(Clients(host, Vdab), "vdab", load.Batches(), TimeSpan.FromSeconds(90));
        await Task.Delay(150);
        proxy.Cut();
        await Task.Delay(TimeSpan.FromSeconds(4));
        proxy.Restore();
        await sending;
        await PartnerScenarios.Outcomes(Store(host), "vdab", load.Ids, TimeSpan.FromSeconds(90));

        await load.AssertAppliedExactlyOnce(Store(host), database);
    }

    [Fact]
    public async Task Messages_accepted_before_the_service_stopped_are_applied_once_after_it_starts_again()
    {
        var database = await IsolatedApp.CreateDatabase(app, "inbound_restart");
        var first = await IsolatedApp.Start(new NpgsqlConnectionStringBuilder(database) { Options = "-c lock_timeout=1000" }.ConnectionString);
        var caseId = await PartnerLoad.FlemishCase(Clients(first, ProjectManager)(), 16);
        var load = new PartnerLoad(caseId, participants: 16);

        // Another transaction holds the case's stream row, so the service accepts (202) but cannot apply before it
        // stops. Its lock_timeout of 1 s lets it stop promptly: each attempt fails, as a transient fault, and is retried.
        await using var hold = await CaseRowHold.Take(database, caseId);
        await PartnerLoad.Send(Clients(first, Vdab), "vdab", load.Batches(), TimeSpan.FromSeconds(60));
        await Task.Delay(500);
        Assert.Equal(0, await Settled(database));
        var clock = Stopwatch.StartNew();
        await first.DisposeAsync();
        await hold.Release();
        Assert.Equal(0, await Settled(database));
        output.WriteLine($"stopped in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        await using var second = await IsolatedApp.Start(database);
        output.WriteLine($"started again in {clock.Elapsed.TotalSeconds:F1} s");
        await PartnerScenarios.Outcomes(Store(second), "vdab", load.Ids, TimeSpan.FromSeconds(90));
        output.WriteLine($"all applied {clock.Elapsed.TotalSeconds:F1} s after the start");

        await load.AssertAppliedExactlyOnce(Store(second), database);
    }

    private static async Task<long> Settled(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from cd.mt_doc_partnermessageoutcome where data->>'state' <> 'Pending'", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
