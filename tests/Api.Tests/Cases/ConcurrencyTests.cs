using System.Net;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.CaseScenarios;

namespace CollectiveDismissal.Api.Tests.Cases;

public class ConcurrencyTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private const int Racers = 8;

    /// <summary>All racers are built first, then released together, so they all hit the server at once.</summary>
    private static async Task<HttpResponseMessage[]> Race(Func<int, Task<HttpResponseMessage>> send)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ready = new CountdownEvent(Racers);
        var racers = Enumerable.Range(0, Racers).Select(i => Task.Run(async () =>
        {
            ready.Signal();
            await start.Task;
            return await send(i);
        })).ToArray();
        ready.Wait(TimeSpan.FromSeconds(10));
        start.SetResult();
        return await Task.WhenAll(racers);
    }

    [Fact]
    public async Task a_stale_if_match_is_412_and_changes_nothing()
    {
        var id = await Client(ProjectManager).PrepareCase();
        await Client(ProjectManager).Run(id, 1);
        var response = await Post($"/api/cases/{id}/consultations", new { heldOn = AnnouncedOn, party = "Union" }, ifMatch: "\"1\"");
        var problem = await Problem(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt64());
        Assert.Equal(2, await EventCount(id));
    }

    [Fact]
    public async Task a_current_if_match_is_accepted()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var response = await Post($"/api/cases/{id}/consultations", new { heldOn = AnnouncedOn, party = "Union" }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task a_malformed_if_match_is_400()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var response = await Post($"/api/cases/{id}/consultations", new { heldOn = AnnouncedOn, party = "Union" }, ifMatch: "\"abc\"");
        await Problem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task of_eight_racers_with_the_same_if_match_exactly_one_wins_and_seven_get_412()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var responses = await Race(i => Post($"/api/cases/{id}/consultations",
            new { heldOn = AnnouncedOn.AddDays(i), party = "SectorFund", subject = $"racer {i}" }, ifMatch: "\"1\""));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.NoContent));
        Assert.Equal(Racers - 1, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        Assert.Equal(2, await EventCount(id));
    }

    [Fact]
    public async Task eight_concurrent_commands_without_if_match_all_succeed_and_none_is_lost()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var responses = await Race(i => Post($"/api/cases/{id}/consultations",
            new { heldOn = AnnouncedOn.AddDays(i), party = "Union", subject = $"racer {i}" }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.Equal(1 + Racers, await EventCount(id));
        var versions = responses.Select(r => r.Headers.ETag!.Tag).Order().ToArray();
        Assert.Equal(Enumerable.Range(2, Racers).Select(v => $"\"{v}\"").Order().ToArray(), versions);
        Assert.Equal(Racers, (await GetCase(id)).GetProperty("counts").GetProperty("stakeholderConsultations").GetInt32());
    }

    [Fact]
    public async Task eight_concurrent_announcements_give_one_success_and_seven_rule_refusals_never_a_500()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var responses = await Race(i => Post($"/api/cases/{id}/intention",
            new { announcedOn = AnnouncedOn.AddDays(i), informedBody = "WorksCouncil" }));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.NoContent));
        Assert.Equal(Racers - 1, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(2, await EventCount(id));
    }
}
