using System.Net;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using Marten.Events;
using static CollectiveDismissal.Api.Tests.Fixtures.CaseScenarios;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Deadlines;

/// <summary>
/// The scenario's dates: notified 2027-02-16, waiting period extended to 2027-04-02, objection deadline 2027-03-18;
/// enrolled 2027-04-05 after a dismissal on 2027-04-03. Under 45: trajectory end 2027-07-04, front-loading window end
/// 2027-06-04, 12-month limit 2028-04-04, TWC available until 2027-07-03; 45 or older: trajectory end 2027-10-04, TWC
/// available until 2027-10-03.
/// </summary>
public class DeadlineBoardTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private sealed record Row(string DueOn, string Kind, Guid CaseId, string EmployerName, string ProjectManager, Guid? ParticipantId, decimal? MissingHours);

    private Task Caught() => Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

    private async Task<List<Row>> Board(string query, string? token = null)
    {
        await Caught();
        var json = await GetJson($"/api/deadlines?{query}", token);
        return [.. json.GetProperty("items").EnumerateArray().Select(i => new Row(
            i.GetProperty("dueOn").GetString()!, i.GetProperty("kind").GetString()!, i.GetProperty("caseId").GetGuid(),
            i.GetProperty("employerName").GetString()!, i.GetProperty("projectManager").GetString()!,
            i.TryGetProperty("participantId", out var p) && p.ValueKind == JsonValueKind.String ? p.GetGuid() : null,
            i.TryGetProperty("missingHours", out var h) && h.ValueKind == JsonValueKind.Number ? h.GetDecimal() : null))];
    }

    private async Task<Guid> OpenCase(HttpClient client, string projectManager)
    {
        var id = await client.PrepareCase(Dossier(projectManager: projectManager));
        await client.Run(id, 7);
        return id;
    }

    [Fact]
    public async Task every_kind_of_deadline_appears_on_its_date_sorted_by_date()
    {
        var client = Client(ProjectManager);
        var caseId = await OpenCase(client, "pm.peeters");
        var p = await client.Enrol(caseId, Enrolment("E-1", YoungerBirthDate, 1, name: "Jan Janssens"));
        await client.Accept(caseId, p);
        await client.Session(caseId, p, EnrolledOn.AddDays(1), 7.5m);

        var early = await Board("asOf=2027-03-01&within=366");
        Assert.Equal(
        [
            new Row("2027-03-18", "ObjectionDeadline", caseId, "Acme Steel", "pm.peeters", null, null),
            new Row("2027-04-02", "WaitingPeriodEnd", caseId, "Acme Steel", "pm.peeters", null, null),
            new Row("2027-05-05", "JobSeekerRegistrationCheck", caseId, "Acme Steel", "pm.peeters", p, null),
            new Row("2027-06-04", "FrontLoadingWindowEnd", caseId, "Acme Steel", "pm.peeters", p, 12.5m),
            new Row("2027-07-03", "TwcAvailabilityEnd", caseId, "Acme Steel", "pm.peeters", null, null),
            new Row("2027-07-04", "TrajectoryEnd", caseId, "Acme Steel", "pm.peeters", p, null)
        ], early);
        Assert.Equal([new Row("2028-04-04", "TwelveMonthLimit", caseId, "Acme Steel", "pm.peeters", p, null)],
            await Board("asOf=2027-07-05&within=366"));

        // No personal data on the board, for any role.
        var raw = (await GetJson("/api/deadlines?asOf=2027-03-01&within=366", Auditor)).GetRawText();
        Assert.DoesNotContain("Janssens", raw);
        Assert.DoesNotContain(Insz(YoungerBirthDate, 1), raw);
        Assert.DoesNotContain("1985-07-30", raw);
    }

    [Fact]
    public async Task the_window_runs_from_the_day_up_to_within_days_after_and_follows_extensions_and_sessions()
    {
        var client = Client(ProjectManager);
        var caseId = await OpenCase(client, "pm.peeters");
        var p = await client.Enrol(caseId, Enrolment("E-1", YoungerBirthDate, 1));
        await client.Accept(caseId, p);

        // 2027-03-18 is the objection deadline: on the day itself and on the last day of the window, not the day after.
        Assert.Contains(await Board("asOf=2027-03-18&within=1"), r => r.Kind == "ObjectionDeadline");
        Assert.Contains(await Board("asOf=2027-02-16&within=30"), r => r.Kind == "ObjectionDeadline");
        Assert.DoesNotContain(await Board("asOf=2027-02-16&within=29"), r => r.Kind == "ObjectionDeadline");
        Assert.DoesNotContain(await Board("asOf=2027-03-19&within=366"), r => r.Kind == "ObjectionDeadline");

        await client.Session(caseId, p, EnrolledOn.AddDays(3), 8m);
        await client.Session(caseId, p, EnrolledOn.AddDays(4), 8m);
        await client.Session(caseId, p, new DateOnly(2027, 6, 5), 8m); // after the window: does not count
        Assert.Equal(4m, (await Board("asOf=2027-06-01&within=5")).Single(r => r.Kind == "FrontLoadingWindowEnd").MissingHours);
        await client.Session(caseId, p, new DateOnly(2027, 6, 4), 4m); // the window's last day: front-loaded
        Assert.DoesNotContain(await Board("asOf=2027-06-01&within=5"), r => r.Kind == "FrontLoadingWindowEnd");

        await client.Record(caseId, p, "trajectory-extensions", new { decidedOn = new DateOnly(2027, 6, 1), endsOn = new DateOnly(2027, 12, 1), reason = "r" });
        var trajectory = (await Board("asOf=2027-06-01&within=366")).Where(r => r.Kind == "TrajectoryEnd").ToList();
        Assert.Equal(["2027-12-01"], trajectory.Select(r => r.DueOn));
    }

    [Fact]
    public async Task the_board_filters_by_project_manager_and_sorts_across_cases()
    {
        var client = Client(ProjectManager);
        var a = await OpenCase(client, "pm.a");
        var b = await OpenCase(client, "pm.b");
        var older = await client.Enrol(b, Enrolment("E-1", OlderBirthDate, 1));
        await client.Enrol(a, Enrolment("E-1", YoungerBirthDate, 2));

        var all = await Board("asOf=2027-03-01&within=366&pageSize=200");
        Assert.Equal(all.Select(r => r.DueOn).Order(StringComparer.Ordinal), all.Select(r => r.DueOn));
        Assert.Equal(new[] { a, b }.Order(), all.Select(r => r.CaseId).Distinct().Order());

        var onlyB = await Board("asOf=2027-03-01&within=366&projectManager=pm.b");
        Assert.NotEmpty(onlyB);
        Assert.All(onlyB, r => Assert.Equal((b, "pm.b"), (r.CaseId, r.ProjectManager)));
        Assert.Contains(new Row("2027-10-04", "TrajectoryEnd", b, "Acme Steel", "pm.b", older, null), onlyB);
        Assert.Contains(new Row("2027-10-03", "TwcAvailabilityEnd", b, "Acme Steel", "pm.b", null, null), onlyB);
        Assert.Empty(await Board("asOf=2027-03-01&within=366&projectManager=pm.nobody"));

        // Paging over the sorted board.
        var second = await GetJson("/api/deadlines?asOf=2027-03-01&within=366&page=2&pageSize=3");
        Assert.Equal(all.Count, second.GetProperty("total").GetInt32());
        Assert.Equal(all.Skip(3).Take(3).Select(r => (r.DueOn, r.Kind)),
            second.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("dueOn").GetString()!, i.GetProperty("kind").GetString()!)));
    }

    [Fact]
    public async Task participants_out_of_the_trajectory_leave_the_board_and_return_when_a_job_is_lost()
    {
        var client = Client(ProjectManager);
        var caseId = await OpenCase(client, "pm.peeters");
        var left = await client.Enrol(caseId, Enrolment("E-1", YoungerBirthDate, 1));
        var declined = await client.Enrol(caseId, Enrolment("E-2", YoungerBirthDate, 2));
        var employed = await client.Enrol(caseId, Enrolment("E-3", YoungerBirthDate, 3));
        var stillEmployed = await client.Enrol(caseId, Enrolment("E-4", YoungerBirthDate, 4));
        var lostJob = await client.Enrol(caseId, Enrolment("E-5", YoungerBirthDate, 5));
        var undecided = await client.Enrol(caseId, Enrolment("E-6", YoungerBirthDate, 6));
        Guid[] everyone = [left, declined, employed, stillEmployed, lostJob, undecided];
        const string window = "asOf=2027-04-05&within=366&pageSize=200";
        Assert.Equal(everyone.Order(), (await Board(window)).Where(r => r.ParticipantId is not null).Select(r => r.ParticipantId!.Value).Distinct().Order());

        foreach (var p in new[] { employed, stillEmployed, lostJob }) await client.Accept(caseId, p);
        await client.Record(caseId, left, "departure", new { leftOn = new DateOnly(2027, 5, 1), reason = "MovedAbroad" });
        await client.Record(caseId, declined, "outplacement-decision", new { accepted = false, decidedOn = EnrolledOn });
        foreach (var p in new[] { employed, stillEmployed, lostJob })
            await client.Record(caseId, p, "jobs", new { startsOn = new DateOnly(2027, 5, 2), employerName = "X", contractType = "Indefinite" });
        await client.Record(caseId, stillEmployed, "aftercare-closure", new { closedOn = new DateOnly(2027, 8, 1), stillEmployed = true });
        await client.Record(caseId, lostJob, "aftercare-closure", new { closedOn = new DateOnly(2027, 6, 1), stillEmployed = false });

        var onBoard = (await Board(window)).Where(r => r.ParticipantId is not null).ToList();
        Assert.Equal(new[] { lostJob, undecided }.Order(), onBoard.Select(r => r.ParticipantId!.Value).Distinct().Order());
        Assert.Equal(["JobSeekerRegistrationCheck", "FrontLoadingWindowEnd", "TrajectoryEnd", "TwelveMonthLimit"],
            onBoard.Where(r => r.ParticipantId == lostJob).Select(r => r.Kind));
    }

    [Fact]
    public async Task the_job_seeker_registration_check_is_due_30_days_after_enrolment_until_a_registration_is_recorded()
    {
        var client = Client(ProjectManager);
        var caseId = await OpenCase(client, "pm.peeters");
        var unregistered = await client.Enrol(caseId, Enrolment("E-1", YoungerBirthDate, 1));
        var atDismissal = await client.Enrol(caseId, Enrolment("E-2", YoungerBirthDate, 2));
        var left = await client.Enrol(caseId, Enrolment("E-3", YoungerBirthDate, 3));
        var declined = await client.Enrol(caseId, Enrolment("E-4", YoungerBirthDate, 4));
        var leftLate = await client.Enrol(caseId, Enrolment("E-5", YoungerBirthDate, 5));
        // A registration at the dismissal, before enrolment, is the usual one.
        await client.Record(caseId, atDismissal, "job-seeker-registration", new { registeredOn = DismissedOn });
        await client.Record(caseId, left, "departure", new { leftOn = new DateOnly(2027, 5, 5), reason = "MovedAbroad" });
        await client.Record(caseId, declined, "outplacement-decision", new { accepted = false, decidedOn = EnrolledOn });
        await client.Record(caseId, leftLate, "departure", new { leftOn = new DateOnly(2027, 5, 6), reason = "Other" });

        // Enrolled 2027-04-05: the check is due on 2027-05-05.
        async Task<List<Guid?>> Checked() => [.. (await Board("asOf=2027-04-05&within=366&pageSize=200"))
            .Where(r => r.Kind == "JobSeekerRegistrationCheck").Select(r => r.ParticipantId)];
        var due = (await Board("asOf=2027-05-05&within=1")).Where(r => r.Kind == "JobSeekerRegistrationCheck").ToList();
        Assert.Equal([unregistered, leftLate], due.Select(r => r.ParticipantId).Order());
        Assert.All(due, r => Assert.Equal("2027-05-05", r.DueOn));

        await client.Record(caseId, unregistered, "job-seeker-registration", new { registeredOn = new DateOnly(2027, 4, 20) });
        Assert.Equal([leftLate], await Checked());
    }

    [Fact]
    public async Task a_job_dated_ahead_keeps_the_deadlines_due_before_it_starts()
    {
        var client = Client(ProjectManager);
        var caseId = await OpenCase(client, "pm.peeters");
        var p = await client.Enrol(caseId, Enrolment("E-1", YoungerBirthDate, 1));
        await client.Accept(caseId, p);
        // Enrolled 2027-04-05 under 45: front-loading window ends 2027-06-04, trajectory 2027-07-04, limit 2028-04-04.
        await client.Record(caseId, p, "jobs", new { startsOn = new DateOnly(2027, 8, 1), employerName = "X", contractType = "Indefinite" });
        var rows = (await Board("asOf=2027-04-05&within=366&pageSize=200")).Where(r => r.ParticipantId == p).Select(r => r.Kind);
        Assert.Equal(["JobSeekerRegistrationCheck", "FrontLoadingWindowEnd", "TrajectoryEnd"], rows);
    }

    [Fact]
    public async Task a_closed_case_leaves_the_board()
    {
        var client = Client(ProjectManager);
        var closing = await OpenCase(client, "pm.peeters");
        var staying = await OpenCase(client, "pm.peeters");
        foreach (var c in new[] { closing, staying })
        {
            var p = await client.Enrol(c, Enrolment("E-1", YoungerBirthDate, 1));
            await client.Accept(c, p);
        }
        const string window = "asOf=2027-09-01&within=366";
        Assert.Equal(new[] { closing, staying }.Order(), (await Board(window)).Select(r => r.CaseId).Distinct().Order());

        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{closing}/closure", new { closedOn = new DateOnly(2027, 9, 1) })).StatusCode);

        Assert.Equal([staying], (await Board(window)).Select(r => r.CaseId).Distinct());
        Assert.Equal([staying], (await Board("asOf=2027-03-01&within=366")).Select(r => r.CaseId).Distinct());
    }

    [Fact]
    public async Task without_a_date_the_board_starts_today_in_belgium_and_looks_30_days_ahead()
    {
        // The test host's clock starts at 06:00 in Brussels on TestClock.Today (05:00 UTC).
        var today = CollectiveDismissal.Tests.TestClock.Today;
        var client = Client(ProjectManager);
        var caseId = await client.PrepareCase();
        var notifiedOn = today.AddDays(-10);
        foreach (var (path, body) in new (string, object)[]
                 {
                     ("intention", new { announcedOn = notifiedOn.AddDays(-10), informedBody = "WorksCouncil" }),
                     ("works-council-meetings", new { heldOn = notifiedOn.AddDays(-9), questionsReceived = 0, questionsAnswered = 0 }),
                     ("consultation-closure", new { closedOn = notifiedOn.AddDays(-5) }),
                     ("notification", new { notifiedOn })
                 })
            Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/{path}", body)).StatusCode);

        await Caught();
        var board = await GetJson("/api/deadlines");
        Assert.Equal(today.ToString("yyyy-MM-dd"), board.GetProperty("from").GetString());
        Assert.Equal(today.AddDays(30).ToString("yyyy-MM-dd"), board.GetProperty("until").GetString());
        Assert.Equal(today.AddDays(20).ToString("yyyy-MM-dd"),
            board.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "WaitingPeriodEnd").GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task overdue_lists_the_missed_deadlines_a_fact_resolves_until_it_is_recorded()
    {
        var client = Client(ProjectManager);
        var caseId = await OpenCase(client, "pm.peeters");
        var p = await client.Enrol(caseId, Enrolment("E-1", YoungerBirthDate, 1));
        var other = await OpenCase(client, "pm.other");
        var q = await client.Enrol(other, Enrolment("E-9", YoungerBirthDate, 9));
        await client.Record(other, q, "job-seeker-registration", new { registeredOn = DismissedOn });
        async Task<List<(string DueOn, string Kind, Guid? Participant)>> Missed(string query = "") =>
            [.. (await Board($"overdue=true{query}")).Select(r => (r.DueOn, r.Kind, r.ParticipantId))];

        // Enrolled 2027-04-05, not registered: the check was due 2027-05-05. On that day it is not missed yet; the day after it is.
        Assert.Empty(await Missed("&asOf=2027-05-05"));
        Assert.Equal([("2027-05-05", "JobSeekerRegistrationCheck", (Guid?)p)], await Missed("&asOf=2027-05-06"));
        // Without a date, today in Belgium (the test clock's 2030-01-01): still listed, however old. Periods that merely
        // end (the waiting period, the trajectory's end, the front-loading window) are never listed as missed.
        var today = await GetJson("/api/deadlines?overdue=true");
        Assert.True(today.GetProperty("overdue").GetBoolean());
        Assert.Equal(JsonValueKind.Null, today.GetProperty("from").ValueKind);
        Assert.Equal("2029-12-31", today.GetProperty("until").GetString());
        Assert.Equal([("2027-05-05", "JobSeekerRegistrationCheck", (Guid?)p)], await Missed());

        // The general regime with an indemnity: the offer was due on 2027-04-18 (contract end 2027-04-03 + 15 days).
        await client.Record(caseId, p, "outplacement-regime", new { regime = "General" });
        Assert.Equal([("2027-04-18", "OutplacementOfferDue", (Guid?)p), ("2027-05-05", "JobSeekerRegistrationCheck", p)], await Missed());
        await client.Record(caseId, p, "formal-notice", new { givenOn = new DateOnly(2027, 5, 3) });
        Assert.Equal([("2027-05-05", "JobSeekerRegistrationCheck", (Guid?)p), ("2027-05-31", "OfferAfterFormalNoticeDue", p)], await Missed());
        await client.Record(caseId, p, "job-seeker-registration", new { registeredOn = new DateOnly(2027, 5, 20) });
        await client.Record(caseId, p, "outplacement-offer", new { offeredOn = new DateOnly(2027, 6, 2), sentBy = "RegisteredLetter" });
        Assert.Equal([("2027-06-30", "OutplacementDecisionDue", (Guid?)p)], await Missed());
        Assert.Empty(await Missed("&projectManager=pm.other"));
        Assert.Equal([("2027-06-30", "OutplacementDecisionDue", (Guid?)p)], await Missed("&projectManager=pm.peeters"));
        await client.Accept(caseId, p, new DateOnly(2027, 7, 2));
        Assert.Empty(await Missed());
    }

    [Fact]
    public async Task a_closed_or_cancelled_case_has_no_missed_deadlines_and_a_reopened_one_has_them_again()
    {
        var client = Client(ProjectManager);
        var caseId = await OpenCase(client, "pm.peeters");
        var p = await client.Enrol(caseId, Enrolment("E-1", YoungerBirthDate, 1));
        await client.Accept(caseId, p);
        Assert.Equal(["JobSeekerRegistrationCheck"], (await Board("overdue=true")).Select(r => r.Kind));
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/closure", new { closedOn = new DateOnly(2027, 9, 1) })).StatusCode);
        Assert.Empty(await Board("overdue=true"));
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/reopening", new { reason = "A session was logged twice." })).StatusCode);
        Assert.Equal(["JobSeekerRegistrationCheck"], (await Board("overdue=true")).Select(r => r.Kind));
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/cancellation", new { reason = "Created twice." })).StatusCode);
        Assert.Empty(await Board("overdue=true"));
    }

    [Fact]
    public async Task total_and_pages_follow_the_filter_and_a_cancelled_case_leaves_the_board()
    {
        var client = Client(ProjectManager);
        var kept = await OpenCase(client, "pm.pages");
        var cancelled = await OpenCase(client, "pm.pages");
        var other = await OpenCase(client, "pm.other");
        foreach (var c in new[] { kept, cancelled, other })
            for (var i = 1; i <= 2; i++) await client.Enrol(c, Enrolment($"E-{i}", YoungerBirthDate, i));
        const string window = "asOf=2027-03-01&within=366&projectManager=pm.pages";
        var all = await Board($"{window}&pageSize=200");
        Assert.Equal(new[] { kept, cancelled }.Order(), all.Select(r => r.CaseId).Distinct().Order());

        var pages = new List<Row>();
        for (var page = 1; page <= all.Count / 4 + 1; page++)
        {
            var json = await GetJson($"/api/deadlines?{window}&page={page}&pageSize=4");
            Assert.Equal(all.Count, json.GetProperty("total").GetInt64());
            pages.AddRange(await Board($"{window}&page={page}&pageSize=4"));
        }
        Assert.Equal(all, pages);
        var past = await GetJson($"/api/deadlines?{window}&page=99&pageSize=4");
        Assert.Equal((0, (long)all.Count), (past.GetProperty("items").GetArrayLength(), past.GetProperty("total").GetInt64()));

        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{cancelled}/cancellation", new { reason = "Created twice." })).StatusCode);
        var left = await Board($"{window}&pageSize=200");
        Assert.Equal(all.Where(r => r.CaseId == kept), left);
        Assert.Equal(left.Count, (await GetJson($"/api/deadlines?{window}")).GetProperty("total").GetInt64());

        var missed = await GetJson("/api/deadlines?overdue=true&projectManager=pm.pages&pageSize=1&page=2");
        Assert.Equal((1, 2L), (missed.GetProperty("items").GetArrayLength(), missed.GetProperty("total").GetInt64()));
    }

    [Theory]
    [InlineData("within=0")]
    [InlineData("within=367")]
    [InlineData("within=-1")]
    [InlineData("within=30&asOf=9999-12-31")]
    [InlineData("page=0")]
    [InlineData("pageSize=201")]
    public async Task a_bad_query_is_a_400_problem(string query)
    {
        var response = await Client(ProjectManager).GetAsync($"/api/deadlines?{query}");
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        var field = query.Split('&')[^1].Split('=')[0];
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Theory]
    [InlineData("within=abc")]
    [InlineData("within=99999999999")]
    [InlineData("asOf=2027-13-01")]
    [InlineData("overdue=maybe")]
    public async Task an_unreadable_query_value_is_a_400_problem(string query) =>
        await Problem(await Client(ProjectManager).GetAsync($"/api/deadlines?{query}"), HttpStatusCode.BadRequest);

    [Fact]
    public async Task project_managers_and_auditors_read_the_board_and_no_one_else()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client(ProjectManager).GetAsync("/api/deadlines")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client(Auditor).GetAsync("/api/deadlines")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(Integration).GetAsync("/api/deadlines")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(AppFixture.Token("DataProtectionOfficer")).GetAsync("/api/deadlines")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client().GetAsync("/api/deadlines")).StatusCode);
    }
}
