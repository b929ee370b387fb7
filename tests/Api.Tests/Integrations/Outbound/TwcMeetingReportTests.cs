using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Integrations.Outbound;

/// <summary>On the shared host, which has no report endpoint configured: its deliveries stay failing, and say why.</summary>
public class TwcMeetingReportTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private static readonly string Vdab = AppFixture.TokenWith("Integration", "vdab.adapter", ("service", "vdab"));
    private static readonly string Forem = AppFixture.TokenWith("Integration", "forem.adapter", ("service", "forem"));
    private static readonly string Dpo = AppFixture.Token("DataProtectionOfficer", "dpo.tests");
    private static readonly DateOnly MeetingOn = new(2027, 6, 20);
    private HttpClient Pm => Client(ProjectManager);

    [Fact]
    public async Task the_frozen_twc_report_equals_the_live_report_of_the_meeting_date_and_never_changes()
    {
        var (caseId, _, searching, _, _) = await Pm.FourParticipants();
        await Pm.RecordMeeting(caseId, MeetingOn);

        var frozen = await GetJson($"/api/cases/{caseId}/twc-meetings/1/report");
        var live = await GetJson($"/api/cases/{caseId}/report?asOf={MeetingOn:yyyy-MM-dd}");
        // Equal as JSON: PostgreSQL's jsonb keeps an object's members in an order of its own.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(live.GetRawText()), JsonNode.Parse(frozen.GetRawText())), $"{live}\n{frozen}");
        Assert.False(frozen.GetProperty("final").GetBoolean());
        Assert.Equal(MeetingOn.ToString("yyyy-MM-dd"), frozen.GetProperty("asOf").GetString());

        // A fact about a date before the meeting, recorded after it: the live report as of that date changes, the frozen one does not.
        await Pm.Record(caseId, searching, "jobs", new { startsOn = new DateOnly(2027, 6, 18), employerName = "Genk Logistics", contractType = "Indefinite" });
        var later = await GetJson($"/api/cases/{caseId}/report?asOf={MeetingOn:yyyy-MM-dd}");
        Assert.Equal(frozen.GetProperty("status").GetProperty("employed").GetInt32() + 1, later.GetProperty("status").GetProperty("employed").GetInt32());
        Assert.Equal(frozen.GetRawText(), (await GetJson($"/api/cases/{caseId}/twc-meetings/1/report")).GetRawText());

        // The frozen report's other formats, as for the live report.
        var csv = await Client(ProjectManager).SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/twc-meetings/1/report")
            { Headers = { { "Accept", "text/csv" } } });
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(5, (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task meetings_are_numbered_in_order_and_an_unknown_meeting_is_404()
    {
        var caseId = await Pm.OpenCase();
        await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.RecordMeeting(caseId, EnrolledOn.AddDays(30));
        await Pm.RecordMeeting(caseId, EnrolledOn.AddDays(2));

        Assert.Equal(EnrolledOn.AddDays(30).ToString("yyyy-MM-dd"), (await GetJson($"/api/cases/{caseId}/twc-meetings/1/report")).GetProperty("asOf").GetString());
        var second = await GetJson($"/api/cases/{caseId}/twc-meetings/2/report");
        Assert.Equal(EnrolledOn.AddDays(2).ToString("yyyy-MM-dd"), second.GetProperty("asOf").GetString());
        Assert.Equal(1, second.GetProperty("enrolled").GetInt32());

        await Problem(await Client(ProjectManager).GetAsync($"/api/cases/{caseId}/twc-meetings/3/report"), HttpStatusCode.NotFound);
        await Problem(await Client(ProjectManager).GetAsync($"/api/cases/{caseId}/twc-meetings/0/report"), HttpStatusCode.NotFound);
        await Problem(await Client(ProjectManager).GetAsync($"/api/cases/{Guid.NewGuid()}/twc-meetings/1/report"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await Client(Vdab).GetAsync($"/api/cases/{caseId}/twc-meetings/1/report")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(Forem).GetAsync($"/api/cases/{caseId}/twc-meetings/1/report")).StatusCode);

        var deliveries = await Pm.Deliveries(caseId);
        Assert.Equal([1, 2], deliveries.Select(d => d.GetProperty("meeting").GetInt32()));
        Assert.All(deliveries, d => Assert.Equal("VDAB", d.GetProperty("service").GetString()));
    }

    [Fact]
    public async Task deliveries_are_read_by_project_managers_auditors_and_the_case_s_service_only()
    {
        var caseId = await Pm.OpenCase();
        await Pm.RecordMeeting(caseId, CaseScenarios.TwcOpenedOn.AddDays(7));
        var url = $"/api/cases/{caseId}/deliveries";

        foreach (var token in new[] { ProjectManager, Auditor, Vdab })
            Assert.Single((await GetJson(url, token)).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(Forem).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(Dpo).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client().GetAsync(url)).StatusCode);
        await Problem(await Client(ProjectManager).GetAsync($"/api/cases/{Guid.NewGuid()}/deliveries"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task without_an_endpoint_a_delivery_is_failing_with_a_clear_error_and_retried()
    {
        var caseId = await Pm.OpenCase();
        await Pm.RecordMeeting(caseId, CaseScenarios.TwcOpenedOn.AddDays(7));

        var failing = (await Outbound.Until(() => Pm.Deliveries(caseId), d => d[0].State() == "Failing", TimeSpan.FromSeconds(30), "failing"))[0];
        Assert.Equal("No endpoint configured for VDAB: set Integrations:Vdab:ReportEndpoint and restart the service.",
            failing.GetProperty("lastError").GetString());
        Assert.Equal(1, failing.GetProperty("attempts").GetInt32());
        Assert.True(failing.GetProperty("nextAttemptAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddSeconds(-5));
    }
}
