using System.Net;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Participants;

/// <summary>Issue 13 item 5: monitoring contacts during a job's aftercare (R24), after the trajectory too, apart from guidance hours.</summary>
public class AftercareContactTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);

    private Task<HttpResponseMessage> Contact(Guid caseId, Guid id, object body) =>
        Post($"/api/cases/{caseId}/participants/{id}/aftercare-contacts", body);

    [Fact]
    public async Task a_contact_after_the_trajectory_during_the_aftercare_shows_in_the_reads_and_the_report_not_in_the_hours()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));   // under 45: the trajectory ends on 2027-07-04
        await Pm.Accept(caseId, id);
        await Pm.Session(caseId, id, EnrolledOn.AddDays(1), 3);
        await Pm.Record(caseId, id, "jobs", new { startsOn = new DateOnly(2027, 6, 1), employerName = "Brouwerij", contractType = "Indefinite" });
        var response = await Contact(caseId, id, new { heldOn = new DateOnly(2027, 9, 1), hours = 0.75m, note = "  Settled in  " });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Contact(caseId, id, new { heldOn = new DateOnly(2027, 6, 15), hours = 0.5m })).StatusCode);

        var p = await GetJson($"/api/cases/{caseId}/participants/{id}?asOf=2027-12-31");
        Assert.Equal("""[{"heldOn":"2027-06-15","hours":0.5},{"heldOn":"2027-09-01","hours":0.75}]""", p.GetProperty("aftercareContacts").GetRawText());
        Assert.Equal(3m, p.GetProperty("deliveredHours").GetDecimal());
        Assert.Equal(1, (await GetJson($"/api/cases/{caseId}/participants/{id}?asOf=2027-08-31")).GetProperty("aftercareContacts").GetArrayLength());
        var logged = (await GetJson($"/api/cases/{caseId}/history")).EnumerateArray().Last();
        Assert.Equal("AftercareContactLogged", logged.GetProperty("type").GetString());
        Assert.Equal("Settled in", (await GetJson($"/api/cases/{caseId}/history")).EnumerateArray().Reverse().Skip(1).First()
            .GetProperty("data").GetProperty("note").GetString());

        var report = await GetJson($"/api/cases/{caseId}/report?asOf=2027-09-01");
        Assert.Equal("""{"closed":0,"stillEmployed":0,"contacts":2,"contactHours":1.25}""", report.GetProperty("aftercare").GetRawText());
        Assert.Equal(3m, report.GetProperty("guidance").GetProperty("totalHours").GetDecimal());
        Assert.Equal(1, (await GetJson($"/api/cases/{caseId}/report?asOf=2027-08-31")).GetProperty("aftercare").GetProperty("contacts").GetInt32());
    }

    [Fact]
    public async Task a_contact_needs_an_aftercare_open_on_its_day_and_bad_input_is_400()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Accept(caseId, id);
        var before = await EventCount(caseId);
        Assert.Equal("aftercare-contact.needs-job",
            (await Problem(await Contact(caseId, id, new { heldOn = EnrolledOn, hours = 1 }), HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await Pm.Record(caseId, id, "jobs", new { startsOn = new DateOnly(2027, 6, 1), employerName = "Brouwerij", contractType = "Indefinite" });
        await Pm.Record(caseId, id, "aftercare-closure", new { closedOn = new DateOnly(2027, 9, 1), stillEmployed = true });
        var afterJobs = await EventCount(caseId);
        Assert.Equal("aftercare-contact.outside-aftercare",
            (await Problem(await Contact(caseId, id, new { heldOn = new DateOnly(2027, 9, 2), hours = 1 }), HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("aftercare-contact.outside-aftercare",
            (await Problem(await Contact(caseId, id, new { heldOn = new DateOnly(2027, 5, 31), hours = 1 }), HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { hours = 1 }, "heldOn"), (new { heldOn = new DateOnly(2027, 7, 1) }, "hours"),
                     (new { heldOn = new DateOnly(2027, 7, 1), hours = 0 }, "hours"), (new { heldOn = new DateOnly(2027, 7, 1), hours = 8.5 }, "hours"),
                     (new { heldOn = new DateOnly(2027, 7, 1), hours = 0.125 }, "hours"),
                     (new { heldOn = new DateOnly(2027, 7, 1), hours = 1, note = new string('n', 501) }, "note"),
                 })
            Assert.True((await Problem(await Contact(caseId, id, body), HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _), field);
        Assert.Equal(afterJobs, await EventCount(caseId));
        Assert.Equal(before + 2, afterJobs);
        // Recorded late, for a day the aftercare was open: accepted.
        Assert.Equal(HttpStatusCode.NoContent, (await Contact(caseId, id, new { heldOn = new DateOnly(2027, 9, 1), hours = 1 })).StatusCode);
        await Problem(await Contact(caseId, Guid.NewGuid(), new { heldOn = new DateOnly(2027, 7, 1), hours = 1 }), HttpStatusCode.NotFound);
    }
}
