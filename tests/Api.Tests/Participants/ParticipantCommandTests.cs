using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Participants;

public class ParticipantCommandTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);

    [Fact]
    public async Task a_trajectory_from_enrolment_to_a_durable_job_reads_back_with_every_figure()
    {
        var caseId = await Pm.OpenCase();
        var response = await Pm.PostAsJsonAsync($"/api/cases/{caseId}/participants", Enrolment("E-1042", OlderBirthDate));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/cases/{caseId}/participants/{id}", response.Headers.Location!.ToString());
        Assert.Equal($"\"{await EventCount(caseId)}\"", response.Headers.ETag!.Tag);

        await Pm.Accept(caseId, id);
        await Pm.Record(caseId, id, "intake", new { heldOn = EnrolledOn.AddDays(1), coach = "coach.claes",
            actionPlan = new { goals = new[] { "CV" }, targetOccupations = new[] { "Welder" } } });
        await Pm.Session(caseId, id, EnrolledOn.AddDays(2), 8);
        await Pm.Session(caseId, id, EnrolledOn.AddDays(9), 8);
        await Pm.Session(caseId, id, EnrolledOn.AddDays(16), 4.5m);
        await Pm.Record(caseId, id, "trajectory-extensions", new { decidedOn = EnrolledOn.AddMonths(5), endsOn = new DateOnly(2027, 12, 31), reason = "Training" });
        await Pm.Record(caseId, id, "jobs", new { startsOn = new DateOnly(2027, 6, 1), employerName = "Limburg Metaal", contractType = "FixedTerm", contractMonths = 6 });
        await Pm.Record(caseId, id, "aftercare-closure", new { closedOn = new DateOnly(2027, 9, 1), stillEmployed = true });

        var p = await GetJson($"/api/cases/{caseId}/participants/{id}?asOf=2027-10-01");
        Assert.Equal("Employed", p.GetProperty("status").GetString());
        Assert.Equal(51, p.GetProperty("ageAtAnnouncement").GetInt32()); // born 1975-03-01, announced 2027-01-04
        Assert.Equal("50-54", p.GetProperty("ageBand").GetString());
        Assert.Equal("2027-12-31", p.GetProperty("trajectoryEndsOn").GetString());
        Assert.Equal(60, p.GetProperty("requiredHours").GetInt32());
        Assert.Equal(20.5m, p.GetProperty("deliveredHours").GetDecimal());
        Assert.True(p.GetProperty("frontLoaded").GetBoolean());
        Assert.Equal(1, p.GetProperty("extensions").GetInt32());
        var job = p.GetProperty("currentJob");
        Assert.True(job.GetProperty("durable").GetBoolean());
        Assert.Equal("2027-09-01", job.GetProperty("aftercareClosedOn").GetString());
        Assert.True(job.GetProperty("stillEmployed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, p.GetProperty("departure").ValueKind);
        Assert.Equal($"Person E-1042", p.GetProperty("person").GetProperty("name").GetString());

        // As of a date before the job, the same participant was searching.
        var earlier = await GetJson($"/api/cases/{caseId}/participants/{id}?asOf=2027-05-31");
        Assert.Equal("Searching", earlier.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, earlier.GetProperty("currentJob").ValueKind);

        var details = await GetCase(caseId);
        Assert.Equal(1, details.GetProperty("counts").GetProperty("participants").GetInt32());
        Assert.Equal("2027-10-03", details.GetProperty("twcAvailableUntil").GetString()); // 45+: dismissal 2027-04-03 + 6 months
    }

    [Fact]
    public async Task sessions_intakes_decisions_and_meetings_dated_after_today_in_belgium_are_refused()
    {
        // The test host's clock stands on TestClock.Today (2030-01-01, 06:00 in Brussels); the day after is the future.
        var tomorrow = CollectiveDismissal.Tests.TestClock.Today.AddDays(1);
        var caseId = await Pm.OpenCase();
        var undecided = await Pm.Enrol(caseId, Enrolment("E-1"));
        var accepted = await Pm.Enrol(caseId, Enrolment("E-2", sequence: 2));
        await Pm.Accept(caseId, accepted);
        var before = await EventCount(caseId);

        async Task Refused(string path, object body, string rule) =>
            Assert.Equal(rule, (await Problem(await Post($"/api/cases/{caseId}/{path}", body), HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await Refused($"participants/{accepted}/guidance-sessions", new { heldOn = tomorrow, hours = 2, kind = "Individual", services = new[] { "JobSearchCampaign" } }, "guidance.in-the-future");
        await Refused($"participants/{accepted}/intake", new { heldOn = tomorrow }, "intake.in-the-future");
        await Refused($"participants/{undecided}/outplacement-decision", new { accepted = true, decidedOn = tomorrow }, "outplacement.in-the-future");
        await Refused("twc-meetings", new { heldOn = tomorrow }, "twc-meeting.in-the-future");
        await Refused("information-sessions", new { heldOn = tomorrow, kind = "Workshop", attendees = 3 }, "pre-trajectory.in-the-future");
        await Refused("consultations", new { heldOn = tomorrow, party = "Union" }, "consultation-party.in-the-future");
        Assert.Equal(before, await EventCount(caseId));

        // A job may be agreed before it starts: its start is not bound to today.
        await Pm.Record(caseId, accepted, "jobs", new { startsOn = tomorrow, employerName = "X", contractType = "Indefinite" });
    }

    [Fact]
    public async Task the_events_hold_no_personal_data()
    {
        var caseId = await Pm.OpenCase();
        await Pm.Enrol(caseId, Enrolment("E-7", YoungerBirthDate, 77, name: "Wannes Vandenbroucke", email: "wannes@example.be", phone: "+32 471 99 88 77"));
        var history = await GetJson($"/api/cases/{caseId}/history");
        var text = history.GetRawText();
        foreach (var personal in new[] { "Wannes", "wannes@example.be", "471 99 88 77", Insz(YoungerBirthDate, 77), "1985-07-30" })
            Assert.DoesNotContain(personal, text);
        Assert.Contains("\"ageAtAnnouncement\":41", text);
    }

    public static TheoryData<string, object, string> Refusals => new()
    {
        { "guidance-sessions", new { heldOn = EnrolledOn, hours = 2, kind = "Group", services = new[] { "Other" } }, "guidance.needs-acceptance" },
        { "intake", new { heldOn = EnrolledOn }, "intake.needs-acceptance" },
        { "jobs", new { startsOn = EnrolledOn, employerName = "X", contractType = "Indefinite" }, "job.needs-acceptance" },
        { "trajectory-extensions", new { decidedOn = EnrolledOn, endsOn = EnrolledOn.AddMonths(5), reason = "r" }, "extension.needs-acceptance" },
        { "aftercare-closure", new { closedOn = EnrolledOn, stillEmployed = true }, "aftercare.needs-open-job" },
        { "outplacement-decision", new { accepted = true, decidedOn = EnrolledOn.AddDays(-1) }, "outplacement.before-enrolment" },
        { "departure", new { leftOn = EnrolledOn.AddDays(-1), reason = "Retired" }, "departure.before-recorded-activity" },
    };

    [Theory, MemberData(nameof(Refusals))]
    public async Task a_refused_participant_command_is_409_naming_the_rule_and_changes_nothing(string path, object body, string rule)
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        var before = await EventCount(caseId);
        var problem = await Problem(await Post($"/api/cases/{caseId}/participants/{id}/{path}", body), HttpStatusCode.Conflict);
        Assert.Equal(rule, problem.GetProperty("rule").GetString());
        Assert.Equal(before, await EventCount(caseId));
    }

    [Fact]
    public async Task enrolment_rules_are_409()
    {
        var caseId = await Pm.PrepareCase();
        await Pm.Run(caseId, 6); // notified, but no employment cell yet
        Assert.Equal("enrolment.needs-open-cell", (await Problem(await Post($"/api/cases/{caseId}/participants", Enrolment("E-1")),
            HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        var (cellPath, cellBody) = CaseScenarios.Procedure[6];
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/{cellPath}", cellBody)).StatusCode);
        // 2027-04-02 is the last day of the extended waiting period.
        Assert.Equal("enrolment.dismissed-during-waiting-period", (await Problem(await Post($"/api/cases/{caseId}/participants",
            Enrolment("E-1", dismissedOn: new DateOnly(2027, 4, 2))), HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await Pm.Enrol(caseId, Enrolment("E-1"));
        Assert.Equal("enrolment.personnel-reference-taken", (await Problem(await Post($"/api/cases/{caseId}/participants",
            Enrolment("E-1", sequence: 2)), HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await using var session = Store.QuerySession();
        Assert.Equal(1, await Marten.QueryableExtensions.CountAsync(session.Query<CollectiveDismissal.Domain.Participants.PersonalRecord>()));
    }

    [Fact]
    public async Task an_unknown_participant_or_one_of_another_case_is_404()
    {
        var caseId = await Pm.OpenCase();
        var other = await Pm.OpenCase();
        var id = await Pm.Enrol(other, Enrolment("E-1"));
        await Problem(await Post($"/api/cases/{caseId}/participants/{Guid.NewGuid()}/outplacement-decision",
            new { accepted = true, decidedOn = EnrolledOn }), HttpStatusCode.NotFound);
        await Problem(await Post($"/api/cases/{caseId}/participants/{id}/outplacement-decision",
            new { accepted = true, decidedOn = EnrolledOn }), HttpStatusCode.NotFound);
        await Problem(await Client(ProjectManager).GetAsync($"/api/cases/{caseId}/participants/{id}"), HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string> InvalidEnrolments => new()
    {
        // field → the body change; the INSZ is never echoed in the message
        { "person.nationalRegisterNumber", "{\"nationalRegisterNumber\":\"85073003329\"}" },
        { "person.nationalRegisterNumber", "{\"nationalRegisterNumber\":\"8507300332\"}" },
        { "person.nationalRegisterNumber", "{\"birthDate\":\"1985-07-31\"}" },
        { "person.email", "{\"email\":\"not-an-address\"}" },
        { "person.name", "{\"name\":\" \"}" },
        { "person.birthDate", "{\"birthDate\":\"9999-12-31\"}" },
    };

    [Theory, MemberData(nameof(InvalidEnrolments))]
    public async Task bad_personal_data_is_400_naming_the_field_without_echoing_it(string field, string personChange)
    {
        var caseId = await Pm.OpenCase();
        var body = JsonSerializer.SerializeToNode(Enrolment("E-1"))!.AsObject();
        foreach (var (key, value) in JsonSerializer.Deserialize<JsonElement>(personChange).EnumerateObject().Select(p => (p.Name, p.Value)))
            body["person"]![key] = System.Text.Json.Nodes.JsonNode.Parse(value.GetRawText());
        var before = await EventCount(caseId);
        var response = await PostRaw($"/api/cases/{caseId}/participants", body.ToJsonString());
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.DoesNotContain("8507300332", problem.GetRawText());
        Assert.Equal(before, await EventCount(caseId));
    }

    [Fact]
    public async Task field_rules_of_participant_commands_are_400()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Accept(caseId, id);
        var url = $"/api/cases/{caseId}/participants/{id}";
        var hours = await Problem(await Post($"{url}/guidance-sessions", new { heldOn = EnrolledOn, hours = 8.5, kind = "Individual" }), HttpStatusCode.BadRequest);
        Assert.True(hours.GetProperty("errors").TryGetProperty("hours", out _));
        await Problem(await Post($"{url}/guidance-sessions", new { heldOn = EnrolledOn, hours = 0, kind = "Individual" }), HttpStatusCode.BadRequest);
        var months = await Problem(await Post($"{url}/jobs", new { startsOn = EnrolledOn, employerName = "X", contractType = "FixedTerm" }), HttpStatusCode.BadRequest);
        Assert.True(months.GetProperty("errors").TryGetProperty("contractMonths", out _));
        await Problem(await Post($"{url}/departure", new { leftOn = EnrolledOn, reason = "Bored" }), HttpStatusCode.BadRequest);
        await Problem(await Post($"{url}/departure", new { leftOn = EnrolledOn, reason = "Retired, Other" }), HttpStatusCode.BadRequest);
        var farDate = await Problem(await Post($"{url}/jobs", new { startsOn = "9999-12-31", employerName = "X", contractType = "Indefinite" }), HttpStatusCode.BadRequest);
        Assert.True(farDate.GetProperty("errors").TryGetProperty("startsOn", out _), farDate.GetRawText());
        await Problem(await Post($"{url}/trajectory-extensions", new { decidedOn = EnrolledOn, endsOn = EnrolledOn.AddMonths(4) }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task sessions_outside_the_trajectory_are_refused_and_an_extension_admits_them()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Accept(caseId, id);
        var end = new DateOnly(2027, 7, 4); // enrolled 2027-04-05, under 45: 3 months
        var url = $"/api/cases/{caseId}/participants/{id}";
        Assert.Equal("guidance.outside-trajectory", (await Problem(await Post($"{url}/guidance-sessions",
            new { heldOn = end.AddDays(1), hours = 2, kind = "Individual", services = new[] { "Other" } }), HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await Pm.Session(caseId, id, end, 2);
        Assert.Equal("extension.beyond-12-months", (await Problem(await Post($"{url}/trajectory-extensions",
            new { decidedOn = end, endsOn = new DateOnly(2028, 4, 5), reason = "r" }), HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await Pm.Record(caseId, id, "trajectory-extensions", new { decidedOn = end, endsOn = new DateOnly(2028, 4, 4), reason = "r" });
        await Pm.Session(caseId, id, end.AddDays(1), 2);
    }

    [Fact]
    public async Task closing_the_case_waits_for_the_cell_and_the_searching_participants_then_refuses_everything()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Accept(caseId, id);
        // Under 45, dismissed 2027-04-03: the cell stays available until 2027-07-03; the trajectory runs until 2027-07-04.
        Assert.Equal("closure.before-twc-availability-end", (await Problem(await Post($"/api/cases/{caseId}/closure",
            new { closedOn = new DateOnly(2027, 7, 2) }), HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("closure.participants-searching", (await Problem(await Post($"/api/cases/{caseId}/closure",
            new { closedOn = new DateOnly(2027, 7, 4) }), HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/closure", new { closedOn = new DateOnly(2027, 7, 5) })).StatusCode);

        var details = await GetCase(caseId);
        Assert.Equal("Closed", details.GetProperty("phase").GetString());
        Assert.Equal("2027-07-05", details.GetProperty("closedOn").GetString());
        Assert.Equal("case.closed", (await Problem(await Post($"/api/cases/{caseId}/participants/{id}/guidance-sessions",
            new { heldOn = EnrolledOn, hours = 1, kind = "Group", services = new[] { "Other" } }), HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("case.closed", (await Problem(await Post($"/api/cases/{caseId}/participants", Enrolment("E-2", sequence: 2)),
            HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("case.closed", (await Problem(await Post($"/api/cases/{caseId}/twc-meetings", new { heldOn = new DateOnly(2027, 7, 6) }),
            HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task the_outplacement_arithmetic_of_seed_004_is_read_only_for_project_managers()
    {
        var caseId = await Pm.OpenCase();
        var id = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Accept(caseId, id);
        await Pm.Session(caseId, id, EnrolledOn, 8);
        await Pm.Session(caseId, id, EnrolledOn.AddDays(1), 8);
        await Pm.Session(caseId, id, EnrolledOn.AddDays(2), 4);
        var before = await EventCount(caseId);
        var figures = await GetJson($"/api/cases/{caseId}/participants/{id}/outplacement-value?annualSalary=48000&workTimeFraction=0.8");
        Assert.Equal(4000m, figures.GetProperty("outplacementValue").GetDecimal());
        Assert.Equal(4400m, figures.GetProperty("maximumValue").GetDecimal());
        Assert.Equal(20m, figures.GetProperty("hoursFollowed").GetDecimal());
        Assert.Equal(19, figures.GetProperty("daysOwedOnSwitchToIndemnity").GetInt32());
        Assert.Equal(70m, figures.GetProperty("participantPremium").GetDecimal());
        Assert.Equal(before, await EventCount(caseId));
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(Auditor).GetAsync($"/api/cases/{caseId}/participants/{id}/outplacement-value")).StatusCode);
        await Problem(await Client(ProjectManager).GetAsync($"/api/cases/{caseId}/participants/{id}/outplacement-value?workTimeFraction=1.5"),
            HttpStatusCode.BadRequest);
    }
}
