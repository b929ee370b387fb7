using System.Net;
using System.Net.Http.Json;
using CollectiveDismissal.Api.Persistence;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Tests;
using Npgsql;
using Xunit.Abstractions;

namespace CollectiveDismissal.Api.Tests.Production;

/// <summary>
/// A node's PostgreSQL connections have a ceiling (<see cref="CaseStore.MaxPoolSize"/> for Marten's pool,
/// <see cref="CaseStore.LockPoolSize"/> for the advisory locks'), so a burst of calls waits for a connection instead of
/// opening one per call; an operator's <c>Maximum Pool Size</c> wins.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConnectionCeilingTests(AppFixture app, ITestOutputHelper output)
{
    [Theory]
    [InlineData("Host=db;Database=cd", CaseStore.MaxPoolSize, CaseStore.LockPoolSize)]
    [InlineData("Host=db;Database=cd;Maximum Pool Size=40", 40, 40)]
    [InlineData("Host=db;Database=cd;MaxPoolSize=40", 40, 40)]
    [InlineData("Host=db;Database=cd;maximum pool size=5", 5, 5)]
    public void The_pools_have_a_ceiling_unless_the_connection_string_sets_one(string connectionString, int marten, int locks)
    {
        Assert.Equal(marten, new NpgsqlConnectionStringBuilder(CaseStore.Tuned(connectionString)).MaxPoolSize);
        Assert.Equal(locks, new NpgsqlConnectionStringBuilder(CaseStore.LockPool(connectionString)).MaxPoolSize);
    }

    [Fact]
    public void Settings_the_operator_gives_under_another_name_are_kept()
    {
        var tuned = new NpgsqlConnectionStringBuilder(CaseStore.Tuned("Host=db;NoResetOnClose=false;MaxAutoPrepare=0"));
        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }

    [Fact]
    public async Task Forty_commands_stuck_on_one_case_wait_for_connections_within_the_ceiling_and_then_all_complete()
    {
        const string applicationName = "cd-ceiling-test";
        var database = await IsolatedApp.CreateDatabase(app, "ceiling");
        await using var host = await IsolatedApp.Start(new NpgsqlConnectionStringBuilder(database) { ApplicationName = applicationName }.ConnectionString);
        var client = IsolatedApp.Client(host, AppFixture.Token("ProjectManager", "pm.ceiling"));
        var caseId = await client.PrepareCase();

        // Another transaction holds the case's row: every command on it waits in PostgreSQL, holding its connections.
        var hold = await CaseRowHold.Take(database, caseId);
        var (path, body) = CaseScenarios.Procedure[0];
        var commands = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/{path}") { Content = JsonContent.Create(body) };
            // Half with a key, so the advisory locks' pool is pushed to its ceiling too.
            if (i % 2 == 0) request.Headers.Add("Idempotency-Key", $"ceiling-{i}");
            return (await client.SendAsync(request)).StatusCode;
        })).ToList();

        var most = 0;
        await using (var sampler = new NpgsqlConnection(database))
        {
            await sampler.OpenAsync();
            for (var i = 0; i < 60; i++)
            {
                await using var count = new NpgsqlCommand("select count(*) from pg_stat_activity where application_name = $1", sampler)
                    { Parameters = { new() { Value = applicationName } } };
                most = Math.Max(most, (int)(long)(await count.ExecuteScalarAsync())!);
                await Task.Delay(50);
            }
        }
        await hold.Release();
        await hold.DisposeAsync();
        var answers = await Task.WhenAll(commands);
        output.WriteLine($"most connections held: {most}; answers: {string.Join(", ", answers.GroupBy(a => a).Select(g => $"{(int)g.Key} × {g.Count()}"))}");

        // Filled to the ceiling (so the test did push past it), never above it; Wolverine's leader lock may add one.
        Assert.InRange(most, CaseStore.MaxPoolSize, CaseStore.MaxPoolSize + CaseStore.LockPoolSize + 1);
        // Queued, not refused: the first command is recorded, the other 39 repeat a step already taken.
        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.NoContent));
        Assert.Equal(39, answers.Count(a => a == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task With_the_database_away_a_call_gets_503_with_Retry_After_and_the_retry_of_a_command_records_it_once()
    {
        var database = await IsolatedApp.CreateDatabase(app, "unavailable");
        await using var proxy = TcpProxy.To(database);
        await using var host = await IsolatedApp.Start(proxy.Through(database));
        var client = IsolatedApp.Client(host, AppFixture.Token("ProjectManager", "pm.unavailable"));
        var caseId = await client.PrepareCase();
        var (path, body) = CaseScenarios.Procedure[0];
        HttpRequestMessage Command()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/{path}") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "unavailable-1");
            return request;
        }

        proxy.Cut();
        foreach (var request in new[] { new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}"), Command() })
        {
            var answer = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            Assert.Equal("1", answer.Headers.RetryAfter?.ToString());
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        }
        proxy.Restore();

        // The pool still holds connections the cut closed: each is dropped on first use, and that call is a 503 too.
        var answers = new List<HttpStatusCode>();
        do answers.Add((await client.SendAsync(Command())).StatusCode);
        while (answers[^1] == HttpStatusCode.ServiceUnavailable && answers.Count < 40);
        Assert.Equal(HttpStatusCode.NoContent, answers[^1]);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(Command())).StatusCode); // a repeat: replayed

        await using var events = new NpgsqlConnection(database);
        await events.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from cd.mt_events where stream_id = $1", events)
            { Parameters = { new() { Value = caseId } } };
        Assert.Equal(2L, await count.ExecuteScalarAsync()); // the dossier and one intention
    }

    [Fact]
    public async Task A_pool_exhausted_past_its_timeout_is_taken_for_an_unavailable_database()
    {
        var oneConnection = new NpgsqlConnectionStringBuilder(app.ConnectionString) { MaxPoolSize = 1, Timeout = 1 }.ConnectionString;
        await using var pool = NpgsqlDataSource.Create(oneConnection);
        await using var held = await pool.OpenConnectionAsync();
        var exhausted = await Assert.ThrowsAnyAsync<NpgsqlException>(async () => await pool.OpenConnectionAsync());
        Assert.True(CollectiveDismissal.Api.Http.ExceptionMapping.DatabaseUnavailable(new InvalidOperationException("wrapped", exhausted)),
            $"{exhausted.GetType().Name}: {exhausted.Message}");
    }
}
