using System.Net;
using System.Net.Http.Json;
using Alba;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.CaseScenarios;

namespace CollectiveDismissal.Api.Tests.Cases;

public class CaseProcedureTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task preparing_a_dossier_creates_the_case_with_its_derived_flags()
    {
        var created = await Host.Scenario(s =>
        {
            s.Post.Json(Dossier(headcount: 250, dismissals: 25, enterpriseNumber: "0403.170.701")).ToUrl("/api/cases");
            s.WithRequestHeader("Authorization", $"Bearer {ProjectManager}");
            s.StatusCodeShouldBe(201);
            s.Header("ETag").SingleValueShouldEqual("\"1\"");
        });
        var id = created.ReadAsJson<CreatedBody>()!.Id;
        Assert.Equal($"/api/cases/{id}", created.Context.Response.Headers.Location.ToString());

        var details = await GetCase(id);
        Assert.Equal("DossierPrepared", details.GetProperty("phase").GetString());
        Assert.Equal(1, details.GetProperty("version").GetInt64());
        Assert.Equal("0403170701", details.GetProperty("employer").GetProperty("enterpriseNumber").GetString());
        Assert.Equal("VDAB", details.GetProperty("competentService").GetString());
        var flags = details.GetProperty("flags");
        Assert.True(flags.GetProperty("isCollectiveDismissal").GetBoolean());       // 25 × 10 ≥ 250
        Assert.True(flags.GetProperty("isEmployerInRestructuring").GetBoolean());
        Assert.True(flags.GetProperty("employmentCellRequired").GetBoolean());
    }

    [Fact]
    public async Task a_dossier_below_the_threshold_is_accepted_and_flagged()
    {
        var id = await Client(ProjectManager).PrepareCase(Dossier(headcount: 250, dismissals: 24, jointCommittees: ["225"]));
        var flags = (await GetCase(id)).GetProperty("flags");
        Assert.False(flags.GetProperty("isCollectiveDismissal").GetBoolean());
        Assert.False(flags.GetProperty("isEmployerInRestructuring").GetBoolean());
        Assert.False(flags.GetProperty("employmentCellRequired").GetBoolean());
    }

    [Fact]
    public async Task the_whole_procedure_shows_in_the_case_with_its_deadlines_and_counts()
    {
        var client = Client(ProjectManager);
        var id = await client.PrepareCase();
        await client.Run(id, Procedure.Length);

        var response = await client.GetAsync($"/api/cases/{id}");
        Assert.Equal("\"11\"", response.Headers.ETag?.Tag);
        var c = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(11, c.GetProperty("version").GetInt64());
        Assert.Equal("EmploymentCellOpen", c.GetProperty("phase").GetString());
        Assert.Equal("2027-01-04", c.GetProperty("announcedOn").GetString());
        Assert.Equal("2027-02-15", c.GetProperty("consultationClosedOn").GetString());
        Assert.Equal("2027-02-16", c.GetProperty("notifiedOn").GetString());
        Assert.Equal("2027-04-02", c.GetProperty("waitingPeriodEndsOn").GetString()); // extended to +45 days
        Assert.True(c.GetProperty("waitingPeriodExtended").GetBoolean());
        Assert.Equal("2027-03-18", c.GetProperty("objectionDeadline").GetString());   // +30 days
        var cell = c.GetProperty("employmentCell");
        Assert.Equal("VDAB", cell.GetProperty("employmentService").GetString());
        Assert.Equal(3, cell.GetProperty("partners").GetArrayLength());
        var counts = c.GetProperty("counts");
        Assert.Equal(2, counts.GetProperty("worksCouncilMeetings").GetInt32());
        Assert.Equal(15, counts.GetProperty("questionsReceived").GetInt32());
        Assert.Equal(13, counts.GetProperty("questionsAnswered").GetInt32());
        Assert.Equal(1, counts.GetProperty("twcMeetings").GetInt32());
        Assert.Equal(1, counts.GetProperty("stakeholderConsultations").GetInt32());
        Assert.Equal(1, counts.GetProperty("preTrajectoryActivities").GetInt32());
        Assert.Equal(38, counts.GetProperty("preTrajectoryAttendees").GetInt32());
    }

    [Fact]
    public async Task the_waiting_period_without_extension_ends_30_days_after_the_notification()
    {
        var client = Client(ProjectManager);
        var id = await client.PrepareCase();
        await client.Run(id, 5);
        var c = await GetCase(id);
        Assert.Equal("DismissalNotified", c.GetProperty("phase").GetString());
        Assert.Equal("2027-03-18", c.GetProperty("waitingPeriodEndsOn").GetString());
        Assert.False(c.GetProperty("waitingPeriodExtended").GetBoolean());
    }

    [Fact]
    public async Task a_command_answers_204_with_the_new_version_as_etag()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var response = await Post($"/api/cases/{id}/intention", new { announcedOn = AnnouncedOn, informedBody = "WorksCouncil" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task a_rule_refuses_with_409_naming_the_rule_and_changes_nothing()
    {
        var id = await Client(ProjectManager).PrepareCase();
        await Client(ProjectManager).Run(id, 1);
        var response = await Post($"/api/cases/{id}/works-council-meetings", new { heldOn = AnnouncedOn });
        var problem = await Problem(response, HttpStatusCode.Conflict);
        Assert.Equal("works-council.too-early", problem.GetProperty("rule").GetString());
        Assert.Contains("day after the announcement", problem.GetProperty("detail").GetString());
        Assert.Equal(2, await EventCount(id));
    }

    [Fact]
    public async Task a_command_on_an_unknown_case_is_404()
    {
        var response = await Post($"/api/cases/{Guid.CreateVersion7()}/intention", new { announcedOn = AnnouncedOn, informedBody = "WorksCouncil" });
        await Problem(response, HttpStatusCode.NotFound);
        Assert.Equal(0, await EventCount());
    }

    [Fact]
    public async Task reading_an_unknown_case_is_404()
    {
        var response = await Client(ProjectManager).GetAsync($"/api/cases/{Guid.CreateVersion7()}");
        await Problem(response, HttpStatusCode.NotFound);
        var history = await Client(ProjectManager).GetAsync($"/api/cases/{Guid.CreateVersion7()}/history");
        await Problem(history, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task an_unchanged_case_answers_304_to_if_none_match()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", "\"1\"");
        var response = await Client(ProjectManager).SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    private sealed record CreatedBody(Guid Id);
}
