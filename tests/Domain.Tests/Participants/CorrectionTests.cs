using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Tests.ParticipantSpec;

namespace CollectiveDismissal.Domain.Tests.Participants;

// The worked example: enrolled 2027-01-10, under 45, so the minimum period ends on 2027-04-09.

public class entries_have_ids
{
    [Fact]
    public void a_command_gives_the_entry_its_id()
    {
        var p = Given(Enrolled(), Accepted()).Participant;
        var logged = ParticipantDecider.Decide(Given().Case, p, new LogGuidanceSession(EnrolledOn, 2, GuidanceKind.Individual, null, EntryId), Today);
        Assert.Equal(EntryId, p.With(logged).GuidanceSessionList().Single().Id);
    }

    [Fact]
    public void entries_stored_without_an_id_get_one_from_their_position_the_same_in_every_fold()
    {
        object[] events = [Enrolled(), Accepted(), Session(EnrolledOn, 2), Session(EnrolledOn.AddDays(1), 3), Job(EnrolledOn.AddDays(5)),
            new TrajectoryExtended(CaseId, ParticipantId, EnrolledOn, new DateOnly(2027, 6, 1), "r"),
            new ParticipantLeft(CaseId, ParticipantId, new DateOnly(2027, 6, 1), DepartureReason.Other)];
        var p = ParticipantOf(events)!;
        Assert.Equal([EntryIds.Derived(ParticipantId, "session", 0), EntryIds.Derived(ParticipantId, "session", 1)],
            p.GuidanceSessionList().Select(s => s.Id));
        Assert.Equal(EntryIds.Derived(ParticipantId, "job", 0), p.JobList().Single().Id);
        Assert.Equal(EntryIds.Derived(ParticipantId, "extension", 0), p.ExtensionList().Single().Id);
        Assert.Equal(EntryIds.Derived(ParticipantId, "departure", 0), p.Departure!.Id);
        var again = ParticipantOf(events)!;
        Assert.Equal(p.GuidanceSessionList(), again.GuidanceSessionList());
        Assert.Equal(p.JobList(), again.JobList());
        var facts = events.Aggregate((ReportFacts?)null, ReportFacts.Evolve)!;
        Assert.Equal(p.JobList().Single().Id, facts.Jobs!.Single().Id);
        Assert.NotEqual(EntryIds.Derived(ParticipantId, "session", 0), EntryIds.Derived(Guid.NewGuid(), "session", 0));
    }
}

public class voiding_a_guidance_session
{
    private static readonly Guid First = Guid.Parse("0195f000-0000-7000-8000-0000000005a1");
    private static readonly Guid Twice = Guid.Parse("0195f000-0000-7000-8000-0000000005a2");
    private static readonly DateOnly Day = EnrolledOn.AddDays(3);
    private static readonly object[] Doubled = [Enrolled(), Accepted(), Session(Day, 2.5m, First), Session(Day, 2.5m, Twice)];

    [Fact]
    public void names_the_session_its_date_and_hours_and_why() =>
        Given(Doubled).When((c, p) => ParticipantDecider.Decide(c, p, new VoidGuidanceSession(Twice, "double click")))
            .Then(new GuidanceSessionVoided(CaseId, ParticipantId, Twice, Day, 2.5m, "double click", Kind: GuidanceKind.Individual));

    [Fact]
    public void its_hours_stop_counting_in_the_participant_and_in_the_report()
    {
        object[] events = [.. Doubled, new GuidanceSessionVoided(CaseId, ParticipantId, Twice, Day, 2.5m, "double click")];
        var p = ParticipantOf(events)!;
        Assert.Equal(2.5m, p.DeliveredHours());
        Assert.Equal(1, p.SessionCount());
        Assert.Equal([First], p.GuidanceSessionList().Select(s => s.Id));
        Assert.Equal(2.5m, p.TotalsOrNone().Hours);
        Assert.Equal(2.5m, p.TotalsOrNone().HoursInFrontLoadingWindow);
        var facts = events.Aggregate((ReportFacts?)null, ReportFacts.Evolve)!;
        Assert.Equal(p.Totals, facts.Totals);
        Assert.Equal(2.5m, EmploymentReports.Row(p, new DateOnly(2027, 12, 31)).Hours);
        Assert.Equal(2.5m, EmploymentReports.Row(facts, Day, _ => p.SessionList()).Hours);
    }

    [Fact]
    public void its_hours_per_service_go_too()
    {
        object[] logged =
        [
            Enrolled(), Accepted(),
            new GuidanceSessionLogged(CaseId, ParticipantId, Day, 2m, GuidanceKind.Individual, null, First, [GuidanceService.JobSearchCampaign, GuidanceService.Other]),
            new GuidanceSessionLogged(CaseId, ParticipantId, Day, 3m, GuidanceKind.Individual, null, Twice, [GuidanceService.Other])
        ];
        var given = Given(logged);
        var voided = ParticipantDecider.Decide(given.Case, given.Participant, new VoidGuidanceSession(First, "wrong participant"));
        Assert.Equal([GuidanceService.JobSearchCampaign, GuidanceService.Other], voided.Services);
        object[] events = [.. logged, voided];
        var p = ParticipantOf(events)!;
        Assert.Equal([new ServiceHours(GuidanceService.Other, 3m)], p.TotalsOrNone().HoursByService);
        Assert.Equal([new ServiceHours(GuidanceService.Other, 3m)], p.SessionList().Single().Services);
        Assert.Equal([new ServiceHours(GuidanceService.Other, 3m)], GuidanceDay.HoursByServiceUpTo(p.SessionList(), Day));
        var facts = events.Aggregate((ReportFacts?)null, ReportFacts.Evolve)!;
        Assert.Equal(p.TotalsOrNone().HoursByService, facts.Totals!.HoursByService);
    }

    [Fact]
    public void a_voided_group_session_leaves_the_group_hours_of_the_day_the_totals_and_the_report_facts()
    {
        var group = Guid.NewGuid();
        object[] events = [Enrolled(), Accepted(), Session(Day, 2.5m, First),
            new GuidanceSessionLogged(CaseId, ParticipantId, Day, 3m, GuidanceKind.Group, null, group),
            new GuidanceSessionVoided(CaseId, ParticipantId, group, Day, 3m, "wrong person", Kind: GuidanceKind.Group)];
        var p = ParticipantOf(events)!;
        Assert.Equal((2.5m, 0m), (p.TotalsOrNone().Hours, p.TotalsOrNone().GroupHours));
        Assert.Equal(0m, Assert.Single(p.SessionList()).GroupHours);
        var facts = events.Aggregate((ReportFacts?)null, ReportFacts.Evolve)!;
        Assert.Equal(0m, facts.Totals!.GroupHours);
    }

    [Fact]
    public void the_last_session_of_a_day_takes_the_day_away()
    {
        var p = ParticipantOf([.. Doubled, new GuidanceSessionVoided(CaseId, ParticipantId, Twice, Day, 2.5m, "x"),
            new GuidanceSessionVoided(CaseId, ParticipantId, First, Day, 2.5m, "x")])!;
        Assert.Empty(p.SessionList());
        Assert.Equal(0m, p.DeliveredHours());
    }

    [Fact]
    public void a_voided_session_cannot_be_voided_twice() =>
        Given([.. Doubled, new GuidanceSessionVoided(CaseId, ParticipantId, Twice, Day, 2.5m, "x")])
            .When((c, p) => ParticipantDecider.Decide(c, p, new VoidGuidanceSession(Twice, "again"))).ThenRefuses("correction.already-voided");

    [Fact]
    public void an_unknown_session_is_refused() =>
        Given(Doubled).When((c, p) => ParticipantDecider.Decide(c, p, new VoidGuidanceSession(Guid.NewGuid(), "x")))
            .ThenRefuses("correction.unknown-entry");

    [Fact]
    public void not_on_a_closed_case() =>
        Given([.. Doubled, new CaseClosed(CaseId, new DateOnly(2027, 12, 1))])
            .When((c, p) => ParticipantDecider.Decide(c, p, new VoidGuidanceSession(Twice, "x"))).ThenRefuses("case.closed");

    [Fact]
    public void on_a_reopened_case() =>
        Given([.. Doubled, new CaseClosed(CaseId, new DateOnly(2027, 12, 1)), new CaseReopened(CaseId, "double session")])
            .When((c, p) => ParticipantDecider.Decide(c, p, new VoidGuidanceSession(Twice, "x")))
            .Then(new GuidanceSessionVoided(CaseId, ParticipantId, Twice, Day, 2.5m, "x", Kind: GuidanceKind.Individual));

    [Fact]
    public void after_the_participant_left() =>
        Given([.. Doubled, new ParticipantLeft(CaseId, ParticipantId, Day.AddDays(1), DepartureReason.Other)])
            .When((c, p) => ParticipantDecider.Decide(c, p, new VoidGuidanceSession(Twice, "x")))
            .Then(new GuidanceSessionVoided(CaseId, ParticipantId, Twice, Day, 2.5m, "x", Kind: GuidanceKind.Individual));
}

public class voiding_a_job_and_its_aftercare
{
    private static readonly Guid FirstJob = Guid.Parse("0195f000-0000-7000-8000-0000000006a1");
    private static readonly Guid SecondJob = Guid.Parse("0195f000-0000-7000-8000-0000000006a2");
    private static readonly DateOnly Starts = new(2027, 3, 1);
    private static readonly DateOnly Lost = new(2027, 4, 1);
    private static readonly object[] TwoJobs =
    [
        Enrolled(), Accepted(), Job(Starts, id: FirstJob), new AftercareClosed(CaseId, ParticipantId, Lost, false),
        Job(Lost.AddDays(10), ContractType.FixedTerm, 3, SecondJob)
    ];

    [Fact]
    public void the_last_job_goes_with_its_aftercare_and_the_participant_searches_again()
    {
        object[] events = [Enrolled(), Accepted(), Job(Starts, id: FirstJob), new AftercareClosed(CaseId, ParticipantId, Lost, true)];
        Given(events).When((c, p) => ParticipantDecider.Decide(c, p, new VoidJob(FirstJob, "wrong person")))
            .Then(new JobVoided(CaseId, ParticipantId, FirstJob, "wrong person"));
        var p = ParticipantOf([.. events, new JobVoided(CaseId, ParticipantId, FirstJob, "wrong person")])!;
        Assert.Empty(p.JobList());
        Assert.Equal(ParticipantStatus.Searching, p.StatusAt(Lost));
        var row = EmploymentReports.Row(p, Lost);
        Assert.Equal(0, row.AftercareClosures);
        Assert.Null(row.JobStartsOn);
    }

    [Fact]
    public void an_earlier_job_goes_and_the_later_one_stays_current()
    {
        var p = ParticipantOf([.. TwoJobs, new JobVoided(CaseId, ParticipantId, FirstJob, "x")])!;
        Assert.Equal([SecondJob], p.JobList().Select(j => j.Id));
        Assert.Equal(ParticipantStatus.Searching, p.StatusAt(Lost));
        Assert.Equal(ParticipantStatus.Employed, p.StatusAt(Lost.AddDays(10)));
    }

    [Fact]
    public void not_while_an_aftercare_contact_falls_inside_its_aftercare_only()
    {
        // R24: a contact needs a job's aftercare open on its day; contacts have no id to void, so the job stays.
        object[] events = [.. TwoJobs, new AftercareContactLogged(CaseId, ParticipantId, Lost.AddDays(-5), 1m, null)];
        Given(events).When((c, p) => ParticipantDecider.Decide(c, p, new VoidJob(FirstJob, "x")))
            .ThenRefuses("correction.job-has-aftercare-contacts");
        Given(events).When((c, p) => ParticipantDecider.Decide(c, p, new VoidJob(SecondJob, "x")))
            .Then(new JobVoided(CaseId, ParticipantId, SecondJob, "x"));
    }

    [Fact]
    public void voiding_the_later_job_gives_back_the_one_before_as_lost()
    {
        var p = ParticipantOf([.. TwoJobs, new JobVoided(CaseId, ParticipantId, SecondJob, "x")])!;
        Assert.Equal(ParticipantStatus.Searching, p.StatusAt(Lost.AddDays(20)));
        // A new job can follow the lost one again.
        ParticipantDecider.Decide(Given().Case, p, new RecordJob(Lost.AddDays(30), "Y", ContractType.Indefinite, null, null, EntryId));
    }

    [Fact]
    public void a_voided_job_cannot_be_voided_twice() =>
        Given([.. TwoJobs, new JobVoided(CaseId, ParticipantId, SecondJob, "x")])
            .When((c, p) => ParticipantDecider.Decide(c, p, new VoidJob(SecondJob, "x"))).ThenRefuses("correction.already-voided");

    [Fact]
    public void an_unknown_job_is_refused() =>
        Given(TwoJobs).When((c, p) => ParticipantDecider.Decide(c, p, new VoidJob(Guid.NewGuid(), "x"))).ThenRefuses("correction.unknown-entry");

    [Fact]
    public void voiding_the_aftercare_closure_makes_the_participant_employed_again()
    {
        object[] events = [Enrolled(), Accepted(), Job(Starts, id: FirstJob), new AftercareClosed(CaseId, ParticipantId, Lost, false)];
        Given(events).When((c, p) => ParticipantDecider.Decide(c, p, new VoidAftercareClosure(FirstJob, "still there")))
            .Then(new AftercareClosureVoided(CaseId, ParticipantId, FirstJob, "still there"));
        var p = ParticipantOf([.. events, new AftercareClosureVoided(CaseId, ParticipantId, FirstJob, "still there")])!;
        Assert.Equal(ParticipantStatus.Employed, p.StatusAt(Lost.AddDays(5)));
        Assert.True(p.JobList().Single().AftercareOpen());
        Assert.Equal(0, EmploymentReports.Row(p, Lost.AddDays(5)).AftercareClosures);
    }

    [Fact]
    public void not_while_a_later_job_follows_the_closure() =>
        Given(TwoJobs).When((c, p) => ParticipantDecider.Decide(c, p, new VoidAftercareClosure(FirstJob, "x"))).ThenRefuses("job.already-employed");

    [Fact]
    public void an_open_aftercare_has_no_closure_to_void() =>
        Given(TwoJobs).When((c, p) => ParticipantDecider.Decide(c, p, new VoidAftercareClosure(SecondJob, "x"))).ThenRefuses("correction.aftercare-open");

    [Fact]
    public void nor_a_second_time() =>
        Given([Enrolled(), Accepted(), Job(Starts, id: FirstJob), new AftercareClosed(CaseId, ParticipantId, Lost, false),
                new AftercareClosureVoided(CaseId, ParticipantId, FirstJob, "x")])
            .When((c, p) => ParticipantDecider.Decide(c, p, new VoidAftercareClosure(FirstJob, "x"))).ThenRefuses("correction.aftercare-open");
}

public class voiding_an_extension
{
    private static readonly Guid First = Guid.Parse("0195f000-0000-7000-8000-0000000007a1");
    private static readonly Guid Second = Guid.Parse("0195f000-0000-7000-8000-0000000007a2");
    private static readonly object[] Extended =
    [
        Enrolled(), Accepted(),
        new TrajectoryExtended(CaseId, ParticipantId, new DateOnly(2027, 3, 1), new DateOnly(2027, 6, 30), "training", First),
        new TrajectoryExtended(CaseId, ParticipantId, new DateOnly(2027, 6, 1), new DateOnly(2027, 9, 30), "training", Second)
    ];

    [Fact]
    public void the_trajectory_ends_on_the_extension_left()
    {
        Given(Extended).When((c, p) => ParticipantDecider.Decide(c, p, new VoidTrajectoryExtension(Second, "typed twice")))
            .Then(new TrajectoryExtensionVoided(CaseId, ParticipantId, Second, "typed twice"));
        var p = ParticipantOf([.. Extended, new TrajectoryExtensionVoided(CaseId, ParticipantId, Second, "x")])!;
        Assert.Equal(new DateOnly(2027, 6, 30), p.TrajectoryEndsOn);
        var facts = ReportFacts.Of(p);
        Assert.Equal(new DateOnly(2027, 6, 30), facts.TrajectoryEndsOn());
    }

    [Fact]
    public void without_any_the_minimum_period_ends_it()
    {
        var p = ParticipantOf([.. Extended, new TrajectoryExtensionVoided(CaseId, ParticipantId, Second, "x"),
            new TrajectoryExtensionVoided(CaseId, ParticipantId, First, "x")])!;
        Assert.Equal(new DateOnly(2027, 4, 9), p.TrajectoryEndsOn);
        Assert.Equal(0, EmploymentReports.Row(p, new DateOnly(2027, 12, 31)).Extensions);
    }

    [Fact]
    public void an_earlier_extension_goes_and_the_end_stays()
    {
        var p = ParticipantOf([.. Extended, new TrajectoryExtensionVoided(CaseId, ParticipantId, First, "x")])!;
        Assert.Equal(new DateOnly(2027, 9, 30), p.TrajectoryEndsOn);
    }

    [Fact]
    public void not_while_a_session_falls_after_the_end_left() =>
        Given([.. Extended, Session(new DateOnly(2027, 7, 15), 2)])
            .When((c, p) => ParticipantDecider.Decide(c, p, new VoidTrajectoryExtension(Second, "x"))).ThenRefuses("guidance.outside-trajectory");

    [Fact]
    public void a_voided_extension_cannot_be_voided_twice() =>
        Given([.. Extended, new TrajectoryExtensionVoided(CaseId, ParticipantId, Second, "x")])
            .When((c, p) => ParticipantDecider.Decide(c, p, new VoidTrajectoryExtension(Second, "x"))).ThenRefuses("correction.already-voided");
}

public class voiding_a_departure
{
    private static readonly Guid Departure = Guid.Parse("0195f000-0000-7000-8000-0000000008a1");
    private static readonly object[] Left =
        [Enrolled(), Accepted(), new ParticipantLeft(CaseId, ParticipantId, EnrolledOn.AddDays(10), DepartureReason.Deceased, Departure)];

    [Fact]
    public void the_participant_is_back_and_can_be_guided_after_that_date()
    {
        Given(Left).When((c, p) => ParticipantDecider.Decide(c, p, new VoidDeparture("wrong person")))
            .Then(new DepartureVoided(CaseId, ParticipantId, Departure, "wrong person"));
        var p = ParticipantOf([.. Left, new DepartureVoided(CaseId, ParticipantId, Departure, "wrong person")])!;
        Assert.Null(p.Departure);
        Assert.Equal(ParticipantStatus.Searching, p.StatusAt(EnrolledOn.AddDays(20)));
        Assert.True(EmploymentReports.Row(p, EnrolledOn.AddDays(20)).AvailableForWork);
        ParticipantDecider.Decide(Given().Case, p, new LogGuidanceSession(EnrolledOn.AddDays(20), 2, GuidanceKind.Individual, null, EntryId), Today);
    }

    [Fact]
    public void without_a_departure_there_is_nothing_to_void() =>
        Given([.. Left, new DepartureVoided(CaseId, ParticipantId, Departure, "x")])
            .When((c, p) => ParticipantDecider.Decide(c, p, new VoidDeparture("x"))).ThenRefuses("correction.no-departure");
}

public class correcting_the_outplacement_decision
{
    [Fact]
    public void a_declined_offer_becomes_accepted()
    {
        Given(Enrolled(), new OutplacementDeclined(CaseId, ParticipantId, EnrolledOn))
            .When((c, p) => ParticipantDecider.Decide(c, p, new CorrectOutplacementDecision(true, EnrolledOn.AddDays(1), "misread the form"), Today))
            .Then(new OutplacementDecisionCorrected(CaseId, ParticipantId, true, EnrolledOn.AddDays(1), "misread the form"));
        var p = ParticipantOf([Enrolled(), new OutplacementDeclined(CaseId, ParticipantId, EnrolledOn),
            new OutplacementDecisionCorrected(CaseId, ParticipantId, true, EnrolledOn.AddDays(1), "x")])!;
        Assert.Equal(ParticipantStatus.Searching, p.StatusAt(EnrolledOn.AddDays(1)));
    }

    [Fact]
    public void needs_a_decision() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, new CorrectOutplacementDecision(true, EnrolledOn, "x"), Today))
            .ThenRefuses("correction.no-decision");

    [Fact]
    public void must_change_it() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, new CorrectOutplacementDecision(true, EnrolledOn, "x"), Today))
            .ThenRefuses("correction.no-change");

    [Fact]
    public void keeps_the_decision_on_or_after_enrolment() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, new CorrectOutplacementDecision(true, EnrolledOn.AddDays(-1), "x"), Today))
            .ThenRefuses("outplacement.before-enrolment");

    [Fact]
    public void not_dated_after_today() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, new CorrectOutplacementDecision(true, Today.AddDays(1), "x"), Today))
            .ThenRefuses("outplacement.in-the-future");

    [Fact]
    public void keeps_the_decision_on_or_after_the_offer() =>
        Given(Enrolled(), new OutplacementOffered(CaseId, ParticipantId, EnrolledOn.AddDays(5), OfferChannel.Email, OutplacementRegime.Restructuring),
                new OutplacementAccepted(CaseId, ParticipantId, EnrolledOn.AddDays(6)))
            .When((c, p) => ParticipantDecider.Decide(c, p, new CorrectOutplacementDecision(true, EnrolledOn.AddDays(4), "x"), Today))
            .ThenRefuses("outplacement.before-offer");

    [Fact]
    public void a_declined_offer_leaves_no_sessions() =>
        Given(Enrolled(), Accepted(), Session(EnrolledOn.AddDays(2), 2))
            .When((c, p) => ParticipantDecider.Decide(c, p, new CorrectOutplacementDecision(false, EnrolledOn, "x"), Today))
            .ThenRefuses("guidance.needs-acceptance");

    [Fact]
    public void a_declined_offer_leaves_no_jobs() =>
        Given(Enrolled(), Accepted(), Job(EnrolledOn.AddDays(2)))
            .When((c, p) => ParticipantDecider.Decide(c, p, new CorrectOutplacementDecision(false, EnrolledOn, "x"), Today))
            .ThenRefuses("job.needs-acceptance");

    [Fact]
    public void the_acceptance_stays_before_the_first_session() =>
        Given(Enrolled(), Accepted(), Session(EnrolledOn.AddDays(2), 2))
            .When((c, p) => ParticipantDecider.Decide(c, p, new CorrectOutplacementDecision(true, EnrolledOn.AddDays(3), "x"), Today))
            .ThenRefuses("guidance.before-acceptance");

    [Fact]
    public void the_acceptance_stays_before_the_intake() =>
        Given(Enrolled(), Accepted(), new IntakeHeld(CaseId, ParticipantId, EnrolledOn.AddDays(2), null, [], []))
            .When((c, p) => ParticipantDecider.Decide(c, p, new CorrectOutplacementDecision(true, EnrolledOn.AddDays(3), "x"), Today))
            .ThenRefuses("intake.before-acceptance");
}

public class correcting_the_enrolment
{
    private static CorrectEnrolment Correct(string? reference = null, TerminationMode? termination = null, DateOnly? dismissedOn = null,
        DateOnly? contractEndsOn = null, DateOnly? enrolledOn = null) =>
        new(reference, null, termination, dismissedOn, contractEndsOn, enrolledOn, "typed wrong");

    [Fact]
    public void names_only_what_changes() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, Correct("E-2042", TerminationMode.Indemnity), false))
            .Then(new EnrolmentCorrected(CaseId, ParticipantId, 41, "E-2042", null, null, null, null, null, "typed wrong"));

    [Fact]
    public void must_change_something() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, Correct("E-1042"), false)).ThenRefuses("correction.no-change");

    [Fact]
    public void the_personnel_reference_stays_unique() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, Correct("E-7"), true)).ThenRefuses("enrolment.personnel-reference-taken");

    [Fact]
    public void the_dismissal_stays_after_the_waiting_period() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, Correct(dismissedOn: WaitingPeriodEnd), false))
            .ThenRefuses("enrolment.dismissed-during-waiting-period");

    [Fact]
    public void the_offer_stays_on_or_after_the_dismissal() =>
        Given(Enrolled(), new OutplacementOffered(CaseId, ParticipantId, DismissedOn.AddDays(2), OfferChannel.Email, OutplacementRegime.Restructuring))
            .When((c, p) => ParticipantDecider.Decide(c, p, Correct(dismissedOn: DismissedOn.AddDays(3)), false))
            .ThenRefuses("offer.before-dismissal");

    [Fact]
    public void the_enrolment_stays_on_or_before_the_first_coach() =>
        Given(Enrolled(), new CoachAssigned(CaseId, ParticipantId, "coach.claes", EnrolledOn.AddDays(1)))
            .When((c, p) => ParticipantDecider.Decide(c, p, Correct(enrolledOn: EnrolledOn.AddDays(2)), false))
            .ThenRefuses("coach.before-enrolment");

    [Fact]
    public void the_contract_ends_on_or_after_the_dismissal() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, Correct(contractEndsOn: DismissedOn.AddDays(-1)), false))
            .ThenRefuses("enrolment.contract-ends-before-dismissal");

    [Fact]
    public void enrolment_stays_on_or_after_the_contract_end() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, Correct(enrolledOn: ContractEndsOn.AddDays(-1)), false))
            .ThenRefuses("enrolment.before-contract-end");

    [Fact]
    public void a_new_enrolment_date_moves_the_trajectory()
    {
        var corrected = new EnrolmentCorrected(CaseId, ParticipantId, 41, null, null, null, null, null, new DateOnly(2027, 2, 1), "typed wrong");
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, Correct(enrolledOn: new DateOnly(2027, 2, 1)), false)).Then(corrected);
        var p = ParticipantOf([Enrolled(), corrected])!;
        Assert.Equal(new DateOnly(2027, 4, 30), p.TrajectoryEndsOn);
        var facts = new object[] { Enrolled(), corrected }.Aggregate((ReportFacts?)null, ReportFacts.Evolve)!;
        Assert.Equal(new DateOnly(2027, 2, 1), facts.EnrolledOn);
    }

    [Fact]
    public void not_the_enrolment_date_while_sessions_count() =>
        Given(Enrolled(), Accepted(), Session(EnrolledOn.AddDays(2), 2))
            .When((c, p) => ParticipantDecider.Decide(c, p, Correct(enrolledOn: ContractEndsOn), false))
            .ThenRefuses("correction.enrolment-date-with-guidance");

    [Fact]
    public void the_enrolment_stays_before_the_decision() =>
        Given(Enrolled(), Accepted())
            .When((c, p) => ParticipantDecider.Decide(c, p, Correct(enrolledOn: EnrolledOn.AddDays(1)), false))
            .ThenRefuses("outplacement.before-enrolment");

    [Fact]
    public void the_enrolment_keeps_the_extensions_within_12_months() =>
        Given(Enrolled(), new OutplacementAccepted(CaseId, ParticipantId, EnrolledOn.AddDays(30)),
                new TrajectoryExtended(CaseId, ParticipantId, EnrolledOn.AddDays(30), new DateOnly(2028, 1, 9), "r"))
            .When((c, p) => ParticipantDecider.Decide(c, p, Correct(enrolledOn: EnrolledOn.AddDays(-1)), false))
            .ThenRefuses("extension.beyond-12-months");

    [Fact]
    public void a_later_dismissal_date_moves_the_cells_availability_and_an_earlier_one_does_not()
    {
        var given = Given(Enrolled());
        Assert.Equal(DismissedOn, given.Case.LastDismissalUnder45);
        var later = new EnrolmentCorrected(CaseId, ParticipantId, 41, null, null, null, DismissedOn.AddDays(10), null, null, "x");
        var earlier = new EnrolmentCorrected(CaseId, ParticipantId, 41, null, null, null, DismissedOn.AddDays(-1), null, null, "x");
        Assert.Equal(DismissedOn.AddDays(10), Given(Enrolled(), later).Case.LastDismissalUnder45);
        // R16 asks for at least 3 months after the last dismissal: kept longer, never shorter.
        Assert.Equal(DismissedOn, Given(Enrolled(), earlier).Case.LastDismissalUnder45);
    }
}
