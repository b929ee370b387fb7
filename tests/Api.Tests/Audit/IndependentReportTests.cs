using System.Text.Json;
using System.Text.Json.Nodes;

namespace CollectiveDismissal.Api.Tests.Audit;

/// <summary>The independent report on small histories written by hand, each checked against docs/domain-rules.md by reading it.</summary>
public class IndependentReportTests
{
    private static readonly DateOnly Jan10 = new(2027, 1, 10);

    private static JsonNode Figure(JsonObject report, string path) =>
        path.Split('.').Aggregate((JsonNode)report, (node, name) => node[name]!);

    private static decimal Number(JsonObject report, string path) =>
        decimal.Parse(Figure(report, path).ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject StatusOf(JsonObject report) => report["status"]!.AsObject();

    private static void AssertStatus(JsonObject report, int employed, int searching, int declined, int left)
    {
        var status = StatusOf(report);
        Assert.Equal([employed, searching, declined, left],
            new[] { "employed", "searching", "declined", "left" }.Select(s => status[s]!.GetValue<int>()).ToArray());
    }

    [Fact]
    public void worked_example_front_loading_window_ends_on_2027_03_09_and_trajectory_on_2027_04_09()
    {
        // docs/domain-rules.md, Conventions: enrolled 2027-01-10 under 45 → trajectory ends 2027-04-09, front-loading window 2027-03-09.
        var h = new HandWrittenHistory();
        var inside = h.EnrolAndAccept(Jan10, 44);
        h.Session(inside, new(2027, 3, 1), 8).Session(inside, new(2027, 3, 2), 8).Session(inside, new(2027, 3, 9), 4)
            .Session(inside, new(2027, 4, 1), 8).Session(inside, new(2027, 4, 9), 2);
        var outside = h.EnrolAndAccept(Jan10, 44);
        h.Session(outside, new(2027, 3, 1), 8).Session(outside, new(2027, 3, 2), 8).Session(outside, new(2027, 3, 10), 4)
            .Session(outside, new(2027, 4, 1), 8).Session(outside, new(2027, 4, 10), 2);

        var atEnd = IndependentReport.Derive(h.Json, new(2027, 6, 30));
        Assert.Equal(1, Number(atEnd, "guidance.frontLoaded"));
        Assert.Equal(1, Number(atEnd, "guidance.reachedRequiredHours"));
        Assert.Equal(60, Number(atEnd, "guidance.totalHours"));

        // As of the window's last day the 4 hours of 2027-03-09 count; the day before they do not.
        Assert.Equal(1, Number(IndependentReport.Derive(h.Json, new(2027, 3, 9)), "guidance.frontLoaded"));
        Assert.Equal(0, Number(IndependentReport.Derive(h.Json, new(2027, 3, 8)), "guidance.frontLoaded"));
        Assert.Equal(1, Number(IndependentReport.Derive(h.Json, new(2027, 4, 9)), "guidance.reachedRequiredHours"));
        Assert.Equal(0, Number(IndependentReport.Derive(h.Json, new(2027, 4, 8)), "guidance.reachedRequiredHours"));
        Assert.Equal(36, Number(IndependentReport.Derive(h.Json, new(2027, 3, 9)), "guidance.totalHours"));
    }

    [Fact]
    public void from_45_the_minimum_period_is_6_months_and_60_hours()
    {
        var h = new HandWrittenHistory();
        var older = h.EnrolAndAccept(Jan10, 45);
        for (var day = 0; day < 7; day++) h.Session(older, new DateOnly(2027, 6, 1).AddDays(day), 8);
        h.Session(older, new(2027, 7, 9), 4);   // the 6 months end on 2027-07-09: 60 hours
        var late = h.EnrolAndAccept(Jan10, 45);
        for (var day = 0; day < 7; day++) h.Session(late, new DateOnly(2027, 6, 1).AddDays(day), 8);
        h.Extend(late, new(2027, 6, 1), new(2027, 12, 31)).Session(late, new(2027, 7, 10), 4);   // an extension does not move it

        var report = IndependentReport.Derive(h.Json, new(2027, 12, 31));
        Assert.Equal(1, Number(report, "guidance.reachedRequiredHours"));
        Assert.Equal(0, Number(report, "guidance.frontLoaded"));
        Assert.Equal(1, Number(report, "extended"));
        Assert.Equal(0, Number(IndependentReport.Derive(h.Json, new(2027, 5, 31)), "extended"));
    }

    [Fact]
    public void left_comes_first_and_three_reasons_are_not_available_for_work()
    {
        var h = new HandWrittenHistory();
        var retired = h.EnrolAndAccept(Jan10, 58);
        h.Job(retired, new(2027, 2, 1), "Indefinite").Leave(retired, new(2027, 3, 1), "Retired");
        var abroad = h.EnrolAndAccept(Jan10, 30);
        h.Leave(abroad, new(2027, 3, 1), "MovedAbroad");
        var employed = h.EnrolAndAccept(Jan10, 30);
        h.Job(employed, new(2027, 1, 20), "Indefinite");

        var report = IndependentReport.Derive(h.Json, new(2027, 3, 1));
        AssertStatus(report, employed: 1, searching: 0, declined: 0, left: 2);
        Assert.Equal(1, Number(report, "leftByReason.Retired"));
        Assert.Equal(1, Number(report, "leftByReason.MovedAbroad"));
        Assert.Equal(0, Number(report, "leftByReason.Deceased"));
        Assert.Equal(2, Number(report, "availableForWork"));
        Assert.Equal(50.0m, Number(report, "reEmploymentRate"));
        var band55 = report["byAgeBand"]![3]!.AsObject();
        Assert.Equal("55+", band55["band"]!.GetValue<string>());
        Assert.Equal(1, band55["enrolled"]!.GetValue<int>());
        Assert.Equal(0, band55["availableForWork"]!.GetValue<int>());
        Assert.Equal(0m, band55["reEmploymentRate"]!.GetValue<decimal>());

        // The day before, the retired participant was Employed.
        var before = IndependentReport.Derive(h.Json, new(2027, 2, 28));
        AssertStatus(before, employed: 2, searching: 1, declined: 0, left: 0);
        Assert.Equal(3, Number(before, "availableForWork"));
    }

    [Fact]
    public void declined_on_or_before_the_date()
    {
        var h = new HandWrittenHistory();
        var declined = h.Enrol(Jan10, 50);
        h.Decline(declined, new(2027, 1, 20));

        AssertStatus(IndependentReport.Derive(h.Json, new(2027, 1, 20)), 0, 0, 1, 0);
        AssertStatus(IndependentReport.Derive(h.Json, new(2027, 1, 19)), 0, 1, 0, 0);
        Assert.Equal(0, Number(IndependentReport.Derive(h.Json, new(2027, 1, 9)), "enrolled"));
    }

    [Fact]
    public void a_job_starting_after_the_date_is_not_yet_employment()
    {
        var h = new HandWrittenHistory();
        var p = h.EnrolAndAccept(Jan10, 40);
        h.Job(p, new(2027, 3, 1), "FixedTerm", 6);

        AssertStatus(IndependentReport.Derive(h.Json, new(2027, 2, 28)), 0, 1, 0, 0);
        var report = IndependentReport.Derive(h.Json, new(2027, 3, 1));
        AssertStatus(report, 1, 0, 0, 0);
        Assert.Equal(100.0m, Number(report, "durableReEmploymentRate"));
        Assert.Equal(1, Number(report, "employedByContractType.FixedTerm"));
        Assert.Equal(50.0m, Number(report, "daysToJob.median"));
    }

    [Fact]
    public void a_fixed_term_job_under_6_months_is_not_durable()
    {
        var h = new HandWrittenHistory();
        h.Job(h.EnrolAndAccept(Jan10, 40), new(2027, 2, 1), "FixedTerm", 5);
        h.Job(h.EnrolAndAccept(Jan10, 40), new(2027, 2, 1), "SelfEmployed");
        h.Job(h.EnrolAndAccept(Jan10, 40), new(2027, 2, 1), "TemporaryAgency");

        var report = IndependentReport.Derive(h.Json, new(2027, 6, 1));
        Assert.Equal(100.0m, Number(report, "reEmploymentRate"));
        Assert.Equal(33.3m, Number(report, "durableReEmploymentRate"));
    }

    [Fact]
    public void a_lost_job_means_searching_again_and_a_closure_after_the_date_changes_nothing_yet()
    {
        var h = new HandWrittenHistory();
        var lost = h.EnrolAndAccept(Jan10, 47);
        h.Job(lost, new(2027, 2, 1), "Indefinite").CloseAftercare(lost, new(2027, 5, 1), stillEmployed: false);
        var kept = h.EnrolAndAccept(Jan10, 47);
        h.Job(kept, new(2027, 2, 1), "Indefinite").CloseAftercare(kept, new(2027, 5, 1), stillEmployed: true);

        var before = IndependentReport.Derive(h.Json, new(2027, 4, 30));
        AssertStatus(before, 2, 0, 0, 0);
        Assert.Equal(0, Number(before, "aftercare.closed"));

        var after = IndependentReport.Derive(h.Json, new(2027, 5, 1));
        AssertStatus(after, 1, 1, 0, 0);
        Assert.Equal(2, Number(after, "aftercare.closed"));
        Assert.Equal(1, Number(after, "aftercare.stillEmployed"));
    }

    [Fact]
    public void a_second_job_after_a_lost_one_is_the_current_job()
    {
        var h = new HandWrittenHistory();
        var p = h.EnrolAndAccept(Jan10, 52);
        h.Job(p, new(2027, 2, 1), "TemporaryAgency").CloseAftercare(p, new(2027, 3, 1), stillEmployed: false)
            .Job(p, new(2027, 4, 1), "Training").CloseAftercare(p, new(2027, 9, 1), stillEmployed: true);

        var report = IndependentReport.Derive(h.Json, new(2027, 10, 1));
        AssertStatus(report, 1, 0, 0, 0);
        Assert.Equal(1, Number(report, "employedByContractType.Training"));
        Assert.Equal(0, Number(report, "employedByContractType.TemporaryAgency"));
        Assert.Equal(81.0m, Number(report, "daysToJob.mean"));
        Assert.Equal(2, Number(report, "aftercare.closed"));
        Assert.Equal(1, Number(report, "aftercare.stillEmployed"));
        Assert.Equal(0, Number(IndependentReport.Derive(h.Json, new(2027, 3, 15)), "status.employed"));
        Assert.Equal(1, Number(IndependentReport.Derive(h.Json, new(2027, 2, 15)), "employedByContractType.TemporaryAgency"));
    }

    [Theory]
    [InlineData(44, 0)]
    [InlineData(45, 1)]
    [InlineData(49, 1)]
    [InlineData(50, 2)]
    [InlineData(54, 2)]
    [InlineData(55, 3)]
    public void age_bands(int age, int band)
    {
        var h = new HandWrittenHistory();
        h.EnrolAndAccept(Jan10, age);
        var bands = IndependentReport.Derive(h.Json, Jan10)["byAgeBand"]!.AsArray();
        Assert.Equal(["<45", "45-49", "50-54", "55+"], bands.Select(b => b!["band"]!.GetValue<string>()));
        Assert.Equal(Enumerable.Range(0, 4).Select(i => i == band ? 1 : 0), bands.Select(b => b!["enrolled"]!.GetValue<int>()));
    }

    [Fact]
    public void percentages_round_half_away_from_zero_and_days_to_job_take_the_middle()
    {
        // 1 employed of 16 available: 6.25 % → 6.3 (banker's rounding would give 6.2).
        var h = new HandWrittenHistory();
        h.Job(h.EnrolAndAccept(Jan10, 30), Jan10.AddDays(10), "Indefinite");
        for (var i = 0; i < 15; i++) h.EnrolAndAccept(Jan10, 30);
        var report = IndependentReport.Derive(h.Json, new(2027, 12, 1));
        Assert.Equal(6.3m, Number(report, "reEmploymentRate"));

        // Days to job 10, 11, 11, 12 → median 11.0, mean 11.0; then 10, 11 → 10.5 and 10.5; 10, 11, 11 → 11.0 and 10.7.
        var d = new HandWrittenHistory();
        foreach (var days in new[] { 10, 11, 11 }) d.Job(d.EnrolAndAccept(Jan10, 30), Jan10.AddDays(days), "Indefinite");
        var three = IndependentReport.Derive(d.Json, new(2027, 12, 1));
        Assert.Equal(11.0m, Number(three, "daysToJob.median"));
        Assert.Equal(10.7m, Number(three, "daysToJob.mean"));

        var e = new HandWrittenHistory();
        foreach (var days in new[] { 11, 10 }) e.Job(e.EnrolAndAccept(Jan10, 30), Jan10.AddDays(days), "Indefinite");
        var two = IndependentReport.Derive(e.Json, new(2027, 12, 1));
        Assert.Equal(10.5m, Number(two, "daysToJob.median"));
        Assert.Equal(10.5m, Number(two, "daysToJob.mean"));
    }

    [Fact]
    public void nothing_counted_gives_zeros_and_every_reason_and_contract_type_is_listed()
    {
        var report = IndependentReport.Derive(new HandWrittenHistory().Json, Jan10);
        Assert.Equal(0, Number(report, "enrolled"));
        Assert.Equal(0m, Number(report, "reEmploymentRate"));
        Assert.Equal(0m, Number(report, "daysToJob.median"));
        Assert.Equal(6, report["leftByReason"]!.AsObject().Count);
        Assert.Equal(5, report["employedByContractType"]!.AsObject().Count);
        Assert.Equal(JsonValueKind.Object, JsonSerializer.SerializeToElement(report).ValueKind);
    }

    [Fact]
    public void voided_entries_count_no_more_even_those_recorded_before_entries_had_ids()
    {
        // docs/domain-rules.md, Corrections: an entry stored without an id is named by the id derived from its position;
        // the product derives the same (EntryIds), which the void below names.
        var h = new HandWrittenHistory();
        var p = h.EnrolAndAccept(Jan10, 44);
        h.Session(p, new(2027, 2, 1), 8).Session(p, new(2027, 2, 1), 8)
            .Add("GuidanceSessionVoided", new { caseId = h.CaseId, participantId = p, sessionId = Domain.Participants.EntryIds.Derived(p, "session", 1),
                heldOn = new DateOnly(2027, 2, 1), hours = 8, reason = "Logged twice" })
            .Job(p, new(2027, 3, 1), "Indefinite")
            .Add("JobVoided", new { caseId = h.CaseId, participantId = p, jobId = Domain.Participants.EntryIds.Derived(p, "job", 0), reason = "Wrong person" })
            .Leave(p, new(2027, 4, 1), "Deceased")
            .Add("DepartureVoided", new { caseId = h.CaseId, participantId = p, departureId = Guid.NewGuid(), reason = "Wrong person" });
        var report = IndependentReport.Derive(h.Json, new(2027, 6, 30));
        Assert.Equal(8, Number(report, "guidance.totalHours"));
        Assert.Equal(8, Number(report, "hoursByService.Unspecified"));
        AssertStatus(report, employed: 0, searching: 1, declined: 0, left: 0);
        Assert.Equal(1, Number(report, "availableForWork"));

        // A declined offer corrected to accepted, and a corrected enrolment date, replace what was recorded.
        var declined = h.Enrol(Jan10, 50);
        h.Decline(declined, Jan10)
            .Add("OutplacementDecisionCorrected", new { caseId = h.CaseId, participantId = declined, accepted = true, decidedOn = Jan10, reason = "x" })
            .Add("EnrolmentCorrected", new { caseId = h.CaseId, participantId = declined, ageAtAnnouncement = 50, enrolledOn = new DateOnly(2027, 7, 1), reason = "x" });
        Assert.Equal(1, Number(IndependentReport.Derive(h.Json, new(2027, 6, 30)), "enrolled"));
        AssertStatus(IndependentReport.Derive(h.Json, new(2027, 7, 1)), employed: 0, searching: 2, declined: 0, left: 0);
    }

    [Fact]
    public void hours_per_service_count_a_session_for_each_service_it_named_and_those_naming_none_as_unspecified()
    {
        // docs/domain-rules.md, hours per service (CAO 82bis).
        var h = new HandWrittenHistory();
        var a = h.EnrolAndAccept(Jan10, 41);
        h.Session(a, new(2027, 1, 11), 3, "JobSearchCampaign", "PsychologicalSupport").Session(a, new(2027, 1, 12), 2)
            .Session(a, new(2027, 2, 1), 1.5m, "Other");
        var report = IndependentReport.Derive(h.Json, new(2027, 1, 31));
        Assert.Equal(3, Number(report, "hoursByService.JobSearchCampaign"));
        Assert.Equal(3, Number(report, "hoursByService.PsychologicalSupport"));
        Assert.Equal(2, Number(report, "hoursByService.Unspecified"));
        Assert.Equal(0, Number(report, "hoursByService.Other"));
        Assert.Equal(5, Number(report, "guidance.totalHours"));
        Assert.Equal(1.5m, Number(IndependentReport.Derive(h.Json, new(2027, 2, 1)), "hoursByService.Other"));
        Assert.Equal(8, report["hoursByService"]!.AsObject().Count);
    }

    [Fact]
    public void aftercare_contacts_count_as_of_their_date_apart_from_guidance_hours()
    {
        // docs/domain-rules.md, aftercare contacts (R24).
        var h = new HandWrittenHistory();
        var a = h.EnrolAndAccept(Jan10, 41);
        h.Session(a, new(2027, 1, 11), 2).Job(a, new(2027, 3, 1), "Indefinite")
            .AftercareContact(a, new(2027, 3, 15), 0.5m).AftercareContact(a, new(2027, 6, 1), 1.25m);
        var before = IndependentReport.Derive(h.Json, new(2027, 5, 31));
        Assert.Equal((1, 0.5m), ((int)Number(before, "aftercare.contacts"), Number(before, "aftercare.contactHours")));
        var after = IndependentReport.Derive(h.Json, new(2027, 6, 1));
        Assert.Equal((2, 1.75m), ((int)Number(after, "aftercare.contacts"), Number(after, "aftercare.contactHours")));
        Assert.Equal(2, Number(after, "guidance.totalHours"));
    }

    [Fact]
    public void the_process_counts_what_was_held_on_or_before_the_date_with_its_dates_in_date_order()
    {
        var h = new HandWrittenHistory()
            .WorksCouncil(new(2027, 1, 12), 4, 2).WorksCouncil(new(2027, 1, 5), 12, 10)
            .Consultation(new(2027, 1, 6), "SectorFund")
            .PreTrajectory(new(2027, 1, 8), "Workshop", 12).PreTrajectory(new(2027, 1, 7), "Workshop", 20)
            .TwcMeeting(new(2027, 2, 27));

        var process = IndependentReport.Derive(h.Json, new(2027, 1, 12))["process"]!;
        Assert.Equal("""{"count":2,"dates":["2027-01-05","2027-01-12"],"questionsReceived":16,"questionsAnswered":12}""",
            process["worksCouncilMeetings"]!.ToJsonString());
        Assert.Equal("""{"count":0,"dates":[]}""", process["twcMeetings"]!.ToJsonString());
        Assert.Equal("""{"kind":"Workshop","count":2,"attendees":32,"dates":["2027-01-07","2027-01-08"]}""", process["preTrajectoryActivities"]![1]!.ToJsonString());
        Assert.Equal(["SocialInterventionAdviser", "SectorFund", "Union", "EmploymentService", "Other"],
            process["stakeholderConsultations"]!.AsArray().Select(c => c!["party"]!.GetValue<string>()));
        Assert.Equal(1, process["stakeholderConsultations"]![1]!["count"]!.GetValue<int>());
        Assert.Equal(1, IndependentReport.Derive(h.Json, new(2027, 2, 27))["process"]!["twcMeetings"]!["count"]!.GetValue<int>());
        Assert.Equal(0, IndependentReport.Derive(h.Json, new(2027, 2, 26))["process"]!["twcMeetings"]!["count"]!.GetValue<int>());
    }

    [Fact]
    public void guidance_hours_split_by_the_sessions_kind()
    {
        var h = new HandWrittenHistory();
        var p = h.EnrolAndAccept(Jan10, 41);
        h.Session(p, new(2027, 1, 11), 2).SessionOfKind(p, new(2027, 1, 11), 3.5m, "Group").SessionOfKind(p, new(2027, 2, 1), 4, "Group");
        var report = IndependentReport.Derive(h.Json, new(2027, 1, 31));
        Assert.Equal((5.5m, 2m, 3.5m), (Number(report, "guidance.totalHours"), Number(report, "guidance.individualHours"), Number(report, "guidance.groupHours")));
        Assert.Equal(7.5m, Number(IndependentReport.Derive(h.Json, new(2027, 2, 1)), "guidance.groupHours"));
    }
}
