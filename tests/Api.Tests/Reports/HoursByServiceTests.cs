using System.Net;
using System.Text.Json;
using CollectiveDismissal.Api.Http;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Reports;

/// <summary>Issue 13 item 5: a guidance session names the services of CAO 82bis it gave; the report sums hours per service.</summary>
public class HoursByServiceTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);

    [Fact]
    public async Task a_session_names_at_least_one_service_each_once()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Accept(caseId, id);
        var url = $"/api/cases/{caseId}/participants/{id}/guidance-sessions";
        var before = await EventCount(caseId);
        foreach (var body in new object[]
                 {
                     new { heldOn = EnrolledOn, hours = 2, kind = "Individual" },
                     new { heldOn = EnrolledOn, hours = 2, kind = "Individual", services = Array.Empty<string>() },
                     new { heldOn = EnrolledOn, hours = 2, kind = "Individual", services = new[] { "Other", "Other" } },
                     new { heldOn = EnrolledOn, hours = 2, kind = "Individual", services = new[] { "Coaching" } },
                     new { heldOn = EnrolledOn, hours = 2, kind = "Individual", services = new[] { "Other", "Other", "Other", "Other", "Other", "Other", "Other", "Other" } },
                 })
        {
            var problem = await Problem(await Post(url, body), HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => e.Name.StartsWith("services")), problem.GetRawText());
        }
        Assert.Equal(before, await EventCount(caseId));

        await Pm.Session(caseId, id, EnrolledOn, 2, "PsychologicalSupport", "JobSearchCampaign");
        var logged = (await GetJson($"/api/cases/{caseId}/history")).EnumerateArray().Last();
        Assert.Equal("""["PsychologicalSupport","JobSearchCampaign"]""", logged.GetProperty("data").GetProperty("services").GetRawText());
    }

    [Fact]
    public async Task the_report_sums_hours_per_service_in_its_json_csv_page_and_evidence()
    {
        var caseId = await Pm.OpenCase();
        var a = await Pm.Enrol(caseId, Enrolment("E-1", sequence: 1));
        var b = await Pm.Enrol(caseId, Enrolment("E-2", sequence: 2));
        await Pm.Accept(caseId, a);
        await Pm.Accept(caseId, b);
        await Pm.Session(caseId, a, EnrolledOn.AddDays(1), 3, "PsychologicalSupport", "JobSearchCampaign");
        await Pm.Session(caseId, a, EnrolledOn.AddDays(2), 2.5m, "JobSearchCampaign");
        await Pm.Session(caseId, b, EnrolledOn.AddDays(3), 4, "Other");
        await Pm.Session(caseId, b, EnrolledOn.AddDays(20), 1, "LogisticAndAdministrativeSupport");

        var report = await GetJson($"/api/cases/{caseId}/report?asOf={EnrolledOn.AddDays(10):yyyy-MM-dd}");
        Assert.Equal("""{"PsychologicalSupport":3,"PersonalAndProfessionalAssessment":0,"JobSearchCampaign":5.5,"NewContractNegotiation":0,"IntegrationInNewJob":0,"LogisticAndAdministrativeSupport":0,"Other":4,"Unspecified":0}""",
            report.GetProperty("hoursByService").GetRawText());
        Assert.Equal(9.5m, report.GetProperty("guidance").GetProperty("totalHours").GetDecimal());

        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/report?asOf={EnrolledOn.AddDays(30):yyyy-MM-dd}&layout=excel-be");
        request.Headers.Accept.ParseAdd("text/csv");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var csv = CsvText.Parse(await (await Pm.SendAsync(request)).Content.ReadAsStringAsync(), ';');
        var rows = csv.Skip(1).Select(r => csv[0].Fields.Zip(r.Fields).ToDictionary(p => p.First.TrimStart('\uFEFF'), p => p.Second)).ToList();
        var rowA = rows.Single(r => r["Participant id"] == a.ToString());
        Assert.Equal(("5,5", "3", "0"), (rowA["Hours of job-search campaign"], rowA["Hours of psychological support"], rowA["Hours with no service given"]));
        Assert.Equal("1", rows.Single(r => r["Participant id"] == b.ToString())["Hours of logistic and administrative support"]);

        var html = await (await Pm.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/report?asOf={EnrolledOn.AddDays(10):yyyy-MM-dd}")
        {
            Headers = { { "Accept", "text/html" }, { "Accept-Language", "nl" } }
        })).Content.ReadAsStringAsync();
        Assert.Equal("5.5", ReportFigures.OfPage(html)["hoursByService.JobSearchCampaign"]);
        Assert.Equal("5,5", ReportFigures.ShownOnPage(html)["hoursByService.JobSearchCampaign"]);
        Assert.Contains("Zoekcampagne naar een nieuwe job", html);

        var evidence = await GetJson($"/api/cases/{caseId}/report/evidence?asOf={EnrolledOn.AddDays(10):yyyy-MM-dd}", Auditor);
        var figures = evidence.GetProperty("figures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("figure").GetString()!, f => f.GetProperty("participantIds").EnumerateArray().Select(i => i.GetGuid()).ToList());
        Assert.Equal([a], figures["hoursByService.JobSearchCampaign"]);
        Assert.Equal([b], figures["hoursByService.Other"]);
        Assert.Empty(figures["hoursByService.Unspecified"]);
    }

    [Fact]
    public async Task the_session_body_documents_its_services()
    {
        var doc = JsonSerializer.Deserialize<JsonElement>(await Client().GetStringAsync("/swagger/v1/swagger.json"));
        var content = doc.GetProperty("paths").GetProperty("/api/cases/{caseId}/participants/{participantId}/guidance-sessions")
            .GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
        var schema = doc.GetProperty("components").GetProperty("schemas").GetProperty("LogGuidanceSessionRequest");
        Assert.Contains("services", schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(7, schema.GetProperty("properties").GetProperty("services").GetProperty("maxItems").GetInt32());
        var service = doc.GetProperty("components").GetProperty("schemas").GetProperty("GuidanceService");
        Assert.Contains("NewContractNegotiation", service.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, content.GetProperty("example").GetProperty("services").GetArrayLength());
    }
}
