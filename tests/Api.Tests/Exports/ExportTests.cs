using System.Net;
using System.Text;
using System.Text.Json;
using CollectiveDismissal.Api.Http;
using CollectiveDismissal.Api.Tests.Fixtures;
using Marten.Events;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Exports;

/// <summary>Issue 13 item 4: the participant list as CSV, the report's CSV with personnel references, and the Belgian Excel layout.</summary>
public class ExportTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);
    private static readonly string Dpo = AppFixture.Token("DataProtectionOfficer", "dpo.tests");
    private static readonly string Vdab = AppFixture.TokenWith("Integration", "vdab.adapter", ("service", "vdab"));

    private async Task<HttpResponseMessage> GetCsv(string url, string? token = null, string language = "en")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/csv");
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await Client(token ?? ProjectManager).SendAsync(request);
    }

    /// <summary>The rows of a CSV answer by header, after checking the layout's bytes: plain has no BOM, excel-be starts with one.</summary>
    private static async Task<List<Dictionary<string, string>>> Rows(HttpResponseMessage response, char delimiter = ',')
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        Assert.Equal(delimiter == ';', bom);
        var records = CsvText.Parse(Encoding.UTF8.GetString(bytes), delimiter);
        var header = records[0].Fields;
        return records.Skip(1).Select(r =>
        {
            Assert.Equal(header.Count, r.Fields.Count);
            return header.Zip(r.Fields).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }

    /// <summary>Three participants: E-01 under 45 with 4.5 hours and an intake coach, E-02 aged 50 employed, E-03 who declined.</summary>
    private async Task<(Guid CaseId, Guid Young, Guid Older, Guid Declined)> ThreeParticipants(string youngName = "Anna Peeters",
        string coach = "coach.claes")
    {
        var caseId = await Pm.OpenCase();
        var young = await Pm.Enrol(caseId, Enrolment("E-01", YoungerBirthDate, 1, name: youngName));
        var older = await Pm.Enrol(caseId, Enrolment("E-02", OlderBirthDate, 2, name: "Bart Janssens"));
        var declined = await Pm.Enrol(caseId, Enrolment("E-03", YoungerBirthDate, 3, name: "Chris Wouters"));
        await Pm.Accept(caseId, young);
        await Pm.Record(caseId, young, "intake", new { heldOn = EnrolledOn.AddDays(1), coach });
        await Pm.Session(caseId, young, EnrolledOn.AddDays(2), 3);
        await Pm.Session(caseId, young, EnrolledOn.AddDays(3), 1.5m);
        await Pm.Accept(caseId, older);
        await Pm.Record(caseId, older, "jobs", new { startsOn = new DateOnly(2027, 5, 3), employerName = "Limburg Metaal", contractType = "Indefinite" });
        await Pm.Record(caseId, declined, "outplacement-decision", new { accepted = false, decidedOn = EnrolledOn });
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        return (caseId, young, older, declined);
    }

    [Fact]
    public async Task the_participant_list_exports_every_match_with_status_coach_hours_trajectory_end_and_next_deadline()
    {
        var (caseId, young, older, declined) = await ThreeParticipants();
        // pageSize does not cut the export: all three come, by personnel reference.
        var response = await GetCsv($"/api/cases/{caseId}/participants?asOf=2027-04-20&pageSize=1");
        Assert.Equal($"attachment; filename=participants-{await EnterpriseNumber(caseId)}-2027-04-20.csv", response.Content.Headers.ContentDisposition!.ToString());
        var rows = await Rows(response);
        Assert.Equal(["E-01", "E-02", "E-03"], rows.Select(r => r["Personnel reference"]));
        Assert.Equal([young.ToString(), older.ToString(), declined.ToString()], rows.Select(r => r["Participant id"]));
        Assert.Equal(["Anna Peeters", "Bart Janssens", "Chris Wouters"], rows.Select(r => r["Name"]));
        Assert.Equal(["Searching", "Searching", "Declined"], rows.Select(r => r["Status"]));
        Assert.Equal(["coach.claes", "", ""], rows.Select(r => r["Coach"]));
        Assert.Equal(["4.5", "0", "0"], rows.Select(r => r["Guidance hours"]));
        Assert.Equal(["30", "60", "30"], rows.Select(r => r["Required hours"]));
        Assert.Equal(["2027-07-04", "2027-10-04", "2027-07-04"], rows.Select(r => r["Trajectory ends on"]));
        // The board's first deadline on or after the date: for E-01 the job-seeker registration check 30 days after
        // enrolment (R24). The board reads what is recorded: E-02's job from 2027-05-03 took the deadlines due from then
        // off, and the declined offer all of E-03's.
        Assert.Equal(["2027-05-05", "", ""], rows.Select(r => r["Next deadline"]));
        Assert.Equal(["JobSeekerRegistrationCheck", "", ""], rows.Select(r => r["Next deadline kind"]));

        // Later, E-01's next deadline is the front-loading window's end (15.5 hours missing).
        var later = await Rows(await GetCsv($"/api/cases/{caseId}/participants?asOf=2027-05-10"));
        Assert.Equal(["2027-06-04", "", ""], later.Select(r => r["Next deadline"]));
        Assert.Equal(["FrontLoadingWindowEnd", "", ""], later.Select(r => r["Next deadline kind"]));
        Assert.Equal(["Searching", "Employed", "Declined"], later.Select(r => r["Status"]));
    }

    [Fact]
    public async Task every_filter_of_the_list_applies_to_the_export()
    {
        var (caseId, _, _, _) = await ThreeParticipants();
        async Task<string[]> References(string query) =>
            [.. (await Rows(await GetCsv($"/api/cases/{caseId}/participants?asOf=2027-06-01&{query}"))).Select(r => r["Personnel reference"])];
        Assert.Equal(["E-02"], await References("status=Employed"));
        Assert.Equal(["E-01"], await References("status=Searching"));
        Assert.Equal(["E-02"], await References("ageBand=50-54"));
        Assert.Equal(["E-03"], await References("search=e-03"));
        Assert.Equal(["E-01"], await References("search=anna"));
        Assert.Equal(["E-01", "E-03"], await References("trajectoryEndsWithin=40"));
        Assert.Empty(await References("status=Left"));
        var header = (await (await GetCsv($"/api/cases/{caseId}/participants?status=Left")).Content.ReadAsStringAsync()).Split("\r\n")[0];
        Assert.StartsWith("Participant id,Personnel reference,Name,Status", header);
    }

    [Fact]
    public async Task the_name_is_a_column_only_for_roles_that_see_personal_data()
    {
        var (caseId, _, _, _) = await ThreeParticipants();
        var url = $"/api/cases/{caseId}/participants?asOf=2027-04-20";
        Assert.Equal("Anna Peeters", (await Rows(await GetCsv(url, Dpo)))[0]["Name"]);
        foreach (var token in new[] { Auditor, Vdab })
        {
            var response = await GetCsv(url, token);
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Anna", text);
            Assert.DoesNotContain(Insz(YoungerBirthDate, 1), text);
            var rows = await Rows(response);
            Assert.Equal(3, rows.Count);
            Assert.DoesNotContain("Name", rows[0].Keys);
            Assert.Equal("E-01", rows[0]["Personnel reference"]);
        }
        // Erased: the name's cell is empty, the row stays.
        Assert.Equal(HttpStatusCode.NoContent, (await Client(Dpo).DeleteAsync($"/api/cases/{caseId}/participants/{(await Rows(await GetCsv(url)))[0]["Participant id"]}/personal-data")).StatusCode);
        Assert.Equal(["", "Bart Janssens", "Chris Wouters"], (await Rows(await GetCsv(url))).Select(r => r["Name"]));
    }

    [Fact]
    public async Task the_excel_layout_has_semicolons_decimal_commas_and_a_bom_and_headers_in_the_case_language()
    {
        var (caseId, _, _, _) = await ThreeParticipants(youngName: "Anaïs Dubois, jr.");
        var response = await GetCsv($"/api/cases/{caseId}/participants?asOf=2027-04-20&layout=excel-be", language: "nl");
        Assert.Equal("nl", response.Content.Headers.ContentLanguage.Single());
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFDeelnemer-id;Personeelsnummer;Naam;Status;", text);
        var rows = await Rows(response, ';');
        Assert.Equal("Anaïs Dubois, jr.", rows[0]["Naam"]);
        Assert.Equal("4,5", rows[0]["Begeleidingsuren"]);
        Assert.Equal("2027-07-04", rows[0]["Einde traject"]);

        var plain = await GetCsv($"/api/cases/{caseId}/participants?asOf=2027-04-20&layout=plain");
        Assert.Equal("4.5", (await Rows(plain))[0]["Guidance hours"]);
        var bad = await Problem(await GetCsv($"/api/cases/{caseId}/participants?layout=excel"), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("layout", out _));
    }

    [Fact]
    public async Task a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        var (caseId, _, _, _) = await ThreeParticipants(youngName: "@SUM(A1:A9)", coach: "=HYPERLINK(\"http://x.example\",\"open\")");
        foreach (var layout in new[] { ("plain", ','), ("excel-be", ';') })
        {
            var rows = await Rows(await GetCsv($"/api/cases/{caseId}/participants?asOf=2027-04-20&layout={layout.Item1}"), layout.Item2);
            Assert.Equal("'@SUM(A1:A9)", rows[0]["Name"]);
            Assert.Equal("'=HYPERLINK(\"http://x.example\",\"open\")", rows[0]["Coach"]);
        }
        // The JSON is not a spreadsheet: it keeps the text as typed.
        var json = await GetJson($"/api/cases/{caseId}/participants?asOf=2027-04-20");
        Assert.Equal("@SUM(A1:A9)", json.GetProperty("items")[0].GetProperty("person").GetProperty("name").GetString());
    }

    [Fact]
    public async Task the_report_csv_shows_the_personnel_reference_to_project_managers_not_to_auditors()
    {
        var (caseId, young, _, _) = await ThreeParticipants();
        var pm = await Rows(await GetCsv($"/api/cases/{caseId}/report?asOf=2027-06-01"));
        Assert.Equal("E-01", pm.Single(r => r["Participant id"] == young.ToString())["Personnel reference"]);
        var header = (await (await GetCsv($"/api/cases/{caseId}/report?asOf=2027-06-01")).Content.ReadAsStringAsync()).Split("\r\n")[0];
        Assert.StartsWith("Participant id,Personnel reference,Enrolled on,", header);

        var auditor = await GetCsv($"/api/cases/{caseId}/report?asOf=2027-06-01", Auditor);
        var auditorText = await auditor.Content.ReadAsStringAsync();
        Assert.DoesNotContain("E-01", auditorText);
        Assert.DoesNotContain("Personnel reference", auditorText);
        // The rows are the same otherwise.
        Assert.Equal(pm.Select(r => string.Join("|", r.Where(c => c.Key != "Personnel reference").Select(c => c.Value))),
            (await Rows(auditor)).Select(r => string.Join("|", r.Values)));
    }

    [Fact]
    public async Task the_report_csv_has_the_excel_layout_and_a_file_name_and_the_frozen_report_shows_references_too()
    {
        var (caseId, young, _, _) = await ThreeParticipants();
        var excel = await GetCsv($"/api/cases/{caseId}/report?asOf=2027-06-01&layout=excel-be", language: "fr");
        Assert.Equal($"attachment; filename=report-{await EnterpriseNumber(caseId)}-2027-06-01.csv", excel.Content.Headers.ContentDisposition!.ToString());
        var rows = await Rows(excel, ';');
        Assert.Equal("4,5", rows.Single(r => r["Matricule"] == "E-01")["Heures d'accompagnement"]);
        await Problem(await GetCsv($"/api/cases/{caseId}/report?layout=xlsx"), HttpStatusCode.BadRequest);
        // The JSON ignores a valid layout.
        Assert.Equal(3, (await GetJson($"/api/cases/{caseId}/report?asOf=2027-06-01&layout=excel-be")).GetProperty("enrolled").GetInt32());

        // Closed: the frozen report holds ids only, and its CSV still names the references for a project manager.
        await Pm.Record(caseId, young, "departure", new { leftOn = new DateOnly(2027, 6, 20), reason = "MovedAbroad" });
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/closure", new { closedOn = new DateOnly(2027, 10, 6) })).StatusCode);
        var final = await Rows(await GetCsv($"/api/cases/{caseId}/report"));
        Assert.Equal(["E-01", "E-02", "E-03"], final.Select(r => r["Personnel reference"]).Order());
        var participants = await Rows(await GetCsv($"/api/cases/{caseId}/participants?asOf=2027-10-06"));
        Assert.All(participants, r => Assert.Equal("", r["Next deadline"]));
    }

    [Fact]
    public async Task the_twc_meeting_report_csv_follows_the_same_rules()
    {
        var (caseId, _, _, _) = await ThreeParticipants();
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/twc-meetings", new { heldOn = new DateOnly(2027, 5, 15), notes = "Progress" })).StatusCode);
        var response = await GetCsv($"/api/cases/{caseId}/twc-meetings/1/report?layout=excel-be");
        Assert.Equal($"attachment; filename=twc-meeting-1-report-{await EnterpriseNumber(caseId)}-2027-05-15.csv", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal(["E-01", "E-02", "E-03"], (await Rows(response, ';')).Select(r => r["Personnel reference"]).Order());
        Assert.DoesNotContain("E-01", await (await GetCsv($"/api/cases/{caseId}/twc-meetings/1/report", Auditor)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task the_exports_and_their_layout_are_documented()
    {
        var doc = JsonSerializer.Deserialize<JsonElement>(await Client().GetStringAsync("/swagger/v1/swagger.json"));
        foreach (var path in new[] { "/api/cases/{caseId}/participants", "/api/cases/{caseId}/report", "/api/cases/{caseId}/twc-meetings/{meeting}/report" })
        {
            var get = doc.GetProperty("paths").GetProperty(path).GetProperty("get");
            var ok = get.GetProperty("responses").GetProperty("200");
            Assert.True(ok.GetProperty("content").TryGetProperty("text/csv", out _), path);
            Assert.True(ok.GetProperty("content").TryGetProperty("application/json", out _), path);
            Assert.True(ok.GetProperty("headers").TryGetProperty("Content-Disposition", out _), path);
            var layout = get.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "layout");
            Assert.Equal(["plain", "excel-be"], layout.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains("Belgian", layout.GetProperty("description").GetString());
        }
    }

    /// <summary>The case's enterprise number as the file name writes it (digits only); each test case has its own.</summary>
    private async Task<string> EnterpriseNumber(Guid caseId) =>
        new string((await GetCase(caseId)).GetProperty("employer").GetProperty("enterpriseNumber").GetString()!.Where(char.IsDigit).ToArray());
}
