using System.Net;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Participants;

public class ParticipantConcurrencyTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);

    [Fact]
    public async Task sixteen_writers_on_one_case_all_succeed_and_every_acknowledged_hour_is_counted()
    {
        var caseId = await Pm.OpenCase();
        var ids = new List<Guid>();
        for (var i = 0; i < 16; i++)
        {
            var id = await Pm.Enrol(caseId, Enrolment($"E-{i:00}", YoungerBirthDate, i + 1));
            await Pm.Accept(caseId, id);
            ids.Add(id);
        }
        var before = await EventCount(caseId);

        // 16 clients, each logging 5 sessions for its own participant, all released at once.
        var start = new TaskCompletionSource();
        var writers = ids.Select((id, w) => Task.Run(async () =>
        {
            await start.Task;
            var acknowledged = 0m;
            for (var s = 0; s < 5; s++)
            {
                var hours = 0.5m + (w % 4) + s * 0.25m;
                var response = await Post($"/api/cases/{caseId}/participants/{id}/guidance-sessions",
                    new { heldOn = EnrolledOn.AddDays(s), hours, kind = "Individual", services = new[] { "JobSearchCampaign" } });
                Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                acknowledged += hours;
            }
            return (id, acknowledged);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(writers);

        Assert.Equal(before + 80, await EventCount(caseId));
        foreach (var (id, acknowledged) in results)
        {
            var p = await GetJson($"/api/cases/{caseId}/participants/{id}?asOf=2027-12-31");
            Assert.Equal(acknowledged, p.GetProperty("deliveredHours").GetDecimal());
            Assert.Equal(5, p.GetProperty("sessions").GetInt32());
        }
    }

    [Fact]
    public async Task with_if_match_a_stale_version_is_412_even_for_another_participant()
    {
        var caseId = await Pm.OpenCase();
        var a = await Pm.Enrol(caseId, Enrolment("E-A", YoungerBirthDate, 1));
        var b = await Pm.Enrol(caseId, Enrolment("E-B", YoungerBirthDate, 2));
        await Pm.Accept(caseId, a);
        await Pm.Accept(caseId, b);
        var read = await Pm.GetAsync($"/api/cases/{caseId}/participants/{a}");
        var etag = read.Headers.ETag!.Tag;
        var first = await Post($"/api/cases/{caseId}/participants/{b}/guidance-sessions", new { heldOn = EnrolledOn, hours = 2, kind = "Group", services = new[] { "JobSearchCampaign" } }, ifMatch: etag);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var before = await EventCount(caseId);
        var stale = await Post($"/api/cases/{caseId}/participants/{a}/guidance-sessions", new { heldOn = EnrolledOn, hours = 2, kind = "Group", services = new[] { "JobSearchCampaign" } }, ifMatch: etag);
        var problem = await Problem(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(before, problem.GetProperty("currentVersion").GetInt64());
        Assert.Equal(before, await EventCount(caseId));
        var fresh = await Post($"/api/cases/{caseId}/participants/{a}/guidance-sessions", new { heldOn = EnrolledOn, hours = 2, kind = "Group", services = new[] { "JobSearchCampaign" } },
            ifMatch: first.Headers.ETag!.Tag);
        Assert.True(fresh.StatusCode == HttpStatusCode.Created, $"{first.Headers.ETag} {before} {await fresh.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task a_retried_enrolment_with_the_same_idempotency_key_enrols_once()
    {
        var caseId = await Pm.OpenCase();
        var body = Enrolment("E-1");
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Post($"/api/cases/{caseId}/participants", body, idempotencyKey: "enrol-e1")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => JsonSerializer.Deserialize<JsonElement>(await r.Content.ReadAsStringAsync()).GetProperty("id").GetGuid()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, (await GetJson($"/api/cases/{caseId}")).GetProperty("counts").GetProperty("participants").GetInt32());
    }
}
