using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CollectiveDismissal.Api.Http;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Domain.Reports;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Reports;

public class ReportTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);
    private static readonly DateOnly AsOf = new(2027, 7, 1);

    private Task<(Guid CaseId, Guid Employed, Guid Searching, Guid Declined, Guid Left)> FourParticipants(string region = "Flanders") =>
        Pm.FourParticipants(region);

    private async Task<HttpResponseMessage> GetReport(Guid caseId, string query = "", string? accept = null, string? language = null, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/report{query}");
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        return await Client(token ?? ProjectManager).SendAsync(request);
    }

    private async Task<JsonElement> ReportJson(Guid caseId, string query = "")
    {
        var response = await GetReport(caseId, query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<Dictionary<string, string>> ParseCsv(string text)
    {
        var records = CsvText.Parse(text, ',');
        var header = records[0].Fields;
        return records.Skip(1).Select(r => header.Zip(r.Fields).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    [Fact]
    public async Task the_report_gives_every_figure_of_the_contract_as_of_a_date()
    {
        var (caseId, _, _, _, _) = await FourParticipants();
        var report = await ReportJson(caseId, "?asOf=2027-07-01");

        Assert.Equal(caseId, report.GetProperty("caseId").GetGuid());
        Assert.Equal("2027-07-01", report.GetProperty("asOf").GetString());
        Assert.False(report.GetProperty("final").GetBoolean());
        Assert.Equal(await EventCount(caseId), report.GetProperty("version").GetInt64());
        Assert.Equal(4, report.GetProperty("enrolled").GetInt32());
        Assert.Equal("""{"employed":1,"searching":1,"declined":1,"left":1}""", report.GetProperty("status").GetRawText());
        Assert.Equal("""{"Retired":1,"LongTermSick":0,"Deceased":0,"MovedAbroad":0,"Unreachable":0,"Other":0}""", report.GetProperty("leftByReason").GetRawText());
        Assert.Equal(3, report.GetProperty("availableForWork").GetInt32());
        Assert.Equal("33.3", report.GetProperty("reEmploymentRate").GetRawText());
        Assert.Equal("33.3", report.GetProperty("durableReEmploymentRate").GetRawText());
        Assert.Equal("""[{"band":"<45","enrolled":2,"availableForWork":2,"employed":0,"reEmploymentRate":0.0},""" +
                     """{"band":"45-49","enrolled":0,"availableForWork":0,"employed":0,"reEmploymentRate":0.0},""" +
                     """{"band":"50-54","enrolled":1,"availableForWork":1,"employed":1,"reEmploymentRate":100.0},""" +
                     """{"band":"55+","enrolled":1,"availableForWork":0,"employed":0,"reEmploymentRate":0.0}]""",
            report.GetProperty("byAgeBand").GetRawText());
        Assert.Equal("""{"Indefinite":0,"FixedTerm":1,"TemporaryAgency":0,"SelfEmployed":0,"Training":0}""", report.GetProperty("employedByContractType").GetRawText());
        Assert.Equal("""{"median":57.0,"mean":57.0}""", report.GetProperty("daysToJob").GetRawText());   // 2027-04-05 → 2027-06-01
        Assert.Equal("""{"totalHours":22.5,"reachedRequiredHours":0,"frontLoaded":1}""", report.GetProperty("guidance").GetRawText());
        Assert.Equal(0, report.GetProperty("extended").GetInt32());
        Assert.Equal("""{"closed":1,"stillEmployed":0,"contacts":0,"contactHours":0}""", report.GetProperty("aftercare").GetRawText());

        // On 2027-05-31 the temporary job was still on and the durable one had not started: one employed, not durably.
        var earlier = await ReportJson(caseId, "?asOf=2027-05-31");
        Assert.Equal("""{"employed":1,"searching":1,"declined":1,"left":1}""", earlier.GetProperty("status").GetRawText());
        Assert.Equal("0.0", earlier.GetProperty("durableReEmploymentRate").GetRawText());
        Assert.Equal(1, earlier.GetProperty("employedByContractType").GetProperty("TemporaryAgency").GetInt32());

        // Between two sessions the report reads the guidance day by day: 2 + 8 hours held by 2027-04-08.
        var during = await ReportJson(caseId, "?asOf=2027-04-08");
        Assert.Equal("""{"totalHours":10,"reachedRequiredHours":0,"frontLoaded":0}""", during.GetProperty("guidance").GetRawText());
    }

    [Fact]
    public async Task a_repeated_read_is_the_same_report_and_the_next_event_shows_at_once()
    {
        var (caseId, employed, _, _, _) = await FourParticipants();
        var first = await ReportJson(caseId, "?asOf=2027-07-01");
        Assert.Equal(first.GetRawText(), (await ReportJson(caseId, "?asOf=2027-07-01")).GetRawText());
        await Pm.Session(caseId, employed, EnrolledOn.AddDays(30), 3);
        var next = await ReportJson(caseId, "?asOf=2027-07-01");
        Assert.Equal(first.GetProperty("version").GetInt64() + 1, next.GetProperty("version").GetInt64());
        Assert.Equal(25.5m, next.GetProperty("guidance").GetProperty("totalHours").GetDecimal());
    }

    [Fact]
    public async Task without_asOf_the_report_is_as_of_today_in_belgium()
    {
        var (caseId, _, _, _, _) = await FourParticipants();
        // The test host's clock starts at 06:00 in Brussels on TestClock.Today (05:00 UTC).
        var today = CollectiveDismissal.Tests.TestClock.Today;
        var report = await ReportJson(caseId);
        Assert.Equal(today.ToString("yyyy-MM-dd"), report.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task the_csv_has_one_row_per_participant_and_its_columns_sum_to_the_json_figures()
    {
        var (caseId, employed, searching, _, _) = await FourParticipants();
        var json = await ReportJson(caseId, "?asOf=2027-07-01");
        var response = await GetReport(caseId, "?asOf=2027-07-01", "text/csv", "en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var rows = ParseCsv(await response.Content.ReadAsStringAsync());

        Assert.Equal(json.GetProperty("enrolled").GetInt32(), rows.Count);
        foreach (var status in new[] { "Employed", "Searching", "Declined", "Left" })
            Assert.Equal(json.GetProperty("status").GetProperty(status.ToLowerInvariant()).GetInt32(), rows.Count(r => r["Status"] == status));
        Assert.Equal(json.GetProperty("availableForWork").GetInt32(), rows.Count(r => r["Available for work"] == "true"));
        Assert.Equal(json.GetProperty("guidance").GetProperty("totalHours").GetDecimal(),
            rows.Sum(r => decimal.Parse(r["Guidance hours"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(json.GetProperty("guidance").GetProperty("frontLoaded").GetInt32(), rows.Count(r => r["Front-loaded"] == "true"));
        Assert.Equal(json.GetProperty("aftercare").GetProperty("closed").GetInt32(), rows.Sum(r => int.Parse(r["Aftercare closures"])));
        Assert.Equal("57", rows.Single(r => r["Participant id"] == employed.ToString())["Days to job"]);
        var lost = rows.Single(r => r["Participant id"] == searching.ToString());
        Assert.Equal(("2027-06-15", "TemporaryAgency"), (lost["Job lost on"], lost["Contract type"]));
        // No name, INSZ or e-mail (a project manager sees the personnel reference: Exports/ExportTests).
        var text = await (await GetReport(caseId, "?asOf=2027-07-01", "text/csv")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Person E-", text);
        Assert.DoesNotContain("@example.be", text);
        Assert.DoesNotContain(Insz(OlderBirthDate, 1), text);
    }

    [Theory]
    [InlineData("Flanders", null, "nl", "Ingeschreven op")]
    [InlineData("Wallonia", null, "fr", "Inscrit le")]
    [InlineData("GermanSpeaking", null, "de", "Eingeschrieben am")]
    [InlineData("Brussels", null, "fr", "Inscrit le")]
    [InlineData("Brussels", "nl-BE", "nl", "Ingeschreven op")]
    [InlineData("Flanders", "fr-BE, nl;q=0.5", "fr", "Inscrit le")]
    [InlineData("Wallonia", "de", "de", "Eingeschrieben am")]
    [InlineData("Flanders", "en-GB", "en", "Enrolled on")]
    [InlineData("Flanders", "es, it;q=0.8", "en", "Enrolled on")]
    public async Task the_csv_speaks_the_language_of_the_region_unless_accept_language_says_otherwise_and_its_values_do_not_change(
        string region, string? acceptLanguage, string language, string enrolledOnLabel)
    {
        var (caseId, _, _, _, _) = await FourParticipants(region);
        var response = await GetReport(caseId, "?asOf=2027-07-01", "text/csv", acceptLanguage);
        Assert.Equal(language, response.Content.Headers.ContentLanguage.Single());
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Contains(enrolledOnLabel, CsvText.Parse(lines[0], ',')[0].Fields);

        var english = (await (await GetReport(caseId, "?asOf=2027-07-01", "text/csv", "en")).Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal(english.Skip(1), lines.Skip(1));
        var json = await (await GetReport(caseId, "?asOf=2027-07-01", language: acceptLanguage)).Content.ReadAsStringAsync();
        var englishJson = await (await GetReport(caseId, "?asOf=2027-07-01", language: "en")).Content.ReadAsStringAsync();
        Assert.Equal(englishJson, json);
    }

    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private async Task<string> ReportPage(Guid caseId, string query = "?asOf=2027-07-01", string? language = null)
    {
        var response = await GetReport(caseId, query, BrowserAccept, language);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(CollectiveDismissal.Api.Reports.Rendering.ReportPage.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("Flanders", null, "nl", "Ingeschreven deelnemers", "33,3\u00a0%")]
    [InlineData("Wallonia", null, "fr", "Participants inscrits", "33,3\u00a0%")]
    [InlineData("GermanSpeaking", null, "de", "Eingeschriebene Teilnehmer", "33,3\u00a0%")]
    [InlineData("Brussels", null, "fr", "Participants inscrits", "33,3\u00a0%")]
    [InlineData("Brussels", "nl-BE", "nl", "Ingeschreven deelnemers", "33,3\u00a0%")]
    [InlineData("Flanders", "es, it;q=0.8", "en", "Participants enrolled", "33.3%")]
    public async Task the_page_shows_every_figure_of_the_json_in_the_language_of_the_region_or_of_accept_language(
        string region, string? acceptLanguage, string language, string enrolledLabel, string shownRate)
    {
        var (caseId, _, _, _, _) = await FourParticipants(region);
        var json = ReportFigures.OfJson(await ReportJson(caseId, "?asOf=2027-07-01"));
        var html = await ReportPage(caseId, language: acceptLanguage);

        Assert.StartsWith($"""<!DOCTYPE html><html lang="{language}">""", html);
        Assert.Contains($">{enrolledLabel}<", html);
        Assert.Equal(json.OrderBy(f => f.Key), ReportFigures.OfPage(html).OrderBy(f => f.Key));
        var shown = ReportFigures.ShownOnPage(html);
        Assert.Equal(shownRate, shown["reEmploymentRate"]);
        Assert.All(shown, f => Assert.Equal(json[f.Key], ReportFigures.Invariant(f.Value)));
        Assert.Equal(json.OrderBy(f => f.Key), ReportFigures.OfPage(await ReportPage(caseId, language: "en")).OrderBy(f => f.Key));
    }

    [Fact]
    public async Task the_page_draws_its_charts_in_the_page_and_counts_the_employed_in_the_days_to_job_histogram()
    {
        var (caseId, _, _, _, _) = await FourParticipants();
        var html = await ReportPage(caseId);
        foreach (var chart in new[] { "status", "ageBands", "contractTypes", "daysToJob" })
            Assert.Contains($"""<svg class="chart" data-chart="{chart}" """, html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));
        Assert.DoesNotContain("https://", html);
        // One employed participant, 57 days after enrolment: one in the 30-59 column, none elsewhere.
        Assert.Equal([(0, 29, 0), (30, 59, 1), (60, 89, 0), (90, 119, 0)],
            CollectiveDismissal.Api.Reports.Rendering.ReportPage.DaysToJobHistogram(
                [Row(daysToJob: 57), Row(daysToJob: null)]).Select(h => (h.From, h.To, h.Count)));
        Assert.Contains("""<g class="bar" data-key="30-59">""", html);
    }

    [Fact]
    public async Task the_page_escapes_the_employer_name_marks_the_final_report_and_holds_no_personal_data()
    {
        var dossier = new
        {
            employer = new { name = "Acme <script>alert(1)</script> & \"Zonen\"", enterpriseNumber = "0403.170.701", jointCommittees = new[] { "111.01" }, region = "Flanders" },
            averageHeadcount = 250, plannedDismissals = 40, reasons = new[] { "Closure of the Genk plant" }, projectManager = "pm.peeters"
        };
        var caseId = await Pm.PrepareCase(dossier);
        await Pm.Run(caseId, 7);
        var participant = await Pm.Enrol(caseId, Enrolment("E-1", OlderBirthDate, 1));
        await Pm.Record(caseId, participant, "departure", new { leftOn = new DateOnly(2027, 5, 1), reason = "Retired" });

        var html = await ReportPage(caseId);
        Assert.Contains("Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zonen&quot;", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("""data-final="false">""", html);
        Assert.DoesNotContain("Person E-1", html);
        Assert.DoesNotContain("E-1", html);
        Assert.DoesNotContain("@example.be", html);
        Assert.DoesNotContain(Insz(OlderBirthDate, 1), html);
        Assert.DoesNotContain(participant.ToString(), html);

        var closing = await Post($"/api/cases/{caseId}/closure", new { closedOn = new DateOnly(2027, 10, 6) });
        Assert.Equal(HttpStatusCode.NoContent, closing.StatusCode);
        var final = await ReportPage(caseId, "");
        Assert.Contains("""data-final="true">""", final);
        Assert.Contains($"<span data-version>{closing.Headers.ETag!.Tag.Trim('"')}</span>", final);
        Assert.Contains("""<time datetime="2027-10-06" data-as-of="2027-10-06">6 oktober 2027</time>""", final);
    }

    /// <summary>A row employed after <paramref name="daysToJob"/> days, or searching when null.</summary>
    private static ReportRow Row(int? daysToJob) => new(Guid.NewGuid(), EnrolledOn, 50, "50-54",
        daysToJob is null ? Domain.Participants.ParticipantStatus.Searching : Domain.Participants.ParticipantStatus.Employed,
        null, null, true, null, null, null, null, null, false, daysToJob, 0, 30, EnrolledOn, 0, false, EnrolledOn, 0, false, 0, 0, 0);

    [Fact]
    public async Task every_label_exists_in_every_language()
    {
        foreach (var key in CollectiveDismissal.Api.Reports.Rendering.ReportLabels.Keys)
            Assert.Equal(4, CollectiveDismissal.Api.Reports.Rendering.ReportLabels.LanguagesOf(key));
        foreach (var key in CollectiveDismissal.Api.Reports.Rendering.ReportCsv.Keys)
            foreach (var language in Enum.GetValues<CollectiveDismissal.Api.Reports.Rendering.ReportLanguage>())
                Assert.False(string.IsNullOrWhiteSpace(CollectiveDismissal.Api.Reports.Rendering.ReportLabels.Get(key, language)));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task closing_freezes_the_report_with_the_version_it_was_computed_from()
    {
        var (caseId, employed, searching, _, _) = await FourParticipants();
        // Nobody may be searching with a running trajectory at closure: the searching one leaves first.
        await Pm.Record(caseId, searching, "departure", new { leftOn = new DateOnly(2027, 6, 20), reason = "MovedAbroad" });
        var closing = await Post($"/api/cases/{caseId}/closure", new { closedOn = new DateOnly(2027, 10, 6) });
        Assert.Equal(HttpStatusCode.NoContent, closing.StatusCode);
        var closedVersion = long.Parse(closing.Headers.ETag!.Tag.Trim('"'));

        var final = await ReportJson(caseId);
        Assert.True(final.GetProperty("final").GetBoolean());
        Assert.Equal("2027-10-06", final.GetProperty("asOf").GetString());
        Assert.Equal(closedVersion, final.GetProperty("version").GetInt64());
        Assert.Equal(final.GetRawText(), (await ReportJson(caseId, "?asOf=2027-10-06")).GetRawText());

        // Erasing personal data after closing adds an event but changes no figure, and the frozen report stays as it was.
        var dpo = AppFixture.Token("DataProtectionOfficer", "dpo.tests");
        Assert.Equal(HttpStatusCode.NoContent, (await Client(dpo).DeleteAsync($"/api/cases/{caseId}/participants/{employed}/personal-data")).StatusCode);
        Assert.Equal(final.GetRawText(), (await ReportJson(caseId)).GetRawText());

        // Another date is computed, not frozen.
        var other = await ReportJson(caseId, "?asOf=2027-07-01");
        Assert.False(other.GetProperty("final").GetBoolean());
        Assert.Equal(closedVersion + 1, other.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task a_closed_case_returns_the_stored_report_not_a_new_computation()
    {
        var (caseId, _, searching, _, _) = await FourParticipants();
        await Pm.Record(caseId, searching, "departure", new { leftOn = new DateOnly(2027, 6, 20), reason = "MovedAbroad" });
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/closure", new { closedOn = new DateOnly(2027, 10, 6) })).StatusCode);

        await using (var session = Store.LightweightSession())
        {
            var frozen = await session.LoadAsync<FinalReport>(caseId);
            Assert.NotNull(frozen);
            Assert.Equal(4, frozen.Report.Enrolled);
            session.Store(frozen with { Report = frozen.Report with { Enrolled = 999 } });
            await session.SaveChangesAsync();
        }
        Assert.Equal(999, (await ReportJson(caseId)).GetProperty("enrolled").GetInt32());
    }

    [Fact]
    public async Task the_evidence_lists_the_events_behind_each_status_and_the_participants_behind_each_figure()
    {
        var (caseId, employed, searching, declined, left) = await FourParticipants();
        var evidence = await GetJson($"/api/cases/{caseId}/report/evidence?asOf=2027-07-01", Auditor);
        var history = (await GetJson($"/api/cases/{caseId}/history", Auditor)).EnumerateArray()
            .ToDictionary(e => e.GetProperty("sequence").GetInt64(), e => e.GetProperty("type").GetString());

        var statuses = evidence.GetProperty("participants").EnumerateArray().ToDictionary(p => p.GetProperty("participantId").GetGuid());
        string[] TypesFor(Guid id) => statuses[id].GetProperty("decidedBy").EnumerateArray().Select(s => history[s.GetInt64()]!).ToArray();
        Assert.Equal("Employed", statuses[employed].GetProperty("status").GetString());
        Assert.Equal(["ParticipantEnrolled", "JobFound"], TypesFor(employed));
        Assert.Equal("Searching", statuses[searching].GetProperty("status").GetString());
        Assert.Equal(["ParticipantEnrolled", "JobFound", "AftercareClosed"], TypesFor(searching));
        Assert.Equal(["ParticipantEnrolled", "OutplacementDeclined"], TypesFor(declined));
        Assert.Equal(["ParticipantEnrolled", "ParticipantLeft"], TypesFor(left));

        var figures = evidence.GetProperty("figures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("figure").GetString()!, f => f.GetProperty("participantIds").EnumerateArray().Select(i => i.GetGuid()).ToList());
        Assert.Equal([employed], figures["status.employed"]);
        Assert.Equal([left], figures["leftByReason.Retired"]);
        Assert.Equal([employed], figures["durableReEmploymentRate.numerator"]);
        Assert.Equal([searching], figures["aftercare.closed"]);
        Assert.Equal(new[] { employed, searching, declined }.Order(), figures["availableForWork"].Order());

        // The figures it recomputes from the events are the report's.
        var report = await ReportJson(caseId, "?asOf=2027-07-01");
        Assert.Equal(report.GetRawText(), evidence.GetProperty("report").GetRawText());
        var body = evidence.GetRawText();
        Assert.DoesNotContain("Person E-", body);
        Assert.DoesNotContain("E-1", body);
    }

    [Fact]
    public async Task who_may_read_what()
    {
        var (caseId, _, _, _, _) = await FourParticipants();
        var vdab = AppFixture.TokenWith("Integration", "vdab.adapter", ("service", "vdab"));
        var forem = AppFixture.TokenWith("Integration", "forem.adapter", ("service", "forem"));
        var dpo = AppFixture.Token("DataProtectionOfficer", "dpo.tests");
        Assert.Equal(HttpStatusCode.OK, (await GetReport(caseId, token: Auditor)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetReport(caseId, token: vdab)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetReport(caseId, token: forem)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetReport(caseId, accept: "text/csv", token: vdab)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetReport(caseId, accept: "text/html", token: vdab)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetReport(caseId, accept: "text/html", token: forem)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetReport(caseId, token: dpo)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(vdab).GetAsync($"/api/cases/{caseId}/report/evidence")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client().GetAsync($"/api/cases/{caseId}/report")).StatusCode);
    }

    [Theory]
    [InlineData("?asOf=2027-13-01", null, HttpStatusCode.BadRequest)]
    [InlineData("?asOf=1800-01-01", null, HttpStatusCode.BadRequest)]
    [InlineData("?asOf=9999-12-31", null, HttpStatusCode.BadRequest)]
    [InlineData("", "application/xml", HttpStatusCode.NotAcceptable)]
    public async Task bad_requests_get_problem_details(string query, string? accept, HttpStatusCode expected)
    {
        var (caseId, _, _, _, _) = await FourParticipants();
        var response = await GetReport(caseId, query, accept);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client(Auditor).GetAsync($"/api/cases/{caseId}/report/evidence{(query == "" ? "?asOf=x" : query)}")).StatusCode);
    }

    [Fact]
    public async Task an_unknown_case_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetReport(Guid.NewGuid())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client(Auditor).GetAsync($"/api/cases/{Guid.NewGuid()}/report/evidence")).StatusCode);
    }
}
