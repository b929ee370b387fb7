using System.Net;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;
using CollectiveDismissal.Projections.Participants;
using CollectiveDismissal.Projections.Reports;
using Marten;
using Marten.Events;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Corrections;

/// <summary>Cancelling, reopening and correcting a case through the API; rebuilds after corrections.</summary>
public class CaseCorrectionTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);

    private static readonly DateOnly ClosedOn = new(2027, 10, 6);

    [Fact]
    public async Task a_cancelled_case_leaves_the_lists_and_the_board_stays_readable_and_refuses_commands()
    {
        var kept = await Pm.OpenCase();
        await Pm.Enrol(kept, Enrolment("E-1"));
        var mistake = await Pm.OpenCase();
        var participantId = await Pm.Enrol(mistake, Enrolment("E-1"));
        await Pm.Accept(mistake, participantId);
        const string board = "/api/deadlines?asOf=2027-04-10&within=366&pageSize=200";
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        Assert.Contains(mistake.ToString(), (await GetJson(board)).GetRawText());

        var missing = await Post($"/api/cases/{mistake}/cancellation", new { });
        await Problem(missing, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{mistake}/cancellation", new { reason = "Created twice." })).StatusCode);

        var list = await GetJson("/api/cases");
        Assert.Equal([kept], list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
        var read = await GetCase(mistake);
        Assert.True(read.GetProperty("cancelled").GetBoolean());
        Assert.False((await GetCase(kept)).GetProperty("cancelled").GetBoolean());
        var last = (await GetJson($"/api/cases/{mistake}/history")).EnumerateArray().Last();
        Assert.Equal("CaseCancelled", last.GetProperty("type").GetString());
        Assert.Equal("Created twice.", last.GetProperty("data").GetProperty("reason").GetString());

        var refused = await Post($"/api/cases/{mistake}/twc-meetings", new { heldOn = new DateOnly(2027, 3, 1) });
        Assert.Equal("case.cancelled", (await Problem(refused, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        var participant = await Post($"/api/cases/{mistake}/participants/{participantId}/guidance-sessions",
            new { heldOn = EnrolledOn, hours = 2, kind = "Individual", services = new[] { "Other" } });
        Assert.Equal("case.cancelled", (await Problem(participant, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        var again = await Post($"/api/cases/{mistake}/cancellation", new { reason = "Again." });
        Assert.Equal("case.cancelled", (await Problem(again, HttpStatusCode.Conflict)).GetProperty("rule").GetString());

        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var after = (await GetJson(board)).GetRawText();
        Assert.DoesNotContain(mistake.ToString(), after);
        Assert.Contains(kept.ToString(), after);
    }

    [Fact]
    public async Task a_closed_case_refuses_corrections_until_reopened_and_its_first_final_report_is_kept_as_superseded()
    {
        var (caseId, employed, _, _, _) = await Pm.FourParticipants();
        var doubled = await Pm.Session(caseId, employed, EnrolledOn.AddDays(20), 4.5m);
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/closure", new { closedOn = ClosedOn })).StatusCode);
        var firstFinal = await GetJson($"/api/cases/{caseId}/report");
        Assert.True(firstFinal.GetProperty("final").GetBoolean());
        Assert.Equal(27m, firstFinal.GetProperty("guidance").GetProperty("totalHours").GetDecimal());

        var refused = await Post($"/api/cases/{caseId}/participants/{employed}/guidance-sessions/{doubled}/void", new { reason = "Twice." });
        Assert.Equal("case.closed", (await Problem(refused, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await Problem(await Post($"/api/cases/{caseId}/reopening", new { reason = "" }), HttpStatusCode.BadRequest);

        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/reopening", new { reason = "A session was logged twice." })).StatusCode);
        var reopened = await GetCase(caseId);
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("closedOn").ValueKind);
        Assert.Equal("EmploymentCellOpen", reopened.GetProperty("phase").GetString());
        var live = await GetJson($"/api/cases/{caseId}/report?asOf={ClosedOn:yyyy-MM-dd}");
        Assert.False(live.GetProperty("final").GetBoolean());
        var superseded = Assert.Single((await GetJson($"/api/cases/{caseId}/superseded-reports")).EnumerateArray());
        Assert.Equal(1, superseded.GetProperty("closing").GetInt32());
        Assert.Equal("A session was logged twice.", superseded.GetProperty("reason").GetString());
        Assert.Equal(27m, superseded.GetProperty("report").GetProperty("guidance").GetProperty("totalHours").GetDecimal());
        Assert.Equal(firstFinal.GetProperty("version").GetInt64(), superseded.GetProperty("report").GetProperty("version").GetInt64());
        Assert.True(superseded.GetProperty("report").GetProperty("final").GetBoolean());
        var notClosed = await Post($"/api/cases/{caseId}/reopening", new { reason = "Again." });
        Assert.Equal("reopening.not-closed", (await Problem(notClosed, HttpStatusCode.Conflict)).GetProperty("rule").GetString());

        Assert.Equal(HttpStatusCode.NoContent,
            (await Post($"/api/cases/{caseId}/participants/{employed}/guidance-sessions/{doubled}/void", new { reason = "Twice." })).StatusCode);
        Assert.Equal(22.5m, (await GetJson($"/api/cases/{caseId}/report?asOf={ClosedOn:yyyy-MM-dd}")).GetProperty("guidance").GetProperty("totalHours").GetDecimal());
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/closure", new { closedOn = ClosedOn })).StatusCode);

        var secondFinal = await GetJson($"/api/cases/{caseId}/report");
        Assert.True(secondFinal.GetProperty("final").GetBoolean());
        Assert.Equal(22.5m, secondFinal.GetProperty("guidance").GetProperty("totalHours").GetDecimal());
        Assert.Equal(await EventCount(caseId), secondFinal.GetProperty("version").GetInt64());
        superseded = Assert.Single((await GetJson($"/api/cases/{caseId}/superseded-reports")).EnumerateArray());
        Assert.Equal(27m, superseded.GetProperty("report").GetProperty("guidance").GetProperty("totalHours").GetDecimal());
        var types = (await GetJson($"/api/cases/{caseId}/history")).EnumerateArray().Select(e => e.GetProperty("type").GetString()).TakeLast(4);
        Assert.Equal(["CaseClosed", "CaseReopened", "GuidanceSessionVoided", "CaseClosed"], types);

        // Each closing recorded its own delivery of its own final report.
        var deliveries = (await GetJson($"/api/cases/{caseId}/deliveries")).EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString() == "FinalReport").ToList();
        Assert.Equal([1, 2], deliveries.Select(d => d.GetProperty("closing").GetInt32()).Order());
    }

    [Fact]
    public async Task the_dossier_and_the_cell_are_corrected_and_the_flags_and_board_follow()
    {
        var caseId = await Pm.OpenCase();
        var before = await GetCase(caseId);
        Assert.True(before.GetProperty("flags").GetProperty("isCollectiveDismissal").GetBoolean());

        var bad = await Post($"/api/cases/{caseId}/dossier-correction", new { enterpriseNumber = "0403.170.702", reason = "KBO" });
        Assert.True((await Problem(bad, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("enterpriseNumber", out _));
        await Problem(await Post($"/api/cases/{caseId}/dossier-correction", new { reason = "KBO" }), HttpStatusCode.BadRequest);

        var corrected = await Post($"/api/cases/{caseId}/dossier-correction",
            new { employerName = "Acme Steel Belgium NV", plannedDismissals = 9, jointCommittees = new[] { "200" }, reason = "From the KBO extract." });
        Assert.Equal(HttpStatusCode.NoContent, corrected.StatusCode);
        var after = await GetCase(caseId);
        Assert.Equal("Acme Steel Belgium NV", after.GetProperty("employer").GetProperty("name").GetString());
        Assert.Equal(before.GetProperty("employer").GetProperty("enterpriseNumber").GetString(), after.GetProperty("employer").GetProperty("enterpriseNumber").GetString());
        Assert.Equal(["200"], after.GetProperty("employer").GetProperty("jointCommittees").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(9, after.GetProperty("plannedDismissals").GetInt32());
        Assert.False(after.GetProperty("flags").GetProperty("isCollectiveDismissal").GetBoolean());
        Assert.Equal("Acme Steel Belgium NV", (await GetJson("/api/cases")).GetProperty("items")[0].GetProperty("employerName").GetString());

        var cell = await Post($"/api/cases/{caseId}/employment-cell/correction", new { spoc = "Tom Wouters", employmentService = "Actiris", reason = "Wrong SPOC." });
        Assert.Equal(HttpStatusCode.NoContent, cell.StatusCode);
        var employmentCell = (await GetCase(caseId)).GetProperty("employmentCell");
        Assert.Equal("Tom Wouters", employmentCell.GetProperty("spoc").GetString());
        Assert.Equal("Actiris", employmentCell.GetProperty("employmentService").GetString());
        Assert.Equal(3, employmentCell.GetProperty("partners").GetArrayLength());

        await Pm.Enrol(caseId, Enrolment("E-1"));
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        Assert.Contains("Acme Steel Belgium NV", (await GetJson("/api/deadlines?asOf=2027-04-10&within=366")).GetRawText());
    }

    [Fact]
    public async Task rebuilt_from_the_events_every_read_model_keeps_the_corrections()
    {
        var (caseId, employed, searching, declined, left) = await Pm.FourParticipants();
        var extra = await Pm.Session(caseId, employed, EnrolledOn.AddDays(21), 3);
        string P(Guid p, string rest) => $"/api/cases/{caseId}/participants/{p}/{rest}";
        var why = new { reason = "Correction." };
        Assert.Equal(HttpStatusCode.NoContent, (await Post(P(employed, $"guidance-sessions/{extra}/void"), why)).StatusCode);
        var searchingJob = (await GetJson($"/api/cases/{caseId}/participants/{searching}?asOf=2027-12-31")).GetProperty("jobsFound")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await Post(P(searching, $"jobs/{searchingJob}/aftercare-closure/void"), why)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Post(P(left, "departure/void"), why)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Post(P(declined, "outplacement-decision/correction"),
            new { accepted = true, decidedOn = EnrolledOn.AddDays(1), reason = "x" })).StatusCode);
        var extension = (await Pm.Record(caseId, declined, "trajectory-extensions",
            new { decidedOn = EnrolledOn.AddDays(30), endsOn = new DateOnly(2027, 10, 31), reason = "r" }))!.Value;
        Assert.Equal(HttpStatusCode.NoContent, (await Post(P(declined, $"trajectory-extensions/{extension}/void"), why)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Post(P(declined, "enrolment-correction"),
            new { dismissedOn = DismissedOn.AddDays(1), contractEndsOn = DismissedOn.AddDays(1), reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/dossier-correction", new { employerName = "Renamed", reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/closure", new { closedOn = ClosedOn })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/reopening", why)).StatusCode);
        var report = (await GetJson($"/api/cases/{caseId}/report?asOf=2027-12-31")).GetRawText();

        var details = await Snapshot<CaseDetails>();
        var writeModels = await Snapshot<DismissalCase>();
        var participants = await Snapshot<Participant>();
        var reportFacts = await Snapshot<ReportFacts>();
        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<CaseDetailsProjection>(CancellationToken.None);
        await daemon.RebuildProjectionAsync<DismissalCaseProjection>(CancellationToken.None);
        await daemon.RebuildProjectionAsync<ParticipantProjection>(CancellationToken.None);
        await daemon.RebuildProjectionAsync<ReportFactsProjection>(CancellationToken.None);

        Assert.Equal(details, await Snapshot<CaseDetails>());
        Assert.Equal(writeModels, await Snapshot<DismissalCase>());
        Assert.Equal(participants, await Snapshot<Participant>());
        Assert.Equal(reportFacts, await Snapshot<ReportFacts>());
        Assert.Equal(report, (await GetJson($"/api/cases/{caseId}/report?asOf=2027-12-31")).GetRawText());
    }

    private async Task<Dictionary<Guid, string>> Snapshot<T>() where T : notnull
    {
        await using var session = Store.QuerySession();
        var documents = await session.Query<T>().ToListAsync();
        return documents.ToDictionary(d => (Guid)typeof(T).GetProperty("Id")!.GetValue(d)!, d => JsonSerializer.Serialize(d));
    }
}
