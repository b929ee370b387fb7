using System.Net;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Participants;

/// <summary>Issue 13 item 5: a participant's coach, assigned and changed, and the caseloads per coach.</summary>
public class CoachTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);

    private Task<HttpResponseMessage> AssignCoach(Guid caseId, Guid participantId, object body) =>
        Post($"/api/cases/{caseId}/participants/{participantId}/coach", body);

    [Fact]
    public async Task the_intakes_coach_is_the_first_and_a_change_shows_from_its_date()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Accept(caseId, id);
        await Pm.Record(caseId, id, "intake", new { heldOn = EnrolledOn.AddDays(1), coach = "coach.claes" });
        var response = await AssignCoach(caseId, id, new { coach = "  coach.wouters ", from = EnrolledOn.AddDays(30) });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);

        var before = await GetJson($"/api/cases/{caseId}/participants/{id}?asOf={EnrolledOn.AddDays(29):yyyy-MM-dd}");
        Assert.Equal("coach.claes", before.GetProperty("coach").GetString());
        Assert.Equal(1, before.GetProperty("coaches").GetArrayLength());
        var after = await GetJson($"/api/cases/{caseId}/participants/{id}?asOf={EnrolledOn.AddDays(30):yyyy-MM-dd}");
        Assert.Equal("coach.wouters", after.GetProperty("coach").GetString());
        Assert.Equal("""[{"coach":"coach.claes","from":"2027-04-06"},{"coach":"coach.wouters","from":"2027-05-05"}]""",
            after.GetProperty("coaches").GetRawText());
        Assert.Equal("CoachAssigned", (await GetJson($"/api/cases/{caseId}/history")).EnumerateArray().Last().GetProperty("type").GetString());

        // The list filters on the coach of its date.
        async Task<int> Total(string query) => (await GetJson($"/api/cases/{caseId}/participants?{query}")).GetProperty("total").GetInt32();
        Assert.Equal(1, await Total("asOf=2027-05-05&coach=coach.wouters"));
        Assert.Equal(0, await Total("asOf=2027-05-04&coach=coach.wouters"));
        Assert.Equal(1, await Total("asOf=2027-05-04&coach=coach.claes&status=Searching"));
        Assert.Equal(0, await Total("asOf=2027-05-04&coach=coach.claes&status=Employed"));

        // The export names the coach of its date.
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/participants?asOf=2027-05-05");
        request.Headers.Accept.ParseAdd("text/csv");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var csv = CollectiveDismissal.Api.Http.CsvText.Parse(await (await Pm.SendAsync(request)).Content.ReadAsStringAsync(), ',');
        Assert.Equal("coach.wouters", csv[1].Fields[csv[0].Fields.ToList().IndexOf("Coach")]);
    }

    [Fact]
    public async Task a_coach_needs_a_name_and_a_date_and_the_rules_refuse_what_does_not_follow()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        var before = await EventCount(caseId);
        var missing = await Problem(await AssignCoach(caseId, id, new { coach = " " }), HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("coach", out _));
        Assert.True(missing.GetProperty("errors").TryGetProperty("from", out _));
        var tooLong = await Problem(await AssignCoach(caseId, id, new { coach = new string('c', 201), from = EnrolledOn }), HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("coach", out _));
        var early = await Problem(await AssignCoach(caseId, id, new { coach = "coach.claes", from = EnrolledOn.AddDays(-1) }), HttpStatusCode.Conflict);
        Assert.Equal("coach.before-enrolment", early.GetProperty("rule").GetString());
        Assert.Equal(before, await EventCount(caseId));

        Assert.Equal(HttpStatusCode.NoContent, (await AssignCoach(caseId, id, new { coach = "coach.claes", from = EnrolledOn.AddDays(5) })).StatusCode);
        Assert.Equal("coach.before-current", (await Problem(await AssignCoach(caseId, id, new { coach = "coach.maes", from = EnrolledOn.AddDays(4) }),
            HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("coach.unchanged", (await Problem(await AssignCoach(caseId, id, new { coach = "coach.claes", from = EnrolledOn.AddDays(9) }),
            HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await Problem(await AssignCoach(caseId, Guid.NewGuid(), new { coach = "coach.claes", from = EnrolledOn }), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await Post($"/api/cases/{caseId}/participants/{id}/coach", new { coach = "coach.maes", from = EnrolledOn.AddDays(6) }, Auditor)).StatusCode);
    }

    [Fact]
    public async Task caseloads_count_each_coachs_participants_by_status_across_open_cases()
    {
        var first = await Pm.OpenCase();
        var a1 = await Pm.Enrol(first, Enrolment("A-1", sequence: 1));
        var a2 = await Pm.Enrol(first, Enrolment("A-2", sequence: 2));
        var a3 = await Pm.Enrol(first, Enrolment("A-3", sequence: 3));
        await Pm.Enrol(first, Enrolment("A-4", sequence: 4));
        await Pm.Accept(first, a1);
        await Pm.Record(first, a1, "intake", new { heldOn = EnrolledOn, coach = "coach.claes" });
        await Pm.Record(first, a1, "jobs", new { startsOn = new DateOnly(2027, 5, 10), employerName = "Brouwerij", contractType = "Indefinite" });
        Assert.Equal(HttpStatusCode.NoContent, (await AssignCoach(first, a2, new { coach = "coach.claes", from = EnrolledOn })).StatusCode);
        await Pm.Record(first, a2, "departure", new { leftOn = EnrolledOn.AddDays(20), reason = "MovedAbroad" });
        Assert.Equal(HttpStatusCode.NoContent, (await AssignCoach(first, a3, new { coach = "coach.wouters", from = EnrolledOn })).StatusCode);

        var other = await Client(AppFixture.Token("ProjectManager", "pm.other")).PrepareCase(CaseScenarios.Dossier(projectManager: "pm.other"));
        await Pm.Run(other, 7);
        var b1 = await Pm.Enrol(other, Enrolment("B-1", sequence: 5));
        Assert.Equal(HttpStatusCode.NoContent, (await AssignCoach(other, b1, new { coach = "coach.claes", from = EnrolledOn.AddDays(1) })).StatusCode);

        async Task<JsonElement[]> Loads(string query = "") =>
            [.. (await GetJson($"/api/coaches?asOf=2027-06-01{query}", Auditor)).GetProperty("items").EnumerateArray()];
        var loads = await Loads();
        Assert.Equal("""{"coach":"coach.claes","cases":2,"participants":3,"employed":1,"searching":1,"declined":0,"left":1}""", loads[0].GetRawText());
        Assert.Equal("""{"coach":"coach.wouters","cases":1,"participants":1,"employed":0,"searching":1,"declined":0,"left":0}""", loads[1].GetRawText());
        Assert.Equal("""{"coach":null,"cases":1,"participants":1,"employed":0,"searching":1,"declined":0,"left":0}""", loads[2].GetRawText());
        Assert.Equal(3, loads.Length);

        // On the enrolment day B-1 had no coach yet; before the enrolment nobody is counted.
        Assert.Equal("""{"coach":null,"cases":1,"participants":1,"employed":0,"searching":1,"declined":0,"left":0}""",
            (await GetJson("/api/coaches?asOf=2027-04-05&projectManager=pm.other")).GetProperty("items").EnumerateArray().Single().GetRawText());
        Assert.Equal("""{"coach":"coach.claes","cases":1,"participants":1,"employed":0,"searching":1,"declined":0,"left":0}""",
            (await Loads("&projectManager=pm.other")).Single().GetRawText());
        Assert.Equal(["coach.claes", "coach.wouters", null], (await Loads($"&caseId={first}")).Select(l => l.GetProperty("coach").GetString()));
        Assert.Empty((await GetJson("/api/coaches?asOf=2027-04-04")).GetProperty("items").EnumerateArray());
        var page = await GetJson("/api/coaches?asOf=2027-06-01&pageSize=1&page=2");
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal("coach.wouters", page.GetProperty("items")[0].GetProperty("coach").GetString());

        // A closed case leaves the caseloads; asked for by id it still shows.
        await Pm.Record(first, a3, "departure", new { leftOn = EnrolledOn.AddDays(20), reason = "MovedAbroad" });
        foreach (var p in new[] { "A-4" })
        {
            var id = (await GetJson($"/api/cases/{first}/participants?search={p}")).GetProperty("items")[0].GetProperty("id").GetGuid();
            await Pm.Record(first, id, "departure", new { leftOn = EnrolledOn.AddDays(20), reason = "MovedAbroad" });
        }
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{first}/closure", new { closedOn = new DateOnly(2027, 10, 6) })).StatusCode);
        Assert.Equal("""{"coach":"coach.claes","cases":1,"participants":1,"employed":0,"searching":1,"declined":0,"left":0}""",
            (await Loads()).Single().GetRawText());
        Assert.Equal(3, (await Loads($"&caseId={first}")).Length);

        // A cancelled case (created by mistake) leaves them too.
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{other}/cancellation", new { reason = "Created twice." })).StatusCode);
        Assert.Empty(await Loads());

        Assert.Equal(HttpStatusCode.Forbidden,
            (await Client(AppFixture.TokenWith("Integration", "vdab.adapter", ("service", "vdab"))).GetAsync("/api/coaches")).StatusCode);
        await Problem(await Pm.GetAsync("/api/coaches?asOf=2027-13-01"), HttpStatusCode.BadRequest);
        await Problem(await Pm.GetAsync("/api/coaches?pageSize=0"), HttpStatusCode.BadRequest);
    }
}
