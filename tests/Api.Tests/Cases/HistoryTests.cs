using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.CaseScenarios;

namespace CollectiveDismissal.Api.Tests.Cases;

public class HistoryTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task the_history_lists_every_event_with_who_recorded_it_and_the_correlation_id()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/intention")
        {
            Content = JsonContent.Create(new { announcedOn = AnnouncedOn, informedBody = "UnionDelegation" })
        };
        request.Headers.Add("X-Correlation-Id", "ticket-4711");
        Assert.Equal(HttpStatusCode.NoContent, (await Client(AppFixture.Token("ProjectManager", "pm.janssens")).SendAsync(request)).StatusCode);

        var history = await GetJson($"/api/cases/{id}/history", Auditor);
        Assert.Equal(2, history.GetArrayLength());
        var first = history[0];
        var second = history[1];
        Assert.Equal("DossierPrepared", first.GetProperty("type").GetString());
        Assert.Equal(1, first.GetProperty("version").GetInt64());
        Assert.Equal("pm.tests", first.GetProperty("recordedBy").GetString());
        Assert.Equal("IntentionAnnounced", second.GetProperty("type").GetString());
        Assert.Equal(2, second.GetProperty("version").GetInt64());
        Assert.True(second.GetProperty("sequence").GetInt64() > first.GetProperty("sequence").GetInt64());
        Assert.Equal("pm.janssens", second.GetProperty("recordedBy").GetString());
        Assert.Equal("ticket-4711", second.GetProperty("correlationId").GetString());
        Assert.Equal("UnionDelegation", second.GetProperty("data").GetProperty("informedBody").GetString());
        Assert.Equal("2027-01-04", second.GetProperty("data").GetProperty("announcedOn").GetString());
        Assert.True(second.GetProperty("timestamp").GetDateTimeOffset() >= first.GetProperty("timestamp").GetDateTimeOffset());
        Assert.True(first.GetProperty("timestamp").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task the_case_as_it_was_at_a_version()
    {
        var client = Client(ProjectManager);
        var id = await client.PrepareCase();
        await client.Run(id, 5);

        var atTwo = await GetCase(id, "?version=2");
        Assert.Equal(2, atTwo.GetProperty("version").GetInt64());
        Assert.Equal("IntentionAnnounced", atTwo.GetProperty("phase").GetString());
        Assert.Equal(JsonValueKind.Null, atTwo.GetProperty("notifiedOn").ValueKind);
        Assert.Equal("DismissalNotified", (await GetCase(id)).GetProperty("phase").GetString());

        var beyond = await client.GetAsync($"/api/cases/{id}?version=99");
        await Problem(beyond, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task the_case_as_it_was_recorded_before_a_moment()
    {
        var client = Client(ProjectManager);
        var id = await client.PrepareCase();
        await client.Run(id, 2);
        var history = await GetJson($"/api/cases/{id}/history");
        var thirdRecordedAt = history[2].GetProperty("timestamp").GetDateTimeOffset();
        await client.Run(id, 0);

        var before = await GetCase(id, $"?recordedBefore={Uri.EscapeDataString(thirdRecordedAt.ToString("O"))}");
        Assert.Equal(2, before.GetProperty("version").GetInt64());
        Assert.Equal("IntentionAnnounced", before.GetProperty("phase").GetString());

        var tooEarly = await client.GetAsync($"/api/cases/{id}?recordedBefore=2000-01-01T00:00:00Z");
        await Problem(tooEarly, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task the_list_filters_by_project_manager_and_phase_and_pages_with_a_total()
    {
        var client = Client(ProjectManager);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++) ids.Add(await client.PrepareCase(Dossier(projectManager: i < 3 ? "pm.a" : "pm.b")));
        await client.Run(ids[0], 1);

        var page = await GetJson("/api/cases?projectManager=pm.a&pageSize=2&page=1", Auditor);
        Assert.Equal(3, page.GetProperty("total").GetInt64());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        var second = await GetJson("/api/cases?projectManager=pm.a&pageSize=2&page=2", Auditor);
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());

        var announced = await GetJson("/api/cases?phase=IntentionAnnounced");
        Assert.Equal(1, announced.GetProperty("total").GetInt64());
        Assert.Equal(ids[0], announced.GetProperty("items")[0].GetProperty("id").GetGuid());
    }
}
