using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;

namespace CollectiveDismissal.Domain.Tests.Reports;

/// <summary>The report's definitions (docs/domain-rules.md, "The employment results report"), on participants folded from events.</summary>
public class EmploymentReportTests
{
    private static readonly Guid CaseId = ParticipantSpec.CaseId;
    private static readonly DateOnly Enrolled = new(2027, 1, 10);

    private static DateOnly D(string date) => DateOnly.Parse(date);

    /// <summary>A participant enrolled on 2027-01-10 with the given age, folded from the given events.</summary>
    private static Participant P(int age, params Func<Guid, object>[] events) => P(Guid.NewGuid(), age, events);

    /// <summary>Also folds the report's own facts from the same events, and checks they are the participant's.</summary>
    private static Participant P(Guid id, int age, params Func<Guid, object>[] events)
    {
        object[] all = [new ParticipantEnrolled(CaseId, id, $"E-{id:N}", Gender.X, ContractKind.Indefinite,
            WorkerCategory.WhiteCollar, TerminationMode.Indemnity, D("2026-12-06"), D("2027-01-09"), Enrolled, age), .. events.Select(e => e(id))];
        var state = all.Aggregate((Participant?)null, Participant.Evolve)!;
        var facts = all.Aggregate((ReportFacts?)null, ReportFacts.Evolve)!;
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(ReportFacts.Of(state)), System.Text.Json.JsonSerializer.Serialize(facts));
        return state;
    }

    private static Func<Guid, object> Accepted(string on = "2027-01-10") => id => new OutplacementAccepted(CaseId, id, D(on));
    private static Func<Guid, object> Declined(string on) => id => new OutplacementDeclined(CaseId, id, D(on));
    private static Func<Guid, object> Session(string on, decimal hours) => id => new GuidanceSessionLogged(CaseId, id, D(on), hours, GuidanceKind.Individual, null);
    private static Func<Guid, object> Job(string on, ContractType type = ContractType.Indefinite, int? months = null) =>
        id => new JobFound(CaseId, id, D(on), "Werkgever", type, months, null);
    private static Func<Guid, object> Aftercare(string on, bool stillEmployed) => id => new AftercareClosed(CaseId, id, D(on), stillEmployed);
    private static Func<Guid, object> Left(string on, DepartureReason reason) => id => new ParticipantLeft(CaseId, id, D(on), reason);
    private static Func<Guid, object> Extended(string on, string endsOn) => id => new TrajectoryExtended(CaseId, id, D(on), D(endsOn), "more time");

    private static EmploymentReport Report(string asOf, params Participant[] participants) =>
        EmploymentReports.Compute(CaseId, D(asOf), 42, participants).Report;

    private static ParticipantStatus StatusOn(string asOf, Participant p) => EmploymentReports.Row(p, D(asOf)).Status;

    [Fact]
    public void Left_on_or_before_the_date_comes_first_even_when_employed()
    {
        var p = P(41, Accepted(), Job("2027-02-01"), Left("2027-03-01", DepartureReason.MovedAbroad));
        Assert.Equal(ParticipantStatus.Employed, StatusOn("2027-02-28", p));
        Assert.Equal(ParticipantStatus.Left, StatusOn("2027-03-01", p));
        var report = Report("2027-03-01", p);
        Assert.Equal(1, report.Status.Left);
        Assert.Equal(1, report.LeftByReason["MovedAbroad"]);
        Assert.Equal(1, report.AvailableForWork);
    }

    [Fact]
    public void Declined_counts_from_its_decision_date()
    {
        var p = P(41, Declined("2027-01-20"));
        Assert.Equal(ParticipantStatus.Searching, StatusOn("2027-01-19", p));
        Assert.Equal(ParticipantStatus.Declined, StatusOn("2027-01-20", p));
    }

    [Fact]
    public void Employed_from_the_job_start_and_a_job_starting_after_the_date_does_not_count()
    {
        var p = P(41, Accepted(), Job("2027-03-01"));
        Assert.Equal(ParticipantStatus.Searching, StatusOn("2027-02-28", p));
        Assert.Equal(ParticipantStatus.Employed, StatusOn("2027-03-01", p));
    }

    [Fact]
    public void A_job_lost_in_aftercare_means_searching_from_the_closing_date_and_a_later_job_employs_again()
    {
        var p = P(41, Accepted(), Job("2027-02-01", ContractType.TemporaryAgency), Aftercare("2027-04-01", stillEmployed: false),
            Job("2027-05-01", ContractType.FixedTerm, 6));
        Assert.Equal(ParticipantStatus.Employed, StatusOn("2027-03-31", p));
        Assert.Equal(ParticipantStatus.Searching, StatusOn("2027-04-01", p));
        Assert.Equal(ParticipantStatus.Employed, StatusOn("2027-05-01", p));
        var report = Report("2027-05-01", p);
        Assert.Equal(1, report.EmployedByContractType["FixedTerm"]);
        Assert.Equal(0, report.EmployedByContractType["TemporaryAgency"]);
        Assert.Equal(new DaysToJobFigures(111.0m, 111.0m), report.DaysToJob);
        Assert.Equal(new AftercareFigures(1, 0), report.Aftercare);
    }

    [Fact]
    public void Aftercare_closed_with_still_employed_stays_employed_and_counts_as_still_employed()
    {
        var p = P(41, Accepted(), Job("2027-02-01"), Aftercare("2027-08-01", stillEmployed: true));
        Assert.Equal(ParticipantStatus.Employed, StatusOn("2027-09-01", p));
        Assert.Equal(new AftercareFigures(0, 0), Report("2027-07-31", p).Aftercare);
        Assert.Equal(new AftercareFigures(1, 1), Report("2027-08-01", p).Aftercare);
    }

    [Fact]
    public void Participants_enrolled_after_the_date_are_not_counted()
    {
        var report = Report("2027-01-09", P(41));
        Assert.Equal(0, report.Enrolled);
        Assert.Equal(0.0m, report.ReEmploymentRate);
        Assert.Equal(new DaysToJobFigures(0, 0), report.DaysToJob);
        Assert.Equal(1, Report("2027-01-10", P(41)).Enrolled);
    }

    [Fact]
    public void Worked_example_front_loading_window_ends_2027_03_09_and_the_minimum_period_2027_04_09()
    {
        // Under 45, enrolled 2027-01-10: 20 h by 2027-03-09 is front-loaded; the same hours a day later are not.
        var inWindow = P(41, Accepted(), Session("2027-01-20", 12), Session("2027-03-09", 8));
        var late = P(41, Accepted(), Session("2027-01-20", 12), Session("2027-03-10", 8));
        var row = EmploymentReports.Row(inWindow, D("2027-06-30"));
        Assert.Equal(D("2027-03-09"), row.FrontLoadingWindowEndsOn);
        Assert.Equal(D("2027-04-09"), row.MinimumPeriodEndsOn);
        Assert.True(row.FrontLoaded);
        Assert.False(EmploymentReports.Row(late, D("2027-06-30")).FrontLoaded);
        Assert.False(EmploymentReports.Row(inWindow, D("2027-03-08")).FrontLoaded);

        // 30 h inside the minimum period reach the required hours; a session on 2027-04-10 counts in the total only.
        var reached = P(41, Accepted(), Session("2027-02-01", 8), Session("2027-03-01", 8), Session("2027-04-01", 8), Session("2027-04-09", 6));
        var missed = P(41, Accepted(), Session("2027-02-01", 8), Session("2027-03-01", 8), Session("2027-04-01", 8), Session("2027-04-10", 6));
        var report = Report("2027-06-30", reached, missed);
        Assert.Equal(1, report.Guidance.ReachedRequiredHours);
        Assert.Equal(60m, report.Guidance.TotalHours);
        Assert.Equal(0, Report("2027-04-08", reached).Guidance.ReachedRequiredHours);
    }

    [Fact]
    public void A_participant_document_without_running_totals_gives_the_same_row_from_its_guidance_days()
    {
        var p = P(41, Accepted(), Session("2027-01-20", 12), Session("2027-03-09", 8), Session("2027-04-10", 6));
        var legacy = p with { Totals = null };
        // Compared as JSON: a row's hours per service are a dictionary, which a record compares by reference.
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(EmploymentReports.Row(p, D("2027-06-30"))),
            System.Text.Json.JsonSerializer.Serialize(EmploymentReports.Row(legacy, D("2027-06-30"))));
        Assert.Equal(26m, EmploymentReports.Row(legacy, D("2027-06-30")).Hours);
    }

    [Fact]
    public void From_45_the_minimum_period_is_6_months_and_60_hours()
    {
        var p = P(45, Accepted(), Session("2027-02-01", 8), Session("2027-07-09", 8));
        var row = EmploymentReports.Row(p, D("2027-12-31"));
        Assert.Equal(60, row.RequiredHours);
        Assert.Equal(D("2027-07-09"), row.MinimumPeriodEndsOn);
        Assert.Equal(16m, row.HoursInMinimumPeriod);
    }

    [Fact]
    public void Sessions_after_the_date_are_not_counted()
    {
        var p = P(41, Accepted(), Session("2027-01-20", 2.5m), Session("2027-02-20", 1.5m));
        Assert.Equal(2.5m, Report("2027-02-19", p).Guidance.TotalHours);
        Assert.Equal("4", Report("2027-02-20", p).Guidance.TotalHours.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Available_for_work_excludes_retired_long_term_sick_and_deceased_only()
    {
        var ps = Enum.GetValues<DepartureReason>().Select(r => P(41, Left("2027-02-01", r))).Append(P(41, Accepted(), Job("2027-02-01"))).ToArray();
        var report = Report("2027-03-01", ps);
        Assert.Equal(7, report.Enrolled);
        Assert.Equal(4, report.AvailableForWork);
        Assert.All(report.LeftByReason.Values, n => Assert.Equal(1, n));
        Assert.Equal(25.0m, report.ReEmploymentRate);
    }

    [Theory]
    [InlineData(ContractType.Indefinite, null, true)]
    [InlineData(ContractType.SelfEmployed, null, true)]
    [InlineData(ContractType.FixedTerm, 6, true)]
    [InlineData(ContractType.FixedTerm, 5, false)]
    [InlineData(ContractType.TemporaryAgency, null, false)]
    [InlineData(ContractType.Training, null, false)]
    public void Durable_re_employment_counts_durable_jobs_only(ContractType type, int? months, bool durable)
    {
        var report = Report("2027-03-01", P(41, Accepted(), Job("2027-02-01", type, months)), P(41));
        Assert.Equal(50.0m, report.ReEmploymentRate);
        Assert.Equal(durable ? 50.0m : 0.0m, report.DurableReEmploymentRate);
        Assert.Equal(1, report.EmployedByContractType[type.ToString()]);
    }

    [Theory]
    [InlineData(1, 3, "33.3")]
    [InlineData(2, 3, "66.7")]
    [InlineData(1, 16, "6.3")]   // 6.25: half away from zero
    [InlineData(1, 8, "12.5")]
    [InlineData(14, 20, "70.0")]
    [InlineData(0, 0, "0.0")]
    public void Rates_have_one_decimal_rounded_half_away_from_zero(int count, int of, string expected) =>
        Assert.Equal(expected, EmploymentReports.Rate(count, of).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_two_middle_values_and_the_mean_has_one_decimal()
    {
        Assert.Equal(15.5m, EmploymentReports.Median([10, 15, 16, 100]));
        Assert.Equal(15.0m, EmploymentReports.Median([10, 15, 100]));
        Assert.Equal(33.7m, EmploymentReports.Mean([10, 15, 76]));  // 33.666…
        Assert.Equal(0.0m, EmploymentReports.Median([]));
        Assert.Equal(0.0m, EmploymentReports.Mean([]));
    }

    [Fact]
    public void Days_to_job_count_calendar_days_from_enrolment_for_the_employed_only()
    {
        var report = Report("2027-12-31",
            P(41, Accepted(), Job("2027-01-20")),                       // 10 days
            P(50, Accepted(), Job("2027-02-09")),                       // 30 days
            P(41, Accepted(), Job("2027-01-11"), Left("2027-02-01", DepartureReason.Other)));  // left: not counted
        Assert.Equal(new DaysToJobFigures(20.0m, 20.0m), report.DaysToJob);
    }

    [Fact]
    public void Age_bands_split_at_45_50_and_55()
    {
        var report = Report("2027-03-01", P(44), P(45), P(49), P(50, Accepted(), Job("2027-02-01")), P(54), P(55), P(63, Left("2027-02-01", DepartureReason.Retired)));
        Assert.Equal(["<45", "45-49", "50-54", "55+"], report.ByAgeBand.Select(b => b.Band));
        Assert.Equal([1, 2, 2, 2], report.ByAgeBand.Select(b => b.Enrolled));
        Assert.Equal([1, 2, 2, 1], report.ByAgeBand.Select(b => b.AvailableForWork));
        Assert.Equal(50.0m, report.ByAgeBand[2].ReEmploymentRate);
        Assert.Equal(0.0m, report.ByAgeBand[0].ReEmploymentRate);
    }

    [Fact]
    public void Extended_counts_participants_with_an_extension_decided_on_or_before_the_date()
    {
        var p = P(41, Accepted(), Extended("2027-03-01", "2027-06-30"), Extended("2027-05-01", "2027-08-31"));
        Assert.Equal(0, Report("2027-02-28", p).Extended);
        Assert.Equal(1, Report("2027-05-01", p).Extended);
        Assert.Equal(2, EmploymentReports.Row(p, D("2027-05-01")).Extensions);
    }

    [Fact]
    public void Each_figure_counts_exactly_the_participants_its_evidence_lists()
    {
        var ps = new[]
        {
            P(41, Accepted(), Job("2027-02-01"), Aftercare("2027-03-01", false), Job("2027-03-15", ContractType.FixedTerm, 12), Aftercare("2027-06-01", true)),
            P(46, Accepted(), Session("2027-01-15", 8), Session("2027-01-16", 8), Session("2027-01-17", 8), Extended("2027-02-01", "2027-09-30")),
            P(52, Declined("2027-01-12")),
            P(58, Left("2027-02-01", DepartureReason.LongTermSick)),
            P(30),
        };
        var computed = EmploymentReports.Compute(CaseId, D("2027-07-01"), 1, ps);
        var members = EmploymentReports.Members(computed.Rows).ToDictionary(m => m.Figure, m => m.ParticipantIds.Count);
        var r = computed.Report;
        Assert.Equal(r.Enrolled, members["enrolled"]);
        Assert.Equal((r.Status.Employed, r.Status.Searching, r.Status.Declined, r.Status.Left),
            (members["status.employed"], members["status.searching"], members["status.declined"], members["status.left"]));
        Assert.Equal(r.AvailableForWork, members["availableForWork"]);
        foreach (var (reason, count) in r.LeftByReason) Assert.Equal(count, members[$"leftByReason.{reason}"]);
        foreach (var (type, count) in r.EmployedByContractType) Assert.Equal(count, members[$"employedByContractType.{type}"]);
        foreach (var band in r.ByAgeBand)
            Assert.Equal((band.Enrolled, band.AvailableForWork, band.Employed),
                (members[$"byAgeBand[{band.Band}].enrolled"], members[$"byAgeBand[{band.Band}].availableForWork"], members[$"byAgeBand[{band.Band}].employed"]));
        Assert.Equal(r.Guidance.FrontLoaded, members["guidance.frontLoaded"]);
        Assert.Equal(r.Guidance.ReachedRequiredHours, members["guidance.reachedRequiredHours"]);
        Assert.Equal(r.Extended, members["extended"]);
        Assert.Equal((r.Aftercare.Closed, r.Aftercare.StillEmployed), (members["aftercare.closed"], members["aftercare.stillEmployed"]));
        Assert.Equal((2, 1), (r.Aftercare.Closed, r.Aftercare.StillEmployed));
        Assert.Equal(1, r.Guidance.FrontLoaded);
    }

    [Fact]
    public void Status_evidence_names_the_events_that_decided_each_status()
    {
        var id = Guid.NewGuid();
        var events = new (long, object)[]
        {
            (10, new ParticipantEnrolled(CaseId, id, "E-1", Gender.X, ContractKind.Indefinite, WorkerCategory.WhiteCollar,
                TerminationMode.Indemnity, D("2026-12-06"), D("2027-01-09"), Enrolled, 41)),
            (11, new OutplacementAccepted(CaseId, id, Enrolled)),
            (12, new GuidanceSessionLogged(CaseId, id, D("2027-01-20"), 4, GuidanceKind.Group, null)),
            (13, new JobFound(CaseId, id, D("2027-02-01"), "W", ContractType.Indefinite, null, null)),
            (14, new AftercareClosed(CaseId, id, D("2027-03-01"), false)),
            (15, new JobFound(CaseId, id, D("2027-04-01"), "W2", ContractType.Indefinite, null, null)),
            (16, new ParticipantLeft(CaseId, id, D("2027-09-01"), DepartureReason.Other)),
        };
        var evidence = StatusEvidence.Fold(events);
        Assert.Equal(new long[] { 10 }, evidence.At(id, D("2027-01-31")).DecidedBy);
        Assert.Equal(new long[] { 10, 13 }, evidence.At(id, D("2027-02-01")).DecidedBy);
        Assert.Equal(ParticipantStatus.Searching, evidence.At(id, D("2027-03-01")).Status);
        Assert.Equal(new long[] { 10, 13, 14 }, evidence.At(id, D("2027-03-01")).DecidedBy);
        Assert.Equal(new long[] { 10, 15 }, evidence.At(id, D("2027-04-01")).DecidedBy);
        Assert.Equal(ParticipantStatus.Left, evidence.At(id, D("2027-09-01")).Status);
        Assert.Equal(new long[] { 10, 16 }, evidence.At(id, D("2027-09-01")).DecidedBy);
    }
}
