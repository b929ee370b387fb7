using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten.Events;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Corrections;

/// <summary>Voiding a participant's entries through the API: every read and the report follow, and the history keeps both.</summary>
public class CorrectionTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);

    private async Task<(Guid CaseId, Guid ParticipantId)> Accepted()
    {
        var caseId = await Pm.OpenCase();
        var participantId = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Accept(caseId, participantId);
        return (caseId, participantId);
    }

    private string Path(Guid caseId, Guid participantId, string rest) => $"/api/cases/{caseId}/participants/{participantId}/{rest}";

    private Task<JsonElement> Read(Guid caseId, Guid participantId) => GetJson($"/api/cases/{caseId}/participants/{participantId}?asOf=2027-12-31");

    private static readonly object Because = new { reason = "Logged twice by a double click." };

    [Fact]
    public async Task a_session_answers_201_with_its_id_a_location_and_the_read_lists_it()
    {
        var (caseId, participantId) = await Accepted();
        var response = await Post(Path(caseId, participantId, "guidance-sessions"), new { heldOn = EnrolledOn.AddDays(1), hours = 2.5, kind = "Group", services = new[] { "JobSearchCampaign" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/cases/{caseId}/participants/{participantId}/guidance-sessions/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal($"\"{await EventCount(caseId)}\"", response.Headers.ETag!.Tag);
        var session = Assert.Single((await Read(caseId, participantId)).GetProperty("guidanceSessions").EnumerateArray());
        Assert.Equal(id, session.GetProperty("id").GetGuid());
        Assert.Equal(2.5m, session.GetProperty("hours").GetDecimal());
        var history = await GetJson($"/api/cases/{caseId}/history");
        Assert.Equal(id, history.EnumerateArray().Last().GetProperty("data").GetProperty("sessionId").GetGuid());
        Assert.Equal(2.5m, (await GetJson(response.Headers.Location!.OriginalString)).GetProperty("hours").GetDecimal());

        Assert.Equal(HttpStatusCode.NoContent, (await Post(Path(caseId, participantId, $"guidance-sessions/{id}/void"), Because)).StatusCode);
        var gone = await Problem(await Pm.GetAsync(response.Headers.Location!.OriginalString), HttpStatusCode.NotFound);
        Assert.Contains("voided", gone.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task a_job_an_extension_and_a_departure_are_read_at_their_location()
    {
        var (caseId, participantId) = await Accepted();
        foreach (var (path, body) in new (string, object)[]
                 {
                     ("jobs", new { startsOn = new DateOnly(2027, 5, 1), employerName = "A", contractType = "Indefinite" }),
                     ("trajectory-extensions", new { decidedOn = EnrolledOn.AddDays(30), endsOn = new DateOnly(2027, 10, 31), reason = "Training" }),
                     ("departure", new { leftOn = new DateOnly(2027, 6, 1), reason = "LongTermSick" })
                 })
        {
            var created = await Post(Path(caseId, participantId, path), body);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            Assert.Equal(id, (await GetJson(created.Headers.Location!.OriginalString)).GetProperty("id").GetGuid());
            if (path == "departure")
            {
                var integration = AppFixture.TokenWith("Integration", "vdab.adapter", ("service", "vdab"));
                var read = await GetJson(created.Headers.Location!.OriginalString, integration);
                Assert.Equal(JsonValueKind.Null, read.GetProperty("reason").ValueKind);
            }
        }
        await Problem(await Pm.GetAsync(Path(caseId, participantId, $"jobs/{Guid.NewGuid()}")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task a_doubled_session_is_voided_and_25_hours_become_23_everywhere()
    {
        var (caseId, participantId) = await Accepted();
        await Pm.Session(caseId, participantId, EnrolledOn.AddDays(1), 7.5m);
        await Pm.Session(caseId, participantId, EnrolledOn.AddDays(2), 7.5m);
        await Pm.Session(caseId, participantId, EnrolledOn.AddDays(3), 6);
        var doubled = await Pm.Session(caseId, participantId, EnrolledOn.AddDays(4), 2);
        await Pm.Session(caseId, participantId, EnrolledOn.AddDays(4), 2);
        Assert.Equal(25m, (await Read(caseId, participantId)).GetProperty("deliveredHours").GetDecimal());

        var voided = await Post(Path(caseId, participantId, $"guidance-sessions/{doubled}/void"), Because);
        Assert.Equal(HttpStatusCode.NoContent, voided.StatusCode);
        Assert.Equal($"\"{await EventCount(caseId)}\"", voided.Headers.ETag!.Tag);

        var participant = await Read(caseId, participantId);
        Assert.Equal(23m, participant.GetProperty("deliveredHours").GetDecimal());
        Assert.Equal(4, participant.GetProperty("sessions").GetInt32());
        Assert.True(participant.GetProperty("frontLoaded").GetBoolean());
        Assert.DoesNotContain(doubled.ToString(), participant.GetProperty("guidanceSessions").GetRawText());
        var report = await GetJson($"/api/cases/{caseId}/report?asOf=2027-12-31");
        Assert.Equal(23m, report.GetProperty("guidance").GetProperty("totalHours").GetDecimal());
        // Before the last day of guidance the report reads the days, after it the running totals: both without the void.
        var onTheDay = await GetJson($"/api/cases/{caseId}/report?asOf={EnrolledOn.AddDays(4):yyyy-MM-dd}");
        Assert.Equal(23m, onTheDay.GetProperty("guidance").GetProperty("totalHours").GetDecimal());
        var counts = (await GetCase(caseId)).GetProperty("counts");
        Assert.Equal(4, counts.GetProperty("guidanceSessions").GetInt32());
        Assert.Equal(23m, counts.GetProperty("guidanceHours").GetDecimal());

        // The history keeps the session and shows the correction, who recorded it and why.
        var last = (await GetJson($"/api/cases/{caseId}/history")).EnumerateArray().Last();
        Assert.Equal("GuidanceSessionVoided", last.GetProperty("type").GetString());
        Assert.Equal(doubled, last.GetProperty("data").GetProperty("sessionId").GetGuid());
        Assert.Equal("Logged twice by a double click.", last.GetProperty("data").GetProperty("reason").GetString());
        Assert.Equal("pm.tests", last.GetProperty("recordedBy").GetString());
    }

    [Fact]
    public async Task a_voided_session_is_not_voided_twice_an_unknown_one_is_404_and_a_missing_reason_400()
    {
        var (caseId, participantId) = await Accepted();
        var session = await Pm.Session(caseId, participantId, EnrolledOn.AddDays(1), 2);
        var before = await EventCount(caseId);
        var noReason = await Post(Path(caseId, participantId, $"guidance-sessions/{session}/void"), new { reason = " " });
        Assert.True((await Problem(noReason, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));
        await Problem(await Post(Path(caseId, participantId, $"guidance-sessions/{Guid.NewGuid()}/void"), Because), HttpStatusCode.NotFound);
        Assert.Equal(before, await EventCount(caseId));

        Assert.Equal(HttpStatusCode.NoContent, (await Post(Path(caseId, participantId, $"guidance-sessions/{session}/void"), Because)).StatusCode);
        var twice = await Problem(await Post(Path(caseId, participantId, $"guidance-sessions/{session}/void"), Because), HttpStatusCode.Conflict);
        Assert.Equal("correction.already-voided", twice.GetProperty("rule").GetString());
        Assert.Equal(before + 1, await EventCount(caseId));
    }

    [Fact]
    public async Task a_void_repeated_with_its_idempotency_key_gets_the_first_answer()
    {
        var (caseId, participantId) = await Accepted();
        var session = await Pm.Session(caseId, participantId, EnrolledOn.AddDays(1), 2);
        var url = Path(caseId, participantId, $"guidance-sessions/{session}/void");
        var first = await Post(url, Because, idempotencyKey: "void-1");
        var repeat = await Post(url, Because, idempotencyKey: "void-1");
        Assert.Equal(HttpStatusCode.NoContent, repeat.StatusCode);
        Assert.Equal(first.Headers.ETag, repeat.Headers.ETag);
        Assert.Equal("true", repeat.Headers.GetValues("Idempotent-Replayed").Single());
        var stale = await Post(url, Because, ifMatch: "\"1\"");
        await Problem(stale, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task a_job_voided_with_its_aftercare_leaves_the_participant_searching_and_the_report_follows()
    {
        var (caseId, participantId) = await Accepted();
        var job = (await Pm.Record(caseId, participantId, "jobs",
            new { startsOn = new DateOnly(2027, 5, 1), employerName = "Wrong Person BV", contractType = "Indefinite" }))!.Value;
        await Pm.Record(caseId, participantId, "aftercare-closure", new { closedOn = new DateOnly(2027, 8, 1), stillEmployed = true });
        var participant = await Read(caseId, participantId);
        Assert.Equal(job, participant.GetProperty("currentJob").GetProperty("id").GetGuid());
        Assert.Equal(job, Assert.Single(participant.GetProperty("jobsFound").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(1, (await GetJson($"/api/cases/{caseId}/report?asOf=2027-12-31")).GetProperty("status").GetProperty("employed").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await Post(Path(caseId, participantId, $"jobs/{job}/void"), Because)).StatusCode);

        participant = await Read(caseId, participantId);
        Assert.Equal("Searching", participant.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, participant.GetProperty("currentJob").ValueKind);
        Assert.Empty(participant.GetProperty("jobsFound").EnumerateArray());
        var report = await GetJson($"/api/cases/{caseId}/report?asOf=2027-12-31");
        Assert.Equal(0, report.GetProperty("status").GetProperty("employed").GetInt32());
        Assert.Equal(0, report.GetProperty("aftercare").GetProperty("closed").GetInt32());
        var closure = await Problem(await Post(Path(caseId, participantId, $"jobs/{job}/aftercare-closure/void"), Because), HttpStatusCode.Conflict);
        Assert.Equal("correction.already-voided", closure.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task an_aftercare_closure_is_voided_unless_a_later_job_follows_it()
    {
        var (caseId, participantId) = await Accepted();
        var first = (await Pm.Record(caseId, participantId, "jobs", new { startsOn = new DateOnly(2027, 5, 1), employerName = "A", contractType = "Indefinite" }))!.Value;
        await Pm.Record(caseId, participantId, "aftercare-closure", new { closedOn = new DateOnly(2027, 6, 1), stillEmployed = false });
        var second = (await Pm.Record(caseId, participantId, "jobs", new { startsOn = new DateOnly(2027, 7, 1), employerName = "B", contractType = "Indefinite" }))!.Value;

        var refused = await Problem(await Post(Path(caseId, participantId, $"jobs/{first}/aftercare-closure/void"), Because), HttpStatusCode.Conflict);
        Assert.Equal("job.already-employed", refused.GetProperty("rule").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await Post(Path(caseId, participantId, $"jobs/{second}/void"), Because)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Post(Path(caseId, participantId, $"jobs/{first}/aftercare-closure/void"), Because)).StatusCode);
        var participant = await Read(caseId, participantId);
        Assert.Equal("Employed", participant.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, participant.GetProperty("currentJob").GetProperty("aftercareClosedOn").ValueKind);
    }

    [Fact]
    public async Task a_departure_on_the_wrong_person_is_voided_and_the_participant_is_back()
    {
        var (caseId, participantId) = await Accepted();
        var departure = (await Pm.Record(caseId, participantId, "departure", new { leftOn = EnrolledOn.AddDays(5), reason = "Deceased" }))!.Value;
        var read = await Read(caseId, participantId);
        Assert.Equal(departure, read.GetProperty("departure").GetProperty("id").GetGuid());
        var refused = await Post(Path(caseId, participantId, "guidance-sessions"), new { heldOn = EnrolledOn.AddDays(6), hours = 2, kind = "Individual", services = new[] { "Other" } });
        Assert.Equal("participant.left", (await Problem(refused, HttpStatusCode.Conflict)).GetProperty("rule").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await Post(Path(caseId, participantId, "departure/void"), new { reason = "Recorded on the wrong person." })).StatusCode);

        read = await Read(caseId, participantId);
        Assert.Equal("Searching", read.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("departure").ValueKind);
        var report = await GetJson($"/api/cases/{caseId}/report?asOf=2027-12-31");
        Assert.Equal(0, report.GetProperty("leftByReason").GetProperty("Deceased").GetInt32());
        Assert.Equal(1, report.GetProperty("availableForWork").GetInt32());
        await Pm.Session(caseId, participantId, EnrolledOn.AddDays(6), 2);
        var again = await Problem(await Post(Path(caseId, participantId, "departure/void"), Because), HttpStatusCode.Conflict);
        Assert.Equal("correction.no-departure", again.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task an_extension_is_voided_unless_a_session_depends_on_it()
    {
        var (caseId, participantId) = await Accepted();
        var extension = (await Pm.Record(caseId, participantId, "trajectory-extensions",
            new { decidedOn = EnrolledOn.AddDays(30), endsOn = new DateOnly(2027, 10, 31), reason = "Training" }))!.Value;
        var read = await Read(caseId, participantId);
        Assert.Equal(extension, Assert.Single(read.GetProperty("trajectoryExtensions").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal("2027-10-31", read.GetProperty("trajectoryEndsOn").GetString());
        var late = await Pm.Session(caseId, participantId, new DateOnly(2027, 9, 1), 2);

        var refused = await Problem(await Post(Path(caseId, participantId, $"trajectory-extensions/{extension}/void"), Because), HttpStatusCode.Conflict);
        Assert.Equal("guidance.outside-trajectory", refused.GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await Post(Path(caseId, participantId, $"guidance-sessions/{late}/void"), Because)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Post(Path(caseId, participantId, $"trajectory-extensions/{extension}/void"), Because)).StatusCode);

        read = await Read(caseId, participantId);
        Assert.Equal("2027-07-04", read.GetProperty("trajectoryEndsOn").GetString());
        Assert.Equal(0, read.GetProperty("extensions").GetInt32());
        Assert.Equal(0, (await GetJson($"/api/cases/{caseId}/report?asOf=2027-12-31")).GetProperty("extended").GetInt32());
    }

    [Fact]
    public async Task the_decision_and_the_enrolment_are_corrected_within_their_rules()
    {
        var caseId = await Pm.OpenCase();
        var participantId = await Pm.Enrol(caseId, Enrolment("E-1"));
        await Pm.Enrol(caseId, Enrolment("E-2", sequence: 2));
        await Pm.Record(caseId, participantId, "outplacement-decision", new { accepted = false, decidedOn = EnrolledOn });
        Assert.Equal(1, (await GetJson($"/api/cases/{caseId}/report?asOf=2027-12-31")).GetProperty("status").GetProperty("declined").GetInt32());

        var decision = await Post(Path(caseId, participantId, "outplacement-decision/correction"),
            new { accepted = true, decidedOn = EnrolledOn.AddDays(1), reason = "The form says accepted." });
        Assert.Equal(HttpStatusCode.NoContent, decision.StatusCode);
        Assert.Equal(0, (await GetJson($"/api/cases/{caseId}/report?asOf=2027-12-31")).GetProperty("status").GetProperty("declined").GetInt32());

        var taken = await Post(Path(caseId, participantId, "enrolment-correction"), new { personnelReference = "E-2", reason = "Typo" });
        Assert.Equal("enrolment.personnel-reference-taken", (await Problem(taken, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        var late = await Post(Path(caseId, participantId, "enrolment-correction"), new { enrolledOn = EnrolledOn.AddDays(2), reason = "Typo" });
        Assert.Equal("outplacement.before-enrolment", (await Problem(late, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        var nothing = await Post(Path(caseId, participantId, "enrolment-correction"), new { reason = "Typo" });
        await Problem(nothing, HttpStatusCode.BadRequest);

        var corrected = await Post(Path(caseId, participantId, "enrolment-correction"),
            new { personnelReference = "E-10", terminationMode = "NoticeWorked", contractKind = "FixedTerm", reason = "Typed from the wrong line." });
        Assert.Equal(HttpStatusCode.NoContent, corrected.StatusCode);
        var read = await Read(caseId, participantId);
        Assert.Equal("E-10", read.GetProperty("personnelReference").GetString());
        Assert.Equal("NoticeWorked", read.GetProperty("terminationMode").GetString());
        Assert.Equal("FixedTerm", read.GetProperty("contractKind").GetString());
        var list = await GetJson($"/api/cases/{caseId}/participants?search=E-10");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        // The old reference is free again.
        await Pm.Enrol(caseId, Enrolment("E-1", sequence: 3));
    }

    [Fact]
    public async Task a_departure_voided_puts_the_participant_back_on_the_deadline_board()
    {
        var (caseId, participantId) = await Accepted();
        await Pm.Record(caseId, participantId, "departure", new { leftOn = EnrolledOn.AddDays(1), reason = "MovedAbroad" });
        const string board = "/api/deadlines?asOf=2027-04-10&within=366&pageSize=200";
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        Assert.DoesNotContain(participantId.ToString(), (await GetJson(board)).GetRawText());

        Assert.Equal(HttpStatusCode.NoContent, (await Post(Path(caseId, participantId, "departure/void"), Because)).StatusCode);
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var items = (await GetJson(board)).GetProperty("items").EnumerateArray()
            .Where(i => i.TryGetProperty("participantId", out var p) && p.ValueKind == JsonValueKind.String && p.GetGuid() == participantId).ToList();
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "TrajectoryEnd");
    }
}
