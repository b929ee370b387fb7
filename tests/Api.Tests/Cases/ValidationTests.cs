using System.Net;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.CaseScenarios;

namespace CollectiveDismissal.Api.Tests.Cases;

public class ValidationTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private async Task<System.Text.Json.JsonElement> Refused(HttpResponseMessage response)
    {
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, problem.GetProperty("errors").ValueKind);
        return problem.GetProperty("errors");
    }

    [Fact]
    public async Task malformed_json_is_400_with_an_errors_map()
    {
        var errors = await Refused(await PostRaw("/api/cases", "{\"employer\": {"));
        Assert.True(errors.EnumerateObject().Any());
        Assert.Equal(0, await EventCount());
    }

    [Fact]
    public async Task every_missing_field_is_named()
    {
        var errors = await Refused(await PostRaw("/api/cases", "{}"));
        foreach (var field in new[] { "employer", "averageHeadcount", "plannedDismissals", "projectManager" })
            Assert.True(errors.TryGetProperty(field, out _), $"{field} should be named");
    }

    [Fact]
    public async Task a_bad_enterprise_number_is_400()
    {
        var dossier = Dossier(enterpriseNumber: "0403.170.701");
        var json = System.Text.Json.JsonSerializer.Serialize(dossier).Replace("0403.170.701", "0403.170.702");
        var errors = await Refused(await PostRaw("/api/cases", json));
        Assert.Contains("check digits", errors.GetProperty("employer.enterpriseNumber")[0].GetString());
        Assert.Equal(0, await EventCount());
    }

    [Fact]
    public async Task an_unknown_enum_value_is_400_naming_the_field()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var errors = await Refused(await PostRaw($"/api/cases/{id}/intention", "{\"announcedOn\":\"2027-01-04\",\"informedBody\":\"Shareholders\"}"));
        Assert.True(errors.TryGetProperty("informedBody", out _));
        Assert.Equal(1, await EventCount(id));
    }

    [Fact]
    public async Task a_numeric_enum_value_is_400()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var errors = await Refused(await PostRaw($"/api/cases/{id}/intention", "{\"announcedOn\":\"2027-01-04\",\"informedBody\":1}"));
        Assert.True(errors.TryGetProperty("informedBody", out _));
    }

    [Theory]
    [InlineData("2027-13-04")]
    [InlineData("2027-02-30")]
    [InlineData("04/01/2027")]
    [InlineData("2027-01-04T10:00:00")]
    public async Task a_bad_date_is_400_naming_the_field(string date)
    {
        var id = await Client(ProjectManager).PrepareCase();
        var errors = await Refused(await PostRaw($"/api/cases/{id}/intention", $"{{\"announcedOn\":\"{date}\",\"informedBody\":\"WorksCouncil\"}}"));
        Assert.True(errors.TryGetProperty("announcedOn", out _));
        Assert.Equal(1, await EventCount(id));
    }

    [Fact]
    public async Task an_unknown_member_is_400_naming_it()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var errors = await Refused(await PostRaw($"/api/cases/{id}/intention", "{\"announcedOn\":\"2027-01-04\",\"informedBody\":\"WorksCouncil\",\"anouncedBy\":\"x\"}"));
        Assert.True(errors.TryGetProperty("anouncedBy", out _));
    }

    [Fact]
    public async Task answers_may_follow_questions_of_earlier_meetings_but_not_exceed_those_received_so_far()
    {
        var id = await Client(ProjectManager).PrepareCase();
        await Client(ProjectManager).Run(id, 1);
        async Task<string?> Rule(object body) =>
            (await Problem(await Post($"/api/cases/{id}/works-council-meetings", body), HttpStatusCode.Conflict)).GetProperty("rule").GetString();
        Assert.Equal("works-council.more-answers-than-questions", await Rule(new { heldOn = FirstMeetingOn, questionsReceived = 2, questionsAnswered = 3 }));
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{id}/works-council-meetings",
            new { heldOn = FirstMeetingOn, questionsReceived = 12, questionsAnswered = 4 })).StatusCode);
        // The next meeting answers eight questions of the first one.
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{id}/works-council-meetings",
            new { heldOn = FirstMeetingOn.AddDays(7), questionsReceived = 0, questionsAnswered = 8 })).StatusCode);
        Assert.Equal("works-council.more-answers-than-questions", await Rule(new { heldOn = FirstMeetingOn.AddDays(14), questionsReceived = 1, questionsAnswered = 2 }));
        var counts = (await GetCase(id)).GetProperty("counts");
        Assert.Equal((12, 12), (counts.GetProperty("questionsReceived").GetInt32(), counts.GetProperty("questionsAnswered").GetInt32()));
    }

    [Fact]
    public async Task a_body_that_is_not_json_is_415()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var response = await PostRaw($"/api/cases/{id}/intention", "announcedOn=2027-01-04", contentType: "application/x-www-form-urlencoded");
        await Problem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("phase=Nope", "phase")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    public async Task bad_list_parameters_are_400(string query, string field)
    {
        var response = await Client(ProjectManager).GetAsync($"/api/cases?{query}");
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task an_unparseable_query_value_is_400_not_a_default()
    {
        var response = await Client(ProjectManager).GetAsync("/api/cases?page=abc");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
