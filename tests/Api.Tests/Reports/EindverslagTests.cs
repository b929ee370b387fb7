using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CollectiveDismissal.Api.Tests.Fixtures;

namespace CollectiveDismissal.Api.Tests.Reports;

/// <summary>The eindverslag as a works council reads it (issue 13, item 7): what the frozen report, the JSON and the page say.</summary>
public partial class EindverslagTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);
    private static readonly DateOnly ClosingDate = new(2027, 10, 6);

    private async Task<string> Read(Guid caseId, string query, string accept, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/report{query}");
        request.Headers.Accept.ParseAdd(accept);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await Pm.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        return text;
    }

    /// <summary>The report's JSON without the members that say when and from which version it was made, in the order served.</summary>
    private static string Figures(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        foreach (var member in new[] { "final", "version", "issuedOn" }) node.Remove(member);
        return node.ToJsonString();
    }

    /// <summary>Every figure's name on the page, in the order the page lists them.</summary>
    private static List<string> FigureOrder(string html) =>
        FigureName().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("""data-figure="([^"]*)" """)]
    private static partial Regex FigureName();

    private async Task<Guid> ClosableCase()
    {
        var (caseId, _, searching, _, _) = await Pm.FourParticipants();
        // Nobody may be searching with a running trajectory at closure: the searching one leaves first.
        await Pm.Record(caseId, searching, "departure", new { leftOn = new DateOnly(2027, 6, 20), reason = "MovedAbroad" });
        return caseId;
    }

    private async Task Close(Guid caseId) =>
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/closure", new { closedOn = ClosingDate })).StatusCode);

    [Fact]
    public async Task the_frozen_final_report_lists_everything_in_the_order_of_the_live_report_at_closing()
    {
        var caseId = await ClosableCase();
        var query = $"?asOf={ClosingDate:yyyy-MM-dd}";
        var live = (Json: await Read(caseId, query, "application/json"), Csv: await Read(caseId, query, "text/csv"),
            Page: await Read(caseId, query, "text/html", "en"));
        await Close(caseId);
        var frozen = (Json: await Read(caseId, "", "application/json"), Csv: await Read(caseId, "", "text/csv"),
            Page: await Read(caseId, "", "text/html", "en"));

        Assert.True(JsonNode.Parse(frozen.Json)!["final"]!.GetValue<bool>());
        // jsonb sorts an object's members (Other before Retired, Training before FixedTerm): the frozen report must not.
        Assert.Contains("""
            "leftByReason":{"Retired":1,"LongTermSick":0,"Deceased":0,"MovedAbroad":1,"Unreachable":0,"Other":0}
            """, frozen.Json);
        Assert.Contains("""
            "employedByContractType":{"Indefinite":0,"FixedTerm":1,"TemporaryAgency":0,"SelfEmployed":0,"Training":0}
            """, frozen.Json);
        Assert.Equal(Figures(live.Json), Figures(frozen.Json));
        Assert.Equal(live.Csv, frozen.Csv);
        Assert.Equal(FigureOrder(live.Page), FigureOrder(frozen.Page));
        Assert.Contains("leftByReason.Retired", FigureOrder(frozen.Page));
    }
    /// <summary>The test hosts' today (their clock is <see cref="CollectiveDismissal.Tests.TestClock"/>).</summary>
    private static DateOnly TodayInBelgium() => CollectiveDismissal.Tests.TestClock.Today;

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{start} not found");
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static string Heading(string html) => System.Net.WebUtility.HtmlDecode(Between(html, "<h1>", "</h1>")[4..]);

    [Theory]
    [InlineData("nl", "Tussentijds verslag van de tewerkstellingsresultaten", "Eindverslag van de tewerkstellingsresultaten", "vastgelegd bij TWC-vergadering 1")]
    [InlineData("fr", "Rapport intermédiaire des résultats de remise à l'emploi", "Rapport final des résultats de remise à l'emploi", "figé à la réunion de la cellule n° 1")]
    [InlineData("de", "Zwischenbericht der Beschäftigungsergebnisse", "Abschlussbericht der Beschäftigungsergebnisse", "festgeschrieben bei Zellensitzung 1")]
    [InlineData("en", "Interim employment results report", "Final employment results report", "frozen at TWC meeting 1")]
    public async Task the_title_says_interim_on_a_live_report_and_on_a_twc_meetings_report_and_final_only_on_the_frozen_final_report(
        string language, string interim, string final, string frozenAtMeeting)
    {
        var caseId = await ClosableCase();
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/twc-meetings", new { heldOn = new DateOnly(2027, 6, 30), notes = "Progress" })).StatusCode);

        var live = await Read(caseId, "?asOf=2027-07-01", "text/html", language);
        Assert.Equal(interim, Heading(live));
        Assert.Contains("""data-final="false">""", live);

        var meetingRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/twc-meetings/1/report");
        meetingRequest.Headers.Accept.ParseAdd("text/html");
        meetingRequest.Headers.AcceptLanguage.ParseAdd(language);
        var meeting = await (await Pm.SendAsync(meetingRequest)).Content.ReadAsStringAsync();
        Assert.Equal(interim, Heading(meeting));
        Assert.Contains($"</strong> · {frozenAtMeeting}</p>", System.Net.WebUtility.HtmlDecode(meeting));

        await Close(caseId);
        var frozen = await Read(caseId, "", "text/html", language);
        Assert.Equal(final, Heading(frozen));
        Assert.Contains("""data-final="true">""", frozen);
        Assert.StartsWith($"<!DOCTYPE html><html lang=\"{language}\">", frozen);
    }

    [Fact]
    public async Task the_page_is_identified_by_employer_formatted_enterprise_number_and_dates_and_keeps_the_id_and_version_in_a_technical_footer()
    {
        var (caseId, _, _, _, _) = await Pm.FourParticipants();
        var json = JsonNode.Parse(await Read(caseId, "?asOf=2027-07-01", "application/json"))!;
        var page = await Read(caseId, "?asOf=2027-07-01", "text/html", "nl");
        var header = Between(page, "<header>", "</header>");

        var number = new string(JsonNode.Parse(await Client(ProjectManager).GetStringAsync($"/api/cases/{caseId}"))!["employer"]!["enterpriseNumber"]!
            .GetValue<string>().Where(char.IsDigit).ToArray());
        Assert.Contains($"""<dd class="enterprise-number">{number[..4]}.{number[4..7]}.{number[7..]}</dd>""", header);
        Assert.Contains("""<time datetime="2027-07-01" data-as-of="2027-07-01">1 juli 2027</time>""", header);
        var today = TodayInBelgium();
        Assert.Equal(today.ToString("yyyy-MM-dd"), json["issuedOn"]!.GetValue<string>());
        Assert.Contains($"""data-issued-on="{today:yyyy-MM-dd}">""", header);
        Assert.Contains(">Opgemaakt op<", header);
        // Neither the case's id nor the stream's version identifies the report to its reader: both are in the small print.
        Assert.DoesNotContain(caseId.ToString(), header);
        Assert.DoesNotContain("versie", header);
        var technical = Between(page, """<p class="technical">""", "</p>");
        Assert.Contains($"<span data-case>{caseId}</span>", technical);
        Assert.Contains($"<span data-version>{json["version"]}</span>", technical);
        Assert.Single(Regex.Matches(page, caseId.ToString()));
    }

    [Fact]
    public async Task a_frozen_report_keeps_the_date_it_was_issued_and_a_computed_one_is_issued_today()
    {
        var caseId = await ClosableCase();
        await Close(caseId);
        var today = TodayInBelgium();
        Assert.Equal(today.ToString("yyyy-MM-dd"), JsonNode.Parse(await Read(caseId, "", "application/json"))!["issuedOn"]!.GetValue<string>());

        await using (var session = Store.LightweightSession())
        {
            var frozen = await session.LoadAsync<Domain.Reports.FinalReport>(caseId);
            Assert.Equal(today, frozen!.Report.IssuedOn);
            session.Store(frozen with { Report = frozen.Report with { IssuedOn = new DateOnly(2027, 10, 7) } });
            await session.SaveChangesAsync();
        }
        Assert.Equal("2027-10-07", JsonNode.Parse(await Read(caseId, "", "application/json"))!["issuedOn"]!.GetValue<string>());
        Assert.Contains("""data-issued-on="2027-10-07">7 octobre 2027</time>""", await Read(caseId, "", "text/html", "fr"));
        Assert.Equal(today.ToString("yyyy-MM-dd"), JsonNode.Parse(await Read(caseId, "?asOf=2027-07-01", "application/json"))!["issuedOn"]!.GetValue<string>());
    }
    [Theory]
    [InlineData(4, 30, "columns")]
    [InlineData(5, 30, "bars")]
    [InlineData(7, 30, "bars")]
    [InlineData(12, 30, "bars")]
    [InlineData(5, 270, "bars")]
    public void the_days_to_job_histogram_stands_in_columns_only_while_its_labels_fit_and_lies_in_bars_beyond(int intervals, int width, string layout)
    {
        var bars = Enumerable.Range(0, intervals)
            .Select(i => new Api.Reports.Rendering.ChartBar($"{i * width}-{i * width + width - 1}", $"{i * width}–{i * width + width - 1}", i, $"{i}")).ToList();
        var svg = Api.Reports.Rendering.ReportCharts.Histogram("daysToJob", "Days", bars, "days", System.Text.Encodings.Web.HtmlEncoder.Default);
        Assert.Contains($"""data-layout="{layout}" """, svg);
        Assert.Equal(intervals, Regex.Matches(svg, "<g class=\"bar\"").Count);
    }
    private static readonly Regex MarkedFigure = new("""<span data-figure="([^"]*)" [^>]*>[^<]*</span><sup class="small-group" title="[^"]*">\*</sup>""");

    [Theory]
    [InlineData("nl", "* Kleine groep (minder dan 5 personen): voorzichtig interpreteren.")]
    [InlineData("fr", "* Petit groupe (moins de 5 personnes) : à interpréter avec prudence.")]
    [InlineData("de", "* Kleine Gruppe (weniger als 5 Personen): mit Vorsicht zu interpretieren.")]
    [InlineData("en", "* Small group (fewer than 5 people): interpret with care.")]
    public async Task a_percentage_over_fewer_than_five_people_is_marked_beside_it_with_a_note_in_every_language(string language, string note)
    {
        // Three available for work in all, and at most two in a band: every percentage is over a small group.
        var (small, _, _, _, _) = await Pm.FourParticipants();
        var page = System.Net.WebUtility.HtmlDecode(await Read(small, "?asOf=2027-07-01", "text/html", language));
        Assert.Equal(["reEmploymentRate", "durableReEmploymentRate", "byAgeBand[<45].reEmploymentRate", "byAgeBand[45-49].reEmploymentRate",
            "byAgeBand[50-54].reEmploymentRate", "byAgeBand[55+].reEmploymentRate"], MarkedFigure.Matches(page).Select(m => m.Groups[1].Value));
        Assert.Equal(2, Regex.Matches(page, Regex.Escape($"""<p class="note small-group-note">{note}</p>""")).Count);
        Assert.Equal(4, Regex.Matches(page, """<tspan class="small-group"[^>]*>\*</tspan>""").Count);

        // Eight available for work: the key rates stand unmarked; only the bands of fewer than five are marked.
        var larger = await Pm.SevenIntervals();
        var report = JsonNode.Parse(await Read(larger, "?asOf=2027-10-06", "application/json"))!;
        Assert.Equal(8, report["availableForWork"]!.GetValue<int>());
        var bands = report["byAgeBand"]!.AsArray().Select(b => (Band: b!["band"]!.GetValue<string>(), Available: b["availableForWork"]!.GetValue<int>())).ToList();
        page = System.Net.WebUtility.HtmlDecode(await Read(larger, "?asOf=2027-10-06", "text/html", language));
        Assert.Equal(bands.Where(b => b.Available < 5).Select(b => $"byAgeBand[{b.Band}].reEmploymentRate"),
            MarkedFigure.Matches(page).Select(m => m.Groups[1].Value));
        Assert.Single(Regex.Matches(page, Regex.Escape(note)));
        Assert.Contains("""<div class="cards">""", Between(page, """<section class="key-figures" """, "</section>"));
        Assert.DoesNotContain("small-group", Between(page, """<section class="key-figures" """, "</section>"));
    }
    [Fact]
    public async Task the_report_tells_the_process_held_by_its_date_and_the_hours_individual_and_in_group()
    {
        var caseId = await Pm.PrepareCase();
        await Pm.Run(caseId, CaseScenarios.Procedure.Length);
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/information-sessions",
            new { heldOn = new DateOnly(2027, 3, 10), kind = "Workshop", attendees = 14, topic = "CV" })).StatusCode);
        var id = await Pm.Enrol(caseId, ParticipantScenarios.Enrolment("E-1"));
        await Pm.Accept(caseId, id);
        await Pm.Session(caseId, id, ParticipantScenarios.EnrolledOn.AddDays(1), 2);
        await Pm.Record(caseId, id, "guidance-sessions", new { heldOn = ParticipantScenarios.EnrolledOn.AddDays(8), hours = 3.5m, kind = "Group", topic = "Workshop", services = new[] { "JobSearchCampaign" } });

        // On 2027-02-01: the first works council meeting, the adviser and the information session; no TWC meeting yet.
        var february = JsonNode.Parse(await Read(caseId, "?asOf=2027-02-01", "application/json"))!["process"]!;
        Assert.Equal("""{"count":1,"dates":["2027-01-05"],"questionsReceived":12,"questionsAnswered":10}""", february["worksCouncilMeetings"]!.ToJsonString());
        Assert.Equal("""{"count":0,"dates":[]}""", february["twcMeetings"]!.ToJsonString());
        Assert.Equal("""[{"kind":"InformationSession","count":1,"attendees":38,"dates":["2027-01-07"]},""" +
                     """{"kind":"Workshop","count":0,"attendees":0,"dates":[]},{"kind":"JobHunting","count":0,"attendees":0,"dates":[]}]""",
            february["preTrajectoryActivities"]!.ToJsonString());
        Assert.Equal("""[{"party":"SocialInterventionAdviser","count":1,"dates":["2027-01-06"]},{"party":"SectorFund","count":0,"dates":[]},""" +
                     """{"party":"Union","count":0,"dates":[]},{"party":"EmploymentService","count":0,"dates":[]},{"party":"Other","count":0,"dates":[]}]""",
            february["stakeholderConsultations"]!.ToJsonString());

        // By 2027-07-01: both meetings of the council, the cell's kick-off, the workshop; 2 hours individual, 3.5 in group.
        var julyText = await Read(caseId, "?asOf=2027-07-01", "application/json");
        var july = JsonNode.Parse(julyText)!;
        Assert.Equal("""{"count":2,"dates":["2027-01-05","2027-02-15"],"questionsReceived":15,"questionsAnswered":13}""",
            july["process"]!["worksCouncilMeetings"]!.ToJsonString());
        Assert.Equal("""{"count":1,"dates":["2027-02-27"]}""", july["process"]!["twcMeetings"]!.ToJsonString());
        Assert.Equal(14, july["process"]!["preTrajectoryActivities"]![1]!["attendees"]!.GetValue<int>());
        Assert.Equal("""{"totalHours":5.5,"reachedRequiredHours":0,"frontLoaded":0,"individualHours":2,"groupHours":3.5}""",
            july["guidance"]!.ToJsonString());
        var earlier = JsonNode.Parse(await Read(caseId, "?asOf=2027-04-10", "application/json"))!["guidance"]!;
        Assert.Equal((2m, 0m), (earlier["individualHours"]!.GetValue<decimal>(), earlier["groupHours"]!.GetValue<decimal>()));

        // The rows add up to the hours, and the evidence, folded from the events, says the same.
        var rows = Regex.Split(await Read(caseId, "?asOf=2027-07-01", "text/csv", "en"), "\r\n");
        var header = rows[0].Split(',');
        var row = rows[1].Split(',');
        Assert.Equal(("2", "3.5"), (row[Array.IndexOf(header, "Individual guidance hours")], row[Array.IndexOf(header, "Group guidance hours")]));
        var evidence = await GetJson($"/api/cases/{caseId}/report/evidence?asOf=2027-07-01", Auditor);
        Assert.Equal(julyText, evidence.GetProperty("report").GetRawText());
    }

    [Fact]
    public async Task the_page_shows_the_process_with_its_counts_and_dates_in_every_language()
    {
        var caseId = await Pm.SevenIntervals();
        var json = JsonNode.Parse(await Read(caseId, "?asOf=2027-10-06", "application/json"))!;
        var dates = ReportFigures.DatesOfJson(System.Text.Json.JsonDocument.Parse(json.ToJsonString()).RootElement);
        Assert.Equal("2027-01-05 2027-02-15", dates["process.worksCouncilMeetings"]);
        Assert.Equal("2027-01-07", dates["process.preTrajectoryActivities[InformationSession]"]);
        foreach (var (language, heading, shown) in new[]
                 {
                     ("nl", "Verloop van de procedure en de begeleiding", "5 jan 2027, 15 feb 2027"),
                     ("fr", "Déroulement de la procédure et de l'accompagnement", "5 janv. 2027, 15 févr. 2027"),
                     ("de", "Ablauf des Verfahrens und der Begleitung", "5 Jan. 2027, 15 Feb. 2027"),
                     ("en", "How the procedure and the guidance went", "5 Jan 2027, 15 Feb 2027"),
                 })
        {
            var page = await Read(caseId, "?asOf=2027-10-06", "text/html", language);
            var section = System.Net.WebUtility.HtmlDecode(Between(page, """<section id="process">""", "</section>"));
            Assert.Contains($"<h2>{heading}</h2>", section);
            Assert.Equal(dates.OrderBy(d => d.Key), ReportFigures.DatesOnPage(page).OrderBy(d => d.Key));
            Assert.Equal(shown, Regex.Replace(Between(section, """data-dates="process.worksCouncilMeetings" """, "</td>"), "<[^>]*>|^[^>]*>", ""));
            var figures = ReportFigures.OfPage(page);
            Assert.Equal("2", figures["process.worksCouncilMeetings.count"]);
            Assert.Equal("38", figures["process.preTrajectoryActivities[InformationSession].attendees"]);
            Assert.Equal("3.5", figures["guidance.groupHours"]);
        }
    }
    [Fact]
    public async Task a_twc_meetings_frozen_report_counts_the_meeting_itself_and_says_what_the_live_report_of_that_day_says()
    {
        var caseId = await Pm.SevenIntervals();
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/twc-meetings", new { heldOn = new DateOnly(2027, 6, 30), notes = "Progress" })).StatusCode);
        var live = await Read(caseId, "?asOf=2027-06-30", "application/json");

        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/twc-meetings/2/report");
        request.Headers.Accept.ParseAdd("application/json");
        var frozen = await (await Pm.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Equal("""{"count":2,"dates":["2027-02-27","2027-06-30"]}""", JsonNode.Parse(frozen)!["process"]!["twcMeetings"]!.ToJsonString());
        Assert.False(JsonNode.Parse(frozen)!["final"]!.GetValue<bool>());
        Assert.Equal(Figures(live), Figures(frozen));
    }
}
