using System.Net;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Participants;

public class ParticipantReadTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);
    private static readonly string Dpo = AppFixture.Token("DataProtectionOfficer", "dpo.tests");
    private static readonly string Vdab = AppFixture.TokenWith("Integration", "vdab.adapter", ("service", "vdab"));
    private static readonly string Forem = AppFixture.TokenWith("Integration", "forem.adapter", ("service", "forem"));

    [Fact]
    public async Task personal_data_is_shown_to_project_managers_and_the_dpo_only()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1", name: "Marieke Claes", email: "marieke@example.be"));
        var url = $"/api/cases/{caseId}/participants/{id}";
        foreach (var token in new[] { ProjectManager, Dpo })
        {
            var p = await GetJson(url, token);
            Assert.Equal("Marieke Claes", p.GetProperty("person").GetProperty("name").GetString());
            Assert.Equal(Insz(YoungerBirthDate, 1), p.GetProperty("person").GetProperty("nationalRegisterNumber").GetString());
        }
        foreach (var token in new[] { Auditor, Vdab })
        {
            var text = (await GetJson(url, token)).GetRawText();
            Assert.DoesNotContain("\"person\"", text);
            Assert.DoesNotContain("Marieke", text);
            Assert.DoesNotContain("marieke@example.be", text);
            var list = (await GetJson($"/api/cases/{caseId}/participants", token)).GetRawText();
            Assert.DoesNotContain("\"person\"", list);
            Assert.DoesNotContain("Marieke", list);
            // Searching by name finds nothing for roles that may not see names.
            Assert.Equal(0, (await GetJson($"/api/cases/{caseId}/participants?search=Marieke", token)).GetProperty("total").GetInt32());
        }
        Assert.Equal(1, (await GetJson($"/api/cases/{caseId}/participants?search=marieke", ProjectManager)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task an_integration_sees_when_someone_left_but_not_why()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Record(caseId, id, "departure", new { leftOn = EnrolledOn, reason = "LongTermSick" });
        var url = $"/api/cases/{caseId}/participants/{id}?asOf=2027-12-31";
        var seen = (await GetJson(url, Vdab)).GetProperty("departure");
        Assert.Equal(EnrolledOn.ToString("yyyy-MM-dd"), seen.GetProperty("leftOn").GetString());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("reason").ValueKind);
        Assert.Equal("LongTermSick", (await GetJson(url, Auditor)).GetProperty("departure").GetProperty("reason").GetString());
        Assert.DoesNotContain("LongTermSick", (await GetJson($"/api/cases/{caseId}/participants?asOf=2027-12-31", Vdab)).GetRawText());
    }

    [Fact]
    public async Task an_integration_reads_only_the_cases_of_its_own_service()
    {
        var caseId = await Pm.OpenCase(); // Flanders: VDAB
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(Forem).GetAsync($"/api/cases/{caseId}/participants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(Integration).GetAsync($"/api/cases/{caseId}/participants")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client(Vdab).GetAsync($"/api/cases/{caseId}/participants")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client().GetAsync($"/api/cases/{caseId}/participants")).StatusCode);
    }

    [Fact]
    public async Task the_list_filters_by_status_age_band_search_and_trajectory_end_and_pages()
    {
        var caseId = await Pm.OpenCase();
        var young = await Pm.Enrol(caseId, Enrolment("E-01", YoungerBirthDate, 1));
        var older = await Pm.Enrol(caseId, Enrolment("E-02", OlderBirthDate, 2));
        var declined = await Pm.Enrol(caseId, Enrolment("E-03", new DateOnly(1970, 5, 5), 3));
        var left = await Pm.Enrol(caseId, Enrolment("X-04", new DateOnly(1990, 1, 1), 4));
        await Pm.Accept(caseId, young);
        await Pm.Record(caseId, young, "jobs", new { startsOn = new DateOnly(2027, 5, 1), employerName = "A", contractType = "Indefinite" });
        await Pm.Record(caseId, declined, "outplacement-decision", new { accepted = false, decidedOn = EnrolledOn });
        await Pm.Record(caseId, left, "departure", new { leftOn = EnrolledOn.AddDays(3), reason = "MovedAbroad" });

        async Task<string[]> References(string query) =>
            [.. (await GetJson($"/api/cases/{caseId}/participants?asOf=2027-06-01&{query}")).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("personnelReference").GetString()!)];

        Assert.Equal(["E-01", "E-02", "E-03", "X-04"], await References(""));
        Assert.Equal(["E-01"], await References("status=Employed"));
        Assert.Equal(["E-02"], await References("status=Searching"));
        Assert.Equal(["E-03"], await References("status=Declined"));
        Assert.Equal(["X-04"], await References("status=Left"));
        Assert.Equal(["E-01", "X-04"], await References("ageBand=%3C45"));
        Assert.Equal(["E-02"], await References("ageBand=50-54"));
        Assert.Equal(["E-03"], await References("ageBand=55%2B"));
        Assert.Equal(["X-04"], await References("search=x-0"));
        // Under 45 the trajectories end on 2027-07-04, 45 and older on 2027-10-04.
        Assert.Equal(["E-01", "X-04"], await References("trajectoryEndsWithin=33"));
        Assert.Empty(await References("trajectoryEndsWithin=32"));
        Assert.Equal(["E-03"], await References("page=2&pageSize=2").ContinueWith(t => t.Result.Take(1).ToArray()));

        var page = await GetJson($"/api/cases/{caseId}/participants?asOf=2027-06-01&page=2&pageSize=3");
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Single(page.GetProperty("items").EnumerateArray());

        Assert.Empty(await References("search=%25"));
        Assert.Empty(await References("search=_"));
        Assert.Empty(await References("search=%5C"));
        string[] bads = ["status=Declined,Employed", "asOf=9999-12-31", "page=10737419", "status=Working", "status=1", "ageBand=40-44", "page=0", "pageSize=201", "trajectoryEndsWithin=-1", "asOf=2027-13-01"];
        foreach (var bad in bads)
            await Problem(await Pm.GetAsync($"/api/cases/{caseId}/participants?{bad}"), HttpStatusCode.BadRequest);
        await Problem(await Pm.GetAsync($"/api/cases/{Guid.NewGuid()}/participants"), HttpStatusCode.NotFound);
    }
}
