using System.Net;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Projections.Deadlines;
using CollectiveDismissal.Tests;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveDismissal.Api.Tests.Observability;

/// <summary>On a database of its own: the poison would stop the shared host's board for every later test.</summary>
[Collection(ApiCollection.Name)]
public sealed class PoisonEventTests(AppFixture app)
{
    [Fact]
    public async Task An_event_one_board_cannot_read_stops_that_board_only_ready_names_it_commands_and_the_other_board_go_on_and_archiving_it_restarts_the_board()
    {
        var database = await IsolatedApp.CreateDatabase(app, "poison");
        await using var host = await IsolatedApp.Start(database);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var client = IsolatedApp.Client(host, AppFixture.Token("ProjectManager"));
        var caseId = await client.OpenCase();
        var participantId = await client.Enrol(caseId, ParticipantScenarios.Enrolment("E-1"));
        await client.Accept(caseId, participantId);
        await host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

        var poison = await PoisonEvent.Insert(database);

        var stopped = await StoppedBoards(client, TimeSpan.FromSeconds(30));
        Assert.Equal(["ParticipantDeadlines"], stopped.Keys);
        Assert.Contains("EventSerialization", stopped["ParticipantDeadlines"]);
        Assert.Contains($"event {poison}", stopped["ParticipantDeadlines"]);

        // Commands go on, and the case board takes in a case opened after the poison.
        await client.Session(caseId, participantId, ParticipantScenarios.EnrolledOn.AddDays(1), 2m);
        var later = await client.OpenCase();
        await Eventually(async () =>
        {
            await using var session = store.QuerySession();
            return await session.LoadAsync<CaseDeadlines>(later) is not null;
        }, "the case board to take in the case opened after the poison");

        // The participants' board stays before the poison, and says so on every check.
        var progress = await store.Advanced.AllProjectionProgress();
        Assert.True(progress.Single(p => p.ShardName == "ParticipantDeadlines:All").Sequence < poison);
        Assert.True(progress.Single(p => p.ShardName == "CaseDeadlines:All").Sequence > poison);
        Assert.Equal(["ParticipantDeadlines"], (await StoppedBoards(client, TimeSpan.FromSeconds(10))).Keys);

        // The operator archives the event: the daemon retries the board by itself, which passes it and catches up.
        await PoisonEvent.Archive(database, poison);
        await Eventually(async () =>
        {
            var body = JsonDocument.Parse(await client.GetStringAsync("/health/ready")).RootElement;
            return !body.GetProperty("entries").GetProperty("projections").GetProperty("data").TryGetProperty("stopped", out _);
        }, "/health/ready to name no stopped board");
        await host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        await using (var session = store.QuerySession())
            Assert.Equal(2m, (await session.LoadAsync<ParticipantDeadlines>(participantId))!.Facts.Totals!.Hours);
    }

    /// <summary>Polls /health/ready until it names a stopped board (Degraded, still 200); returns them with why.</summary>
    private static async Task<Dictionary<string, string>> StoppedBoards(HttpClient client, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var response = await client.GetAsync("/health/ready");
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var projections = body.GetProperty("entries").GetProperty("projections");
            if (projections.GetProperty("data").TryGetProperty("stopped", out var stopped))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("Degraded", projections.GetProperty("status").GetString());
                Assert.Contains("stopped", projections.GetProperty("description").GetString());
                return stopped.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"/health/ready named no stopped board: {body}");
            await Task.Delay(100);
        }
    }

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited 30 s for {what}.");
            await Task.Delay(100);
        }
    }
}
