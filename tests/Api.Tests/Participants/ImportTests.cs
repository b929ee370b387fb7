using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Domain.Participants;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Participants;

public class ImportTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);
    private const string Header = "personnelReference,name,nationalRegisterNumber,birthDate,email,phone,gender,contractKind,workerCategory,terminationMode,dismissedOn,contractEndsOn,enrolledOn";

    private static string Row(string reference, DateOnly birthDate, int sequence, string? insz = null, string gender = "Male",
        string dismissedOn = "2027-04-03", string name = "") =>
        $"{reference},\"{(name == "" ? $"Doe, {reference}" : name)}\",{insz ?? Insz(birthDate, sequence)},{birthDate:yyyy-MM-dd},{reference.ToLowerInvariant()}@example.be,,{gender},Indefinite,WhiteCollar,NoticeWorked,{dismissedOn},2027-04-30,2027-05-02";

    private Task<HttpResponseMessage> Import(Guid caseId, string csv, string contentType = "text/csv") =>
        PostRaw($"/api/cases/{caseId}/participants/import", csv, contentType: contentType);

    private async Task<int> PersonalRecords()
    {
        await using var session = Store.QuerySession();
        return await Marten.QueryableExtensions.CountAsync(session.Query<PersonalRecord>());
    }

    [Fact]
    public async Task a_good_file_enrols_everyone_in_one_transaction()
    {
        var caseId = await Pm.OpenCase();
        var before = await EventCount(caseId);
        var csv = string.Join("\r\n", [Header, .. Enumerable.Range(1, 25).Select(i => Row($"E-{i:000}", new DateOnly(1960 + i, 1 + i % 12, 1 + i), i))]) + "\r\n";
        var response = await Import(caseId, csv);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(25, body.GetProperty("enrolled").GetInt32());
        Assert.Equal(2, body.GetProperty("participants")[0].GetProperty("line").GetInt32());
        Assert.Equal(before + 25, await EventCount(caseId));
        Assert.Equal($"\"{before + 25}\"", response.Headers.ETag!.Tag);
        Assert.Equal(25, await PersonalRecords());
        var details = await GetCase(caseId);
        Assert.Equal(25, details.GetProperty("counts").GetProperty("participants").GetInt32());

        var first = body.GetProperty("participants")[0].GetProperty("id").GetGuid();
        var p = await GetJson($"/api/cases/{caseId}/participants/{first}");
        Assert.Equal("Doe, E-001", p.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal("WhiteCollar", p.GetProperty("workerCategory").GetString());
    }

    [Fact]
    public async Task semicolons_quotes_and_line_breaks_inside_quotes_are_read()
    {
        var caseId = await Pm.OpenCase();
        var csv = Header.Replace(',', ';') + "\n"
                  + $"\"E-1\";\"Van den \"\"Bos\"\"\";{Insz(YoungerBirthDate, 5)};1985-07-30;;;X;FixedTerm;Executive;Indemnity;2027-04-03;2027-04-03;2027-04-05\n";
        var response = await Import(caseId, csv);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("participants")[0].GetProperty("id").GetGuid();
        Assert.Equal("Van den \"Bos\"", (await GetJson($"/api/cases/{caseId}/participants/{id}")).GetProperty("person").GetProperty("name").GetString());
    }

    [Fact]
    public async Task one_bad_row_enrols_nobody_and_every_bad_row_is_listed_with_its_line()
    {
        var caseId = await Pm.OpenCase();
        await Pm.Enrol(caseId, Enrolment("E-900", sequence: 900));
        var before = await EventCount(caseId);
        var csv = string.Join("\n",
            Header,
            Row("E-001", new DateOnly(1970, 1, 1), 1),                              // line 2: good
            Row("E-002", new DateOnly(1970, 1, 2), 2, insz: "70010200299"),         // line 3: bad check digits
            Row("E-001", new DateOnly(1970, 1, 3), 3),                              // line 4: twice in the file
            Row("E-900", new DateOnly(1970, 1, 4), 4),                              // line 5: already in the case
            Row("E-005", new DateOnly(1970, 1, 5), 5, gender: "Unknown"),           // line 6: bad enum
            Row("E-006", new DateOnly(1970, 1, 6), 6, dismissedOn: "2027-04-02"),   // line 7: dismissed in the waiting period
            Row("E-007", new DateOnly(1970, 1, 7), 7, dismissedOn: "03/04/2027"),   // line 8: not a date
            Row("E-008", new DateOnly(1970, 1, 8), 8));                              // line 9: good
        var problem = await Problem(await Import(caseId, csv), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["line 3", "line 4", "line 5", "line 6", "line 7", "line 8"], errors.EnumerateObject().Select(e => e.Name).Order().ToArray());
        Assert.Contains("nationalRegisterNumber", errors.GetProperty("line 3")[0].GetString());
        Assert.Contains("line 2", errors.GetProperty("line 4")[0].GetString());
        Assert.Contains("enrolment.personnel-reference-taken", errors.GetProperty("line 5")[0].GetString());
        Assert.Contains("gender", errors.GetProperty("line 6")[0].GetString());
        Assert.Contains("enrolment.dismissed-during-waiting-period", errors.GetProperty("line 7")[0].GetString());
        Assert.Contains("dismissedOn", errors.GetProperty("line 8")[0].GetString());
        Assert.DoesNotContain("70010200299", problem.GetRawText());
        Assert.Equal(before, await EventCount(caseId));
        Assert.Equal(1, await PersonalRecords());
    }

    [Theory]
    [InlineData("")]
    [InlineData("personnelReference,name\nE-1,A")]
    [InlineData(Header + ",salary\n")]
    [InlineData(Header)]
    [InlineData(Header + "\n\"E-1,unclosed")]
    public async Task a_file_that_cannot_be_read_is_400(string csv)
    {
        var caseId = await Pm.OpenCase();
        var before = await EventCount(caseId);
        var problem = await Problem(await Import(caseId, csv), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any(), problem.GetRawText());
        Assert.Equal(before, await EventCount(caseId));
    }

    [Fact]
    public async Task not_csv_is_415_and_not_utf8_is_400()
    {
        var caseId = await Pm.OpenCase();
        await Problem(await Import(caseId, "{}", "application/json"), HttpStatusCode.UnsupportedMediaType);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/participants/import")
        {
            Content = new ByteArrayContent([.. Encoding.UTF8.GetBytes(Header + "\n"), 0xFF, 0xFE, 0x41])
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "text/csv");
        await Problem(await Pm.SendAsync(request), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task an_import_into_a_case_without_an_open_cell_is_409()
    {
        var caseId = await Pm.PrepareCase();
        var problem = await Problem(await Import(caseId, Header + "\n" + Row("E-1", YoungerBirthDate, 1)), HttpStatusCode.Conflict);
        Assert.Equal("enrolment.needs-open-cell", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task a_retried_import_with_its_idempotency_key_enrols_once_and_gets_the_same_answer()
    {
        var caseId = await Pm.OpenCase();
        var csv = string.Join("\n", [Header, .. Enumerable.Range(1, 40).Select(i => Row($"E-{i:000}", new DateOnly(1970, 1, 1).AddDays(i), i))]);
        var first = await PostRaw($"/api/cases/{caseId}/participants/import", csv, idempotencyKey: "import-1", contentType: "text/csv");
        var again = await PostRaw($"/api/cases/{caseId}/participants/import", csv, idempotencyKey: "import-1", contentType: "text/csv");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(40, (await GetCase(caseId)).GetProperty("counts").GetProperty("participants").GetInt32());
        Assert.Equal(40, await PersonalRecords());
    }

    [Fact]
    public async Task a_file_longer_than_one_chunk_is_still_one_command_with_one_answer()
    {
        // 1,201 rows: three units of work (CaseCommands.ChunkSize 500) in one transaction.
        var caseId = await Pm.OpenCase();
        var before = await EventCount(caseId);
        var rows = 2 * CollectiveDismissal.Api.Commands.CaseCommands.ChunkSize + 201;
        var csv = string.Join("\n", [Header, .. Enumerable.Range(1, rows).Select(i => Row($"E-{i:0000}", new DateOnly(1970, 1, 1).AddDays(i), i % 900 + 1))]);
        var first = await PostRaw($"/api/cases/{caseId}/participants/import", csv, idempotencyKey: "import-chunks", contentType: "text/csv");
        Assert.True(first.StatusCode == HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var again = await PostRaw($"/api/cases/{caseId}/participants/import", csv, idempotencyKey: "import-chunks", contentType: "text/csv");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal($"\"{before + rows}\"", first.Headers.ETag!.Tag);
        Assert.Equal(before + rows, await EventCount(caseId));
        Assert.Equal(rows, await PersonalRecords());
        Assert.Equal(rows, (await GetCase(caseId)).GetProperty("counts").GetProperty("participants").GetInt32());
        var last = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("participants")[rows - 1];
        Assert.Equal(rows + 1, last.GetProperty("line").GetInt32());
        var p = await GetJson($"/api/cases/{caseId}/participants/{last.GetProperty("id").GetGuid()}");
        Assert.Equal($"E-{rows:0000}", p.GetProperty("personnelReference").GetString());

        // The references of the last chunk are taken: importing one of them again is a bad row.
        var problem = await Problem(await Import(caseId, Header + "\n" + Row($"E-{rows:0000}", new DateOnly(1990, 1, 1), 7)), HttpStatusCode.BadRequest);
        Assert.Contains("enrolment.personnel-reference-taken", problem.GetRawText());
    }

    [Fact]
    public async Task the_sample_file_in_the_repository_imports_into_the_readme_case()
    {
        // The README's walkthrough, with its dates: the sample's dismissals fall after that case's waiting period.
        var caseId = await Pm.PrepareCase();
        foreach (var (path, body) in new (string, object)[]
                 {
                     ("intention", new { announcedOn = "2025-01-04", informedBody = "WorksCouncil" }),
                     ("works-council-meetings", new { heldOn = "2025-01-05" }),
                     ("consultation-closure", new { closedOn = "2025-02-01" }),
                     ("notification", new { notifiedOn = "2025-02-03" }),
                     ("employment-cell", new { openedOn = "2025-02-15", spoc = "Tom Wouters" })
                 })
            Assert.Equal(HttpStatusCode.NoContent, (await Pm.PostAsJsonAsync($"/api/cases/{caseId}/{path}", body)).StatusCode);
        var sample = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "src", "Api", "Participants", "Enrolment", "participants-sample.csv"));
        var response = await Import(caseId, sample);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CollectiveDismissal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
