using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Participants;

/// <summary>
/// Answers with personal data are never stored by a browser, proxy or client cache (<c>Cache-Control: no-store</c>);
/// the case and the report's figures, which hold none, may be kept and revalidated (<c>private, no-cache</c>).
/// </summary>
public class CacheControlTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);
    private static readonly string Dpo = AppFixture.Token("DataProtectionOfficer", "dpo.tests");

    private sealed record Seeded(Guid CaseId, Guid ParticipantId, Guid Left, Guid SessionId, Guid JobId, Guid ExtensionId, Guid DepartureId,
        string Name, string Nrn, string Email);

    /// <summary>A case with two participants: one accepted, with a session, an extension and a job; one who left.</summary>
    private async Task<Seeded> Seed()
    {
        var caseId = await Pm.OpenCase();
        var unique = Guid.NewGuid().ToString("N")[..8];
        var name = $"Cachetest Person {unique}";
        var email = $"cachetest.{unique}@example.be";
        var nrn = Insz(YoungerBirthDate, 41);
        var participantId = await Pm.Enrol(caseId, Enrolment($"C-{unique}", sequence: 41, name: name, email: email));
        await Pm.Accept(caseId, participantId);
        var sessionId = await Pm.Session(caseId, participantId, EnrolledOn.AddDays(1), 2);
        var extensionId = (await Pm.Record(caseId, participantId, "trajectory-extensions",
            new { decidedOn = "2027-06-01", endsOn = "2027-08-01", reason = "Training" }))!.Value;
        var jobId = (await Pm.Record(caseId, participantId, "jobs",
            new { startsOn = "2027-06-01", employerName = "Brouwerij", contractType = "Indefinite" }))!.Value;
        var left = await Pm.Enrol(caseId, Enrolment($"D-{unique}", sequence: 42));
        var departureId = (await Pm.Record(caseId, left, "departure", new { leftOn = "2027-06-01", reason = "Retired" }))!.Value;
        Assert.Equal(HttpStatusCode.NoContent,
            (await Post($"/api/cases/{caseId}/twc-meetings", new { heldOn = new DateOnly(2027, 6, 30), notes = "Progress" })).StatusCode);
        return new Seeded(caseId, participantId, left, sessionId, jobId, extensionId, departureId, name, nrn, email);
    }

    private async Task<HttpResponseMessage> Get(string url, string token, string accept = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        return await Client(token).SendAsync(request);
    }

    private static bool NoStore(HttpResponseMessage response) => response.Headers.CacheControl?.NoStore == true;

    [Fact]
    public async Task participant_reads_lists_and_the_participant_csv_are_never_stored()
    {
        var seeded = await Seed();
        var participant = $"/api/cases/{seeded.CaseId}/participants/{seeded.ParticipantId}";
        foreach (var token in new[] { ProjectManager, Dpo })
        {
            var read = await Get(participant, token);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.True(NoStore(read), $"{participant}: {read.Headers.CacheControl}");
            var list = await Get($"/api/cases/{seeded.CaseId}/participants", token);
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            Assert.True(NoStore(list), $"list: {list.Headers.CacheControl}");
        }
        var csv = await Get($"/api/cases/{seeded.CaseId}/participants", ProjectManager, "text/csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains(seeded.Name, await csv.Content.ReadAsStringAsync());
        Assert.True(NoStore(csv), $"participants CSV: {csv.Headers.CacheControl}");
    }

    [Fact]
    public async Task refusals_and_command_answers_are_never_stored_and_the_case_may_be_revalidated()
    {
        var seeded = await Seed();
        var missing = await Get($"/api/cases/{seeded.CaseId}/participants/{Guid.NewGuid()}", ProjectManager);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(NoStore(missing));
        var enrolled = await Pm.PostAsync($"/api/cases/{seeded.CaseId}/participants",
            new StringContent(JsonSerializer.Serialize(Enrolment("C-new", sequence: 43)), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        Assert.True(NoStore(enrolled));

        var caseRead = await Get($"/api/cases/{seeded.CaseId}", ProjectManager);
        Assert.True(caseRead.Headers.CacheControl is { Private: true, NoCache: true, NoStore: false }, $"{caseRead.Headers.CacheControl}");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{seeded.CaseId}");
        request.Headers.IfNoneMatch.Add(caseRead.Headers.ETag!);
        var notModified = await Pm.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(caseRead.Headers.ETag, notModified.Headers.ETag);
    }

    /// <summary>
    /// Every GET route of the OpenAPI document, in JSON, CSV and HTML, as a project manager and as the data protection
    /// officer (the roles that see personal data): any answer holding a seeded participant's name, national register
    /// number or e-mail address says <c>no-store</c>. At least the participant's reads must hold them, so the walk
    /// cannot pass by reaching nothing.
    /// </summary>
    [Fact]
    public async Task every_get_answer_holding_a_participants_personal_data_says_no_store()
    {
        var seeded = await Seed();
        var document = JsonSerializer.Deserialize<JsonElement>(await Pm.GetStringAsync("/swagger/v1/swagger.json"));
        var routes = document.GetProperty("paths").EnumerateObject().Where(p => p.Value.TryGetProperty("get", out _)).Select(p => p.Name).ToList();
        Assert.True(routes.Count >= 15, $"only {routes.Count} GET routes in the document");

        var leaks = new List<string>();
        var holding = new HashSet<string>();
        var statuses = new List<string>();
        foreach (var route in routes)
        {
            var url = route.Replace("{caseId}", seeded.CaseId.ToString())
                .Replace("{participantId}/departure", $"{seeded.Left}/departure")
                .Replace("{participantId}", seeded.ParticipantId.ToString())
                .Replace("{sessionId}", seeded.SessionId.ToString()).Replace("{jobId}", seeded.JobId.ToString())
                .Replace("{extensionId}", seeded.ExtensionId.ToString()).Replace("{departureId}", seeded.DepartureId.ToString())
                .Replace("{meeting}", "1").Replace("{service}", "vdab").Replace("{messageId}", "vdab-2025-000124");
            Assert.DoesNotContain("{", url);
            foreach (var token in new[] { ProjectManager, Dpo })
                foreach (var accept in new[] { "application/json", "text/csv", "text/html" })
                {
                    var response = await Get(url, token, accept);
                    var body = await response.Content.ReadAsStringAsync();
                    statuses.Add($"{route} {accept} {(int)response.StatusCode}");
                    if (!HoldsPersonalData(body, seeded)) continue;
                    holding.Add(route);
                    if (!NoStore(response))
                        leaks.Add($"{route} ({accept}, {(token == Dpo ? "dpo" : "pm")}): {(int)response.StatusCode}, Cache-Control: {response.Headers.CacheControl}");
                }
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        Assert.Contains("/api/cases/{caseId}/participants/{participantId}", holding);
        Assert.Contains("/api/cases/{caseId}/participants", holding);
    }

    private static bool HoldsPersonalData(string body, Seeded seeded)
    {
        if (body.Contains(seeded.Name) || body.Contains(seeded.Email) || body.Contains(seeded.Nrn)) return true;
        // A national register number may be formatted (85.07.30-041.xx) or split by escaping: compare its digits.
        return new string(body.Where(char.IsAsciiDigit).ToArray()).Contains(seeded.Nrn);
    }
}
