using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Participants;

public class PersonalDataTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);
    private static readonly string Dpo = AppFixture.Token("DataProtectionOfficer", "dpo.tests");

    private const string Name = "Godelieve Verhaegen-Uniek";
    private const string Email = "godelieve.uniek@example.be";
    private const string Phone = "+32 499 87 65 43";
    private static readonly DateOnly BirthDate = new(1963, 9, 17);
    private static readonly string Nrn = Insz(BirthDate, 421);

    /// <summary>A case with the person to erase and another participant, through a realistic trajectory.</summary>
    private async Task<(Guid CaseId, Guid Id, Guid Other)> CaseWithPerson()
    {
        var caseId = await Pm.OpenCase();
        // Enrolled under an Idempotency-Key, so the stored answers are searched for the person too.
        var enrolled = await Post($"/api/cases/{caseId}/participants", Enrolment("E-42", BirthDate, 421, Name, Email, Phone), idempotencyKey: "enrol-e42");
        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        var id = JsonSerializer.Deserialize<JsonElement>(await enrolled.Content.ReadAsStringAsync()).GetProperty("id").GetGuid();
        var other = await Pm.Enrol(caseId, Enrolment("E-43", YoungerBirthDate, 2));
        await Pm.Accept(caseId, id);
        await Pm.Session(caseId, id, EnrolledOn.AddDays(1), 6);
        await Pm.Record(caseId, id, "jobs", new { startsOn = new DateOnly(2027, 6, 1), employerName = "Nieuw", contractType = "Indefinite" });
        return (caseId, id, other);
    }

    private Task<HttpResponseMessage> Erase(Guid caseId, Guid id, string token) =>
        Client(token).DeleteAsync($"/api/cases/{caseId}/participants/{id}/personal-data");

    [Fact]
    public async Task erasure_removes_the_person_records_that_it_happened_and_changes_no_figure()
    {
        var (caseId, id, other) = await CaseWithPerson();
        var url = $"/api/cases/{caseId}/participants/{id}?asOf=2027-07-01";
        var before = System.Text.Json.Nodes.JsonNode.Parse((await GetJson(url)).GetRawText())!.AsObject();
        var caseBefore = await GetCase(caseId);

        Assert.Equal(HttpStatusCode.Forbidden, (await Erase(caseId, id, ProjectManager)).StatusCode);
        var erased = await Erase(caseId, id, Dpo);
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);

        var after = System.Text.Json.Nodes.JsonNode.Parse((await GetJson(url)).GetRawText())!.AsObject();
        Assert.True(after["personalDataErased"]!.GetValue<bool>());
        Assert.True(after.ContainsKey("person"));
        Assert.Null(after["person"]);
        foreach (var figure in new[] { "status", "ageAtAnnouncement", "ageBand", "trajectoryEndsOn", "requiredHours", "deliveredHours",
                     "frontLoaded", "extensions", "currentJob", "departure", "enrolledOn", "personnelReference" })
            Assert.Equal(before[figure]?.ToJsonString(), after[figure]?.ToJsonString());
        var caseAfter = await GetCase(caseId);
        Assert.Equal(caseBefore.GetProperty("counts").GetRawText(), caseAfter.GetProperty("counts").GetRawText());
        Assert.Equal(caseBefore.GetProperty("twcAvailableUntil").GetString(), caseAfter.GetProperty("twcAvailableUntil").GetString());

        // The other participant keeps its person.
        Assert.Equal("Person E-43", (await GetJson($"/api/cases/{caseId}/participants/{other}")).GetProperty("person").GetProperty("name").GetString());

        // The erasure is in the history, without personal data; a second one changes nothing.
        var history = await GetJson($"/api/cases/{caseId}/history");
        Assert.Single(history.EnumerateArray(), e => e.GetProperty("type").GetString() == "PersonalDataErased");
        var events = await EventCount(caseId);
        Assert.Equal(HttpStatusCode.NoContent, (await Erase(caseId, id, Dpo)).StatusCode);
        Assert.Equal(events, await EventCount(caseId));
        Assert.Equal(HttpStatusCode.NotFound, (await Erase(caseId, Guid.NewGuid(), Dpo)).StatusCode);
    }

    [Fact]
    public async Task after_erasure_no_table_of_the_database_holds_the_person()
    {
        var (caseId, id, _) = await CaseWithPerson();
        var needles = new[] { Name, "Verhaegen", Nrn, Email, BirthDate.ToString("yyyy-MM-dd"), Phone };
        Assert.NotEmpty(await Hits(needles)); // the search finds the person before erasure
        Assert.Equal(HttpStatusCode.NoContent, (await Erase(caseId, id, Dpo)).StatusCode);
        var hits = await Hits(needles);
        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }

    [Fact]
    public void request_lines_which_hold_query_strings_are_not_logged_by_the_service()
    {
        var configuration = Host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        var level = configuration["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] ?? configuration["Logging:LogLevel:Microsoft.AspNetCore"];
        Assert.Equal("Warning", level);
    }

    /// <summary>Every table of every schema but PostgreSQL's own, each row as text, searched for each value.</summary>
    private async Task<List<string>> Hits(string[] needles)
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables " +
            "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        Assert.Contains(tables, t => t.Contains("mt_events"));
        Assert.Contains(tables, t => t.StartsWith("wolverine") || t.Contains("wolverine"));
        var hits = new List<string>();
        foreach (var table in tables)
            foreach (var needle in needles)
            {
                await using var count = new NpgsqlCommand($"select count(*) from {table} t where t::text ilike '%' || @needle || '%'", connection);
                count.Parameters.AddWithValue("needle", needle);
                if ((long)(await count.ExecuteScalarAsync())! > 0) hits.Add($"{table}: {needle}");
            }
        return hits;
    }

    [Fact]
    public async Task no_log_line_of_a_whole_case_holds_personal_data()
    {
        Fixture.Logs.Start();
        var (caseId, id, _) = await CaseWithPerson();
        // The paths that could leak: a bad INSZ, a search by name, an import with a bad row, a read, an erasure, a refused command.
        await Post($"/api/cases/{caseId}/participants", Enrolment("E-99", BirthDate, 999, Name + " Bis", "bis." + Email, Phone));
        var bad = JsonSerializer.SerializeToNode(Enrolment("E-98", BirthDate, 421, Name, Email, Phone))!;
        bad["person"]!["nationalRegisterNumber"] = Nrn[..10] + (Nrn[10] == '0' ? '1' : '0');
        await PostRaw($"/api/cases/{caseId}/participants", bad.ToJsonString());
        await Pm.GetAsync($"/api/cases/{caseId}/participants?search={Uri.EscapeDataString(Name)}");
        await Pm.GetAsync($"/api/cases/{caseId}/participants/{id}");
        await PostRaw($"/api/cases/{caseId}/participants/import",
            $"personnelReference,name,nationalRegisterNumber,birthDate,email,phone,gender,contractKind,workerCategory,terminationMode,dismissedOn,contractEndsOn,enrolledOn\n" +
            $"E-97,{Name},{Nrn},{BirthDate:yyyy-MM-dd},{Email},{Phone},Female,Indefinite,BlueCollar,Indemnity,2027-04-03,2027-04-03,bad-date\n",
            contentType: "text/csv");
        await Post($"/api/cases/{caseId}/participants/{id}/departure", new { leftOn = EnrolledOn, reason = "LongTermSick" });
        await Post($"/api/cases/{caseId}/participants/{id}/departure", new { leftOn = new DateOnly(2027, 6, 2), reason = "LongTermSick" });
        await PostRaw($"/api/cases/{caseId}/participants/import",
            $"personnelReference,name,nationalRegisterNumber,birthDate,email,phone,gender,contractKind,workerCategory,terminationMode,dismissedOn,contractEndsOn,enrolledOn\n" +
            $"E-96,{Name} Ter,{Insz(BirthDate, 422)},{BirthDate:yyyy-MM-dd},ter.{Email},{Phone},Female,Indefinite,BlueCollar,Indemnity,2027-04-03,2027-04-03,2027-04-05\n",
            contentType: "text/csv");
        await Erase(caseId, id, Dpo);
        // Closing: the cell is available until 2027-10-03 (45 and older: dismissal + 6 months).
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/closure", new { closedOn = new DateOnly(2027, 10, 5) })).StatusCode);
        Fixture.Logs.Stop();

        Assert.True(Fixture.Logs.Lines.Count > 50, $"{Fixture.Logs.Lines.Count} lines: the capture at Debug level works");
        var leaks = Fixture.Logs.Lines.Where(line => new[] { Name, "Verhaegen", Nrn, Email, BirthDate.ToString("yyyy-MM-dd"), Phone, "499 87 65 43" }
            .Any(needle => line.Contains(needle, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }
}
