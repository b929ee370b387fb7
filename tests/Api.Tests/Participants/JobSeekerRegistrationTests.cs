using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Participants;

/// <summary>R22 and R24: the participant's registration as a job seeker (dismissed 2027-04-03, enrolled 2027-04-05).</summary>
public class JobSeekerRegistrationTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);

    private static string Url(Guid caseId, Guid participantId) => $"/api/cases/{caseId}/participants/{participantId}/job-seeker-registration";

    private static JsonElement[] Registrations(JsonElement participant) =>
        [.. participant.GetProperty("jobSeekerRegistrations").EnumerateArray()];

    [Fact]
    public async Task a_registration_is_204_with_the_cases_version_and_reads_back_with_the_participant_from_its_date()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));

        var response = await Post(Url(caseId, id), new { registeredOn = DismissedOn, service = "Actiris" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal($"\"{await EventCount(caseId)}\"", response.Headers.ETag!.Tag);

        var read = await Pm.GetAsync($"/api/cases/{caseId}/participants/{id}?asOf={EnrolledOn:yyyy-MM-dd}");
        Assert.Equal(response.Headers.ETag.Tag, read.Headers.ETag!.Tag);
        var p = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(p.GetProperty("registeredAsJobSeeker").GetBoolean());
        Assert.Equal("""[{"registeredOn":"2027-04-03","service":"Actiris"}]""", p.GetProperty("jobSeekerRegistrations").GetRawText());
        var listed = (await GetJson($"/api/cases/{caseId}/participants?asOf={EnrolledOn:yyyy-MM-dd}")).GetProperty("items")[0];
        Assert.True(listed.GetProperty("registeredAsJobSeeker").GetBoolean());
        Assert.Single(Registrations(listed));

        // As of the day before, nothing was registered yet.
        var before = await GetJson($"/api/cases/{caseId}/participants/{id}?asOf=2027-04-02");
        Assert.False(before.GetProperty("registeredAsJobSeeker").GetBoolean());
        Assert.Empty(Registrations(before));

        var last = (await GetJson($"/api/cases/{caseId}/history")).EnumerateArray().Last();
        Assert.Equal("RegisteredAsJobSeeker", last.GetProperty("type").GetString());
    }

    [Fact]
    public async Task a_participant_without_a_registration_reads_as_not_registered()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        var p = await GetJson($"/api/cases/{caseId}/participants/{id}?asOf=2027-12-31");
        Assert.False(p.GetProperty("registeredAsJobSeeker").GetBoolean());
        Assert.Empty(Registrations(p));
    }

    [Theory]
    [InlineData("Flanders", "VDAB")]
    [InlineData("Wallonia", "Forem")]
    [InlineData("Brussels", "Actiris")]
    public async Task without_a_service_the_cases_competent_service_is_recorded(string region, string service)
    {
        var caseId = await Pm.PrepareCase(CaseScenarios.Dossier(region: region));
        await Pm.Run(caseId, 7);
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Record(caseId, id, "job-seeker-registration", new { registeredOn = EnrolledOn });
        var p = await GetJson($"/api/cases/{caseId}/participants/{id}?asOf={EnrolledOn:yyyy-MM-dd}");
        Assert.Equal(service, Registrations(p).Single().GetProperty("service").GetString());
    }

    [Fact]
    public async Task a_repeat_is_409_and_changes_nothing_and_a_registration_after_a_lost_job_is_added()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Accept(caseId, id);
        await Pm.Record(caseId, id, "job-seeker-registration", new { registeredOn = DismissedOn, service = "VDAB" });
        var before = await EventCount(caseId);
        foreach (var date in new[] { DismissedOn, DismissedOn.AddDays(-1) })
        {
            var problem = await Problem(await Post(Url(caseId, id), new { registeredOn = date, service = "VDAB" }), HttpStatusCode.Conflict);
            Assert.Equal("job-seeker.already-registered", problem.GetProperty("rule").GetString());
        }
        Assert.Equal(before, await EventCount(caseId));

        await Pm.Record(caseId, id, "jobs", new { startsOn = new DateOnly(2027, 5, 2), employerName = "X", contractType = "Indefinite" });
        await Pm.Record(caseId, id, "aftercare-closure", new { closedOn = new DateOnly(2027, 6, 1), stillEmployed = false });
        await Pm.Record(caseId, id, "job-seeker-registration", new { registeredOn = new DateOnly(2027, 6, 2) });
        var p = await GetJson($"/api/cases/{caseId}/participants/{id}?asOf=2027-12-31");
        Assert.Equal(["2027-04-03", "2027-06-02"], Registrations(p).Select(r => r.GetProperty("registeredOn").GetString()));
    }

    [Fact]
    public async Task the_same_registration_sent_eight_times_at_once_is_recorded_once()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        var before = await EventCount(caseId);
        var start = new TaskCompletionSource();
        var sends = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return (await Post(Url(caseId, id), new { registeredOn = EnrolledOn, service = "VDAB" })).StatusCode;
        })).ToList();
        start.SetResult();
        var statuses = await Task.WhenAll(sends);
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.NoContent));
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(before + 1, await EventCount(caseId));
    }

    [Fact]
    public async Task domain_refusals_are_409_naming_the_rule_and_change_nothing()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Record(caseId, id, "departure", new { leftOn = new DateOnly(2027, 5, 1), reason = "MovedAbroad" });
        var before = await EventCount(caseId);
        // Announced 2027-01-04.
        foreach (var (date, rule) in new[] { (new DateOnly(2027, 1, 3), "job-seeker.before-announcement"), (new DateOnly(2027, 5, 2), "participant.left") })
        {
            var problem = await Problem(await Post(Url(caseId, id), new { registeredOn = date }), HttpStatusCode.Conflict);
            Assert.Equal(rule, problem.GetProperty("rule").GetString());
        }
        Assert.Equal(before, await EventCount(caseId));
        await Pm.Record(caseId, id, "job-seeker-registration", new { registeredOn = new DateOnly(2027, 1, 4) });
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"service":"VDAB"}""", "registeredOn" },
        { """{"registeredOn":null}""", "registeredOn" },
        { """{"registeredOn":"2027-04-05","service":"UWV"}""", "service" },
        { """{"registeredOn":"2027-04-05","service":1}""", "service" },
        { """{"registeredOn":"9999-12-31"}""", "registeredOn" },
        { """{"registeredOn":"05/04/2027"}""", "registeredOn" },
    };

    [Theory, MemberData(nameof(BadBodies))]
    public async Task bad_input_is_a_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        var before = await EventCount(caseId);
        var problem = await Problem(await PostRaw(Url(caseId, id), body), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Equal(before, await EventCount(caseId));
    }

    [Fact]
    public async Task an_unknown_participant_or_one_of_another_case_is_404()
    {
        var caseId = await Pm.OpenCase();
        var other = await Pm.OpenCase();
        var id = await Pm.Enrol(other, Enrolment("E-1"));
        await Problem(await Post(Url(caseId, Guid.NewGuid()), new { registeredOn = EnrolledOn }), HttpStatusCode.NotFound);
        await Problem(await Post(Url(caseId, id), new { registeredOn = EnrolledOn }), HttpStatusCode.NotFound);
        await Problem(await Post(Url(Guid.NewGuid(), id), new { registeredOn = EnrolledOn }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task only_project_managers_record_it()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(Url(caseId, id), new { registeredOn = EnrolledOn }, Auditor)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client().PostAsync(Url(caseId, id),
            new StringContent("""{"registeredOn":"2027-04-05"}""", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task the_registration_changes_no_figure_of_the_report()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Accept(caseId, id);
        await Pm.Session(caseId, id, EnrolledOn.AddDays(1), 6);
        async Task<JsonObject> Figures()
        {
            var report = JsonNode.Parse((await GetJson($"/api/cases/{caseId}/report?asOf=2027-06-01")).GetRawText())!.AsObject();
            report.Remove("version");
            return report;
        }
        var before = await Figures();
        await Pm.Record(caseId, id, "job-seeker-registration", new { registeredOn = EnrolledOn });
        Assert.Equal(before.ToJsonString(), (await Figures()).ToJsonString());
    }
}
