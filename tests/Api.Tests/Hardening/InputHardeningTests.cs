using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CollectiveDismissal.Api.Http;
using CollectiveDismissal.Api.Tests.Fixtures;

namespace CollectiveDismissal.Api.Tests.Hardening;

/// <summary>One test per finding of the hostile-input review: each failed before its fix.</summary>
public class InputHardeningTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private const string Name = "Zelda Quisquater";
    private static readonly string Nrn = ParticipantScenarios.Insz(ParticipantScenarios.YoungerBirthDate, 7);

    private static readonly (string Path, object Body)[] ParticipantCommands =
    [
        ("outplacement-decision", new { accepted = true, decidedOn = "2027-04-05" }),
        ("intake", new { heldOn = "2027-04-06" }),
        ("guidance-sessions", new { heldOn = "2027-04-07", hours = 2, kind = "Individual", services = new[] { "JobSearchCampaign" } }),
        ("trajectory-extensions", new { decidedOn = "2027-06-01", endsOn = "2027-08-01", reason = "Training" }),
        ("jobs", new { startsOn = "2027-06-01", employerName = "Brouwerij", contractType = "Indefinite" }),
        ("aftercare-closure", new { closedOn = "2027-09-01", stillEmployed = true }),
        ("departure", new { leftOn = "2027-06-01", reason = "Retired" }),
        ("job-seeker-registration", new { registeredOn = "2027-04-04", service = "VDAB" }),
        ("coach", new { coach = "coach.claes", from = "2027-04-05" }),
        ("aftercare-contacts", new { heldOn = "2027-09-01", hours = 0.5, note = "Call" })
    ];

    [Fact]
    public async Task an_all_zero_case_id_is_404_on_every_command_route_the_import_and_the_erasure()
    {
        var zero = Guid.Empty;
        // Valid bodies, so that only the id can be wrong.
        foreach (var (path, body) in CaseScenarios.Procedure)
            await Problem(await Post($"/api/cases/{zero}/{path}", body), HttpStatusCode.NotFound);
        await Problem(await Post($"/api/cases/{zero}/closure", new { closedOn = "2027-06-01" }), HttpStatusCode.NotFound);
        await Problem(await Post($"/api/cases/{zero}/participants", ParticipantScenarios.Enrolment("E-1")), HttpStatusCode.NotFound);
        foreach (var (path, body) in ParticipantCommands)
            await Problem(await Post($"/api/cases/{zero}/participants/{zero}/{path}", body), HttpStatusCode.NotFound);
        await Problem(await PostRaw($"/api/cases/{zero}/participants/import", ParticipantCsvHeader + "\n" + CsvRow("E-1", Name), contentType: "text/csv"),
            HttpStatusCode.NotFound);
        var erase = new HttpRequestMessage(HttpMethod.Delete, $"/api/cases/{zero}/participants/{zero}/personal-data");
        await Problem(await Client(AppFixture.Token("DataProtectionOfficer", "dpo.tests")).SendAsync(erase), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("\\u0000")]
    [InlineData("\\ud800")]
    [InlineData("\\udc00x")]
    [InlineData("\\ud800\\ud800")]
    public async Task text_postgresql_cannot_store_is_a_400_field_error_that_changes_nothing_and_names_no_one(string bad)
    {
        var client = Client(ProjectManager);
        var caseId = await client.OpenCase();
        var before = await EventCount();
        Fixture.Logs.Start();
        var json = JsonSerializer.Serialize(ParticipantScenarios.Enrolment("E-1", name: Name, sequence: 7), Json.Options)
            .Replace(Name, Name + bad);
        var response = await PostRaw($"/api/cases/{caseId}/participants", json);
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(StorableText.Message, problem.GetProperty("errors").GetProperty("person.name")[0].GetString());

        var session = await PostRaw($"/api/cases/{caseId}/information-sessions",
            $$"""{"heldOn":"2027-01-07","kind":"Workshop","attendees":3,"topic":"CV {{bad}}"}""");
        Assert.Equal(StorableText.Message, (await Problem(session, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("topic")[0].GetString());
        Fixture.Logs.Stop();

        Assert.Equal(before, await EventCount());
        Assert.DoesNotContain(Name, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(Fixture.Logs.Lines, line => line.Contains(Name));
    }

    [Fact]
    public async Task a_nul_in_a_csv_field_is_a_400_for_its_line_and_column_that_names_no_one()
    {
        var caseId = await Client(ProjectManager).OpenCase();
        var csv = ParticipantCsvHeader + "\n" + CsvRow("E-1", "Ann Aerts") + "\n" + CsvRow("E-2", Name + "\0");
        var response = await PostRaw($"/api/cases/{caseId}/participants/import", csv, contentType: "text/csv");
        var errors = (await Problem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal($"name: {StorableText.Message}", errors.GetProperty("line 3")[0].GetString());
        Assert.DoesNotContain(Name, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, (await GetJson($"/api/cases/{caseId}/participants")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/cases?projectManager=pm%00x")]
    [InlineData("/api/deadlines?projectManager=pm%00x")]
    [InlineData("/api/cases/{0}/participants?search=Ann%00")]
    [InlineData("/api/cases/{0}/participants?page=1&search=%00")]
    [InlineData("/api/cases?pm%00=x")]
    public async Task a_query_value_postgresql_cannot_store_is_a_400(string url)
    {
        var caseId = await Client(ProjectManager).OpenCase();
        var response = await Client(ProjectManager).GetAsync(url.Replace("{0}", caseId.ToString()));
        var errors = (await Problem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        var named = url.Contains("pm%00=") ? "query" : url.Contains("search") ? "search" : "projectManager";
        Assert.EndsWith(StorableText.Message, errors.GetProperty(named)[0].GetString());
    }

    [Fact]
    public async Task a_query_value_is_at_most_200_characters_as_the_openapi_document_says()
    {
        var problem = await Problem(await Client(ProjectManager).GetAsync($"/api/cases?projectManager={new string('x', 201)}"), HttpStatusCode.BadRequest);
        Assert.Equal("At most 200 characters.", problem.GetProperty("errors").GetProperty("projectManager")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await Client(ProjectManager).GetAsync($"/api/cases?projectManager={new string('x', 200)}")).StatusCode);

        var doc = JsonSerializer.Deserialize<JsonElement>(await Client().GetStringAsync("/swagger/v1/swagger.json"));
        var parameter = doc.GetProperty("paths").GetProperty("/api/cases").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "projectManager");
        Assert.Equal(200, parameter.GetProperty("schema").GetProperty("maxLength").GetInt32());
        Assert.True(doc.GetProperty("paths").GetProperty("/api/cases").GetProperty("post").GetProperty("responses").TryGetProperty("413", out _));
    }

    [Fact]
    public async Task recorded_before_takes_any_offset_and_refuses_dates_beyond_the_calendar()
    {
        var client = Client(ProjectManager);
        var caseId = await client.PrepareCase();
        var created = (await GetJson($"/api/cases/{caseId}/history"))[0].GetProperty("timestamp").GetDateTimeOffset();
        var justAfter = created.AddSeconds(1).ToOffset(TimeSpan.FromHours(1));
        var belgian = Uri.EscapeDataString(justAfter.ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz"));
        Assert.Equal(1, (await GetCase(caseId, $"?recordedBefore={belgian}")).GetProperty("version").GetInt64());
        var before = Uri.EscapeDataString(created.AddSeconds(-1).ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz"));
        await Problem(await client.GetAsync($"/api/cases/{caseId}?recordedBefore={before}"), HttpStatusCode.NotFound);

        foreach (var far in new[] { "0001-01-01", "9999-12-31T23:59:59Z", "1899-12-31T23:00:00Z" })
        {
            var problem = await Problem(await client.GetAsync($"/api/cases/{caseId}?recordedBefore={far}"), HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("recordedBefore", out _));
        }
    }

    [Fact]
    public async Task a_csv_without_its_header_line_names_unknown_columns_by_position_and_echoes_no_one()
    {
        var caseId = await Client(ProjectManager).OpenCase();
        var response = await PostRaw($"/api/cases/{caseId}/participants/import", CsvRow("E-1042", Name), contentType: "text/csv");
        var text = await response.Content.ReadAsStringAsync();
        var file = (await Problem(response, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.Contains("Unknown columns at positions 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13", file);
        foreach (var value in new[] { Name, Nrn, "E-1042", "zelda@example.be" }) Assert.DoesNotContain(value, text);

        var header = ParticipantCsvHeader.Replace("phone", Nrn);
        response = await PostRaw($"/api/cases/{caseId}/participants/import", header + "\n" + CsvRow("E-1", "Ann Aerts"), contentType: "text/csv");
        Assert.Contains("Unknown columns at positions 6 ", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(Nrn, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task a_member_name_that_is_personal_data_is_not_echoed()
    {
        var caseId = await Client(ProjectManager).OpenCase();
        var json = JsonSerializer.Serialize(ParticipantScenarios.Enrolment("E-1", sequence: 7), Json.Options);
        foreach (var body in new[] { json.Replace("\"gender\"", $"\"{Nrn}\":1,\"gender\""), json.Replace("\"email\"", $"\"{Name}\":\"x\",\"email\"") })
        {
            var response = await PostRaw($"/api/cases/{caseId}/participants", body);
            var text = await response.Content.ReadAsStringAsync();
            var errors = (await Problem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
            Assert.StartsWith("Unknown member", errors.EnumerateObject().Single().Value[0].GetString());
            Assert.DoesNotContain(Nrn, text);
            Assert.DoesNotContain(Name, text);
        }
    }

    [Fact]
    public async Task collections_and_strings_are_bounded_and_the_bounds_are_in_the_openapi_document()
    {
        var dossier = JsonSerializer.SerializeToElement(CaseScenarios.Dossier(), Json.Options);
        var reasons = Enumerable.Range(1, 51).Select(i => $"Reason {i}").ToArray();
        var tooMany = JsonSerializer.Serialize(new
        {
            employer = dossier.GetProperty("employer"), averageHeadcount = 250, plannedDismissals = 40, reasons, projectManager = "pm"
        }, Json.Options);
        var problem = await Problem(await PostRaw("/api/cases", tooMany), HttpStatusCode.BadRequest);
        Assert.Equal("At most 50 items.", problem.GetProperty("errors").GetProperty("reasons")[0].GetString());
        Assert.Equal(0, await EventCount());

        var doc = JsonSerializer.Deserialize<JsonElement>(await Client().GetStringAsync("/swagger/v1/swagger.json"));
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        var prepare = schemas.GetProperty("PrepareDossierRequest").GetProperty("properties");
        Assert.Equal(50, prepare.GetProperty("reasons").GetProperty("maxItems").GetInt32());
        Assert.Equal(2000, prepare.GetProperty("reasons").GetProperty("items").GetProperty("maxLength").GetInt32());
        Assert.Equal(200, schemas.GetProperty("PersonRequest").GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32());

        // Every string and list of every request body declares its maximum.
        var requests = typeof(IValidatedRequest).Assembly.GetTypes().Where(t => typeof(IValidatedRequest).IsAssignableFrom(t) && !t.IsInterface);
        Assert.Empty(requests.SelectMany(t => RequestBounds.Unbounded(t, t.Name + ".")));
    }

    [Fact]
    public async Task a_body_beyond_the_limit_is_413_with_or_without_its_length_and_the_import_has_a_larger_one()
    {
        var big = "{\"reasons\":[\"" + new string('x', (int)RequestGate.DefaultMaxBodyBytes) + "\"]}";
        await Problem(await PostRaw("/api/cases", big), HttpStatusCode.RequestEntityTooLarge);

        var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = new UnsizedContent(big) };
        await Problem(await Client(ProjectManager).SendAsync(chunked), HttpStatusCode.RequestEntityTooLarge);

        var caseId = await Client(ProjectManager).OpenCase();
        // The employer's list may be larger than a command: 1 MB of rows is read (and refused for its rows, not its size) …
        var rows = string.Join("\n", Enumerable.Range(1, 5_000).Select(i => CsvRow($"E-{i}", $"Person {i}", sequence: 0)));
        var response = await PostRaw($"/api/cases/{caseId}/participants/import", ParticipantCsvHeader + "\n" + rows, contentType: "text/csv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // … and beyond its own limit it is 413 too.
        var huge = ParticipantCsvHeader + "\n" + new string('x', 11 * 1024 * 1024);
        await Problem(await PostRaw($"/api/cases/{caseId}/participants/import", huge, contentType: "text/csv"), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, (await GetJson($"/api/cases/{caseId}/participants")).GetProperty("total").GetInt32());
    }

    private const string ParticipantCsvHeader =
        "personnelReference;name;nationalRegisterNumber;birthDate;email;phone;gender;contractKind;workerCategory;terminationMode;dismissedOn;contractEndsOn;enrolledOn";

    private static string CsvRow(string reference, string name, int sequence = 7) =>
        $"{reference};{name};{(sequence == 0 ? "00000000000" : Nrn)};1985-07-30;zelda@example.be;+32 470 12 34 56;Female;Indefinite;BlueCollar;Indemnity;2027-04-03;2027-04-03;2027-04-05";

    /// <summary>A body sent without Content-Length, as a chunked upload is.</summary>
    private sealed class UnsizedContent : HttpContent
    {
        private readonly string text;

        public UnsizedContent(string text)
        {
            this.text = text;
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
