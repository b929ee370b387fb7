using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Tests.ParticipantSpec;

namespace CollectiveDismissal.Domain.Tests.Participants;

public class enrolling_a_participant
{
    [Fact]
    public void the_event_carries_the_age_at_the_announcement_and_no_personal_data() =>
        Given().WhenCase(c => ParticipantDecider.Decide(c, Enrol(), false)).Then(Enrolled(age: 41));

    [Fact]
    public void the_age_is_taken_at_the_announcement_not_at_enrolment()
    {
        // 45 on 2026-12-01: after the announcement (2026-10-01), before enrolment, so still under 45.
        var e = ParticipantDecider.Decide(Given().Case, Enrol(birthDate: new DateOnly(1981, 12, 1)), false);
        Assert.Equal(44, e.AgeAtAnnouncement);
        Assert.Equal(new DateOnly(2027, 4, 9), Participant.Evolve(null, e)!.TrajectoryEndsOn);
    }

    [Fact]
    public void needs_an_open_employment_cell() =>
        new ParticipantSpec.GivenEvents(Procedure[..^1]).WhenCase(c => ParticipantDecider.Decide(c, Enrol(), false))
            .ThenRefuses("enrolment.needs-open-cell");

    [Fact]
    public void needs_a_notified_dismissal()
    {
        object[] withoutNotification = [.. Procedure.Where(e => e is not CollectiveDismissalNotified)];
        new ParticipantSpec.GivenEvents(withoutNotification).WhenCase(c => ParticipantDecider.Decide(c, Enrol(), false))
            .ThenRefuses("enrolment.needs-notification");
    }

    [Fact]
    public void the_personnel_reference_is_unique_in_the_case() =>
        Given(Enrolled()).WhenCase(c => ParticipantDecider.Decide(c, Enrol(id: Guid.NewGuid()), true))
            .ThenRefuses("enrolment.personnel-reference-taken");

    [Fact]
    public void no_dismissal_on_the_last_day_of_the_waiting_period() =>
        Given().WhenCase(c => ParticipantDecider.Decide(c, Enrol(dismissedOn: WaitingPeriodEnd), false))
            .ThenRefuses("enrolment.dismissed-during-waiting-period");

    [Fact]
    public void a_dismissal_the_day_after_the_waiting_period_is_accepted() =>
        Assert.Equal(WaitingPeriodEnd.AddDays(1),
            ParticipantDecider.Decide(Given().Case, Enrol(dismissedOn: WaitingPeriodEnd.AddDays(1)), false).DismissedOn);

    [Fact]
    public void an_extended_waiting_period_moves_the_first_dismissal_date() =>
        Given(new WaitingPeriodExtended(CaseId, NotifiedOn.AddDays(45), null))
            .WhenCase(c => ParticipantDecider.Decide(c, Enrol(dismissedOn: NotifiedOn.AddDays(45), contractEndsOn: NotifiedOn.AddDays(60),
                enrolledOn: NotifiedOn.AddDays(60)), false))
            .ThenRefuses("enrolment.dismissed-during-waiting-period");

    [Fact]
    public void the_contract_ends_on_or_after_the_dismissal() =>
        Given().WhenCase(c => ParticipantDecider.Decide(c, Enrol(contractEndsOn: DismissedOn.AddDays(-1)), false))
            .ThenRefuses("enrolment.contract-ends-before-dismissal");

    [Fact]
    public void enrolment_is_on_or_after_the_contract_end() =>
        Given().WhenCase(c => ParticipantDecider.Decide(c, Enrol(enrolledOn: ContractEndsOn.AddDays(-1)), false))
            .ThenRefuses("enrolment.before-contract-end");

    [Fact]
    public void enrolment_on_the_day_the_contract_ends_is_accepted() =>
        Assert.Equal(ContractEndsOn, ParticipantDecider.Decide(Given().Case, Enrol(enrolledOn: ContractEndsOn), false).EnrolledOn);

    [Fact]
    public void enrolment_before_the_cell_opened_is_refused()
    {
        // A cell opened late, after the waiting period: a participant dismissed and enrolled before that is refused.
        object[] lateCell = [.. Procedure[..^1], new TwcOpened(CaseId, new DateOnly(2027, 1, 15), EmploymentService.VDAB, [], "spoc")];
        new ParticipantSpec.GivenEvents(lateCell).WhenCase(c => ParticipantDecider.Decide(c, Enrol(enrolledOn: new DateOnly(2027, 1, 14)), false))
            .ThenRefuses("enrolment.before-cell-opened");
    }

    [Fact]
    public void a_birth_date_after_the_announcement_is_refused() =>
        Given().WhenCase(c => ParticipantDecider.Decide(c, Enrol(birthDate: AnnouncedOn.AddDays(1)), false))
            .ThenRefuses("enrolment.born-after-announcement");

    [Fact]
    public void a_closed_case_enrols_nobody() =>
        Given(new CaseClosed(CaseId, new DateOnly(2027, 12, 1))).WhenCase(c => ParticipantDecider.Decide(c, Enrol(), false))
            .ThenRefuses("case.closed");
}

public class deciding_on_the_offer
{
    [Fact]
    public void accepted() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, new DecideOutplacement(true, EnrolledOn), Today))
            .Then(new OutplacementAccepted(CaseId, ParticipantId, EnrolledOn));

    [Fact]
    public void declined() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, new DecideOutplacement(false, EnrolledOn.AddDays(3)), Today))
            .Then(new OutplacementDeclined(CaseId, ParticipantId, EnrolledOn.AddDays(3)));

    [Fact]
    public void not_before_enrolment() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, new DecideOutplacement(true, EnrolledOn.AddDays(-1)), Today))
            .ThenRefuses("outplacement.before-enrolment");

    [Fact]
    public void once() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, new DecideOutplacement(false, EnrolledOn), Today))
            .ThenRefuses("outplacement.already-decided");
}

public class holding_the_intake
{
    private static readonly HoldIntake Intake = new(EnrolledOn.AddDays(2), "coach.claes", ["CV"], ["Welder"]);

    [Fact]
    public void after_acceptance() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, Intake, Today))
            .Then(new IntakeHeld(CaseId, ParticipantId, EnrolledOn.AddDays(2), "coach.claes", ["CV"], ["Welder"]));

    [Fact]
    public void needs_an_accepted_offer() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, Intake, Today)).ThenRefuses("intake.needs-acceptance");

    [Fact]
    public void not_after_a_declined_offer() =>
        Given(Enrolled(), new OutplacementDeclined(CaseId, ParticipantId, EnrolledOn))
            .When((c, p) => ParticipantDecider.Decide(c, p, Intake, Today)).ThenRefuses("intake.needs-acceptance");

    [Fact]
    public void once() =>
        Given(Enrolled(), Accepted(), new IntakeHeld(CaseId, ParticipantId, EnrolledOn, null, [], []))
            .When((c, p) => ParticipantDecider.Decide(c, p, Intake, Today)).ThenRefuses("intake.already-held");

    [Fact]
    public void not_before_the_acceptance() =>
        Given(Enrolled(), Accepted(EnrolledOn.AddDays(5)))
            .When((c, p) => ParticipantDecider.Decide(c, p, Intake, Today)).ThenRefuses("intake.before-acceptance");
}

public class logging_guidance_sessions
{
    private static LogGuidanceSession On(DateOnly date, decimal hours = 3) => new(date, hours, GuidanceKind.Individual, null, EntryId);

    [Fact]
    public void inside_the_trajectory() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, On(new DateOnly(2027, 4, 9), 8), Today))
            .Then(Session(new DateOnly(2027, 4, 9), 8, EntryId));

    [Fact]
    public void not_after_the_trajectory_end() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, On(new DateOnly(2027, 4, 10)), Today))
            .ThenRefuses("guidance.outside-trajectory");

    [Fact]
    public void an_extension_moves_the_end() =>
        Given(Enrolled(), Accepted(), new TrajectoryExtended(CaseId, ParticipantId, EnrolledOn.AddMonths(2), new DateOnly(2027, 6, 30), "health"))
            .When((c, p) => ParticipantDecider.Decide(c, p, On(new DateOnly(2027, 6, 30)), Today))
            .Then(Session(new DateOnly(2027, 6, 30), 3, EntryId));

    [Fact]
    public void an_older_worker_has_six_months() =>
        Given(Enrolled(age: 51), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, On(new DateOnly(2027, 7, 9)), Today))
            .Then(Session(new DateOnly(2027, 7, 9), 3, EntryId));

    [Fact]
    public void not_before_the_acceptance() =>
        Given(Enrolled(), Accepted(EnrolledOn.AddDays(3))).When((c, p) => ParticipantDecider.Decide(c, p, On(EnrolledOn.AddDays(2)), Today))
            .ThenRefuses("guidance.before-acceptance");

    [Fact]
    public void needs_an_accepted_offer() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, On(EnrolledOn), Today)).ThenRefuses("guidance.needs-acceptance");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(8.25)]
    public void hours_are_more_than_zero_and_at_most_eight(double hours) =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, On(EnrolledOn, (decimal)hours), Today))
            .ThenRefuses("guidance.hours");

    [Fact]
    public void not_after_the_participant_left() =>
        Given(Enrolled(), Accepted(), new ParticipantLeft(CaseId, ParticipantId, new DateOnly(2027, 2, 1), DepartureReason.MovedAbroad))
            .When((c, p) => ParticipantDecider.Decide(c, p, On(new DateOnly(2027, 2, 2)), Today)).ThenRefuses("participant.left");

    [Fact]
    public void a_session_before_leaving_may_be_logged_late() =>
        Given(Enrolled(), Accepted(), new ParticipantLeft(CaseId, ParticipantId, new DateOnly(2027, 2, 1), DepartureReason.MovedAbroad))
            .When((c, p) => ParticipantDecider.Decide(c, p, On(new DateOnly(2027, 2, 1)), Today)).Then(Session(new DateOnly(2027, 2, 1), 3, EntryId));

    [Fact]
    public void front_loading_is_computed_not_refused()
    {
        var p = ParticipantOf([Enrolled(), Accepted(), Session(new DateOnly(2027, 3, 9), 8), Session(new DateOnly(2027, 3, 8), 8),
            Session(new DateOnly(2027, 2, 1), 3.5m), Session(new DateOnly(2027, 3, 10), 8)])!;
        Assert.False(p.FrontLoaded()); // 19.5 h inside the window ending 2027-03-09; the 8 h of 2027-03-10 fall outside
        Assert.Equal(27.5m, p.DeliveredHours());
        var more = Participant.Evolve(p, Session(new DateOnly(2027, 1, 10), 0.5m))!;
        Assert.True(more.FrontLoaded());
        Assert.False(more.FrontLoaded(asOf: new DateOnly(2027, 3, 8)));
    }

    [Fact]
    public void required_hours_count_sessions_inside_the_minimum_period_only()
    {
        var p = ParticipantOf([Enrolled(), Accepted(),
            new TrajectoryExtended(CaseId, ParticipantId, EnrolledOn, new DateOnly(2027, 6, 30), "health"),
            Session(new DateOnly(2027, 2, 1), 8), Session(new DateOnly(2027, 3, 1), 8), Session(new DateOnly(2027, 4, 1), 8),
            Session(new DateOnly(2027, 4, 10), 8)])!;
        Assert.Equal(30, p.RequiredHours());
        Assert.False(p.ReachedRequiredHours()); // 24 h by 2027-04-09; the session of 2027-04-10 is in the extension
        var reached = Participant.Evolve(p, Session(new DateOnly(2027, 4, 9), 6))!;
        Assert.True(reached.ReachedRequiredHours());
    }
}

public class extending_the_trajectory
{
    private static ExtendTrajectory To(DateOnly endsOn, DateOnly? decidedOn = null) => new(decidedOn ?? EnrolledOn.AddMonths(2), endsOn, "training", EntryId);

    [Fact]
    public void to_a_later_end() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, To(new DateOnly(2027, 6, 30))))
            .Then(new TrajectoryExtended(CaseId, ParticipantId, EnrolledOn.AddMonths(2), new DateOnly(2027, 6, 30), "training", EntryId));

    [Fact]
    public void the_new_end_is_later_than_the_current() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, To(new DateOnly(2027, 4, 9))))
            .ThenRefuses("extension.not-later");

    [Fact]
    public void up_to_the_last_day_of_twelve_months() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, To(new DateOnly(2028, 1, 9))))
            .Then(new TrajectoryExtended(CaseId, ParticipantId, EnrolledOn.AddMonths(2), new DateOnly(2028, 1, 9), "training", EntryId));

    [Fact]
    public void not_beyond_twelve_months() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, To(new DateOnly(2028, 1, 10))))
            .ThenRefuses("extension.beyond-12-months");

    [Fact]
    public void not_decided_before_the_acceptance() =>
        Given(Enrolled(), Accepted(EnrolledOn.AddDays(3))).When((c, p) => ParticipantDecider.Decide(c, p, To(new DateOnly(2027, 6, 30), EnrolledOn.AddDays(2))))
            .ThenRefuses("extension.before-acceptance");

    [Fact]
    public void the_end_as_known_on_a_date_follows_the_extensions_decided_by_then()
    {
        var p = ParticipantOf([Enrolled(), Accepted(),
            new TrajectoryExtended(CaseId, ParticipantId, new DateOnly(2027, 3, 1), new DateOnly(2027, 6, 30), "a"),
            new TrajectoryExtended(CaseId, ParticipantId, new DateOnly(2027, 6, 1), new DateOnly(2027, 8, 31), "b")])!;
        Assert.Equal(new DateOnly(2027, 4, 9), p.TrajectoryEndsOnAt(new DateOnly(2027, 2, 28)));
        Assert.Equal(new DateOnly(2027, 6, 30), p.TrajectoryEndsOnAt(new DateOnly(2027, 3, 1)));
        Assert.Equal(new DateOnly(2027, 8, 31), p.TrajectoryEndsOnAt(new DateOnly(2027, 6, 1)));
    }

    [Fact]
    public void needs_an_accepted_offer() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, To(new DateOnly(2027, 6, 30))))
            .ThenRefuses("extension.needs-acceptance");

    [Fact]
    public void extensions_are_counted()
    {
        var p = ParticipantOf([Enrolled(), Accepted(),
            new TrajectoryExtended(CaseId, ParticipantId, EnrolledOn, new DateOnly(2027, 6, 30), "a"),
            new TrajectoryExtended(CaseId, ParticipantId, EnrolledOn, new DateOnly(2027, 8, 31), "b")])!;
        Assert.Equal(2, p.Extensions!.Count);
        Assert.Equal(new DateOnly(2027, 8, 31), p.TrajectoryEndsOn);
    }
}

public class finding_jobs_and_closing_aftercare
{
    private static RecordJob JobOn(DateOnly startsOn, ContractType type = ContractType.Indefinite, int? months = null) =>
        new(startsOn, "Nieuwe Werkgever", type, months, 1m, EntryId);

    [Fact]
    public void a_job_after_enrolment() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, JobOn(new DateOnly(2027, 3, 1))))
            .Then(Job(new DateOnly(2027, 3, 1), id: EntryId));

    [Fact]
    public void not_before_enrolment() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, JobOn(EnrolledOn.AddDays(-1))))
            .ThenRefuses("job.before-enrolment");

    [Fact]
    public void needs_an_accepted_offer() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, JobOn(EnrolledOn))).ThenRefuses("job.needs-acceptance");

    [Fact]
    public void a_fixed_term_job_needs_its_months() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, JobOn(EnrolledOn, ContractType.FixedTerm)))
            .ThenRefuses("job.fixed-term-needs-months");

    [Fact]
    public void one_job_at_a_time() =>
        Given(Enrolled(), Accepted(), Job(new DateOnly(2027, 3, 1)))
            .When((c, p) => ParticipantDecider.Decide(c, p, JobOn(new DateOnly(2027, 5, 1)))).ThenRefuses("job.already-employed");

    [Fact]
    public void not_after_an_aftercare_closed_still_employed() =>
        Given(Enrolled(), Accepted(), Job(new DateOnly(2027, 3, 1)), new AftercareClosed(CaseId, ParticipantId, new DateOnly(2027, 6, 1), true))
            .When((c, p) => ParticipantDecider.Decide(c, p, JobOn(new DateOnly(2027, 7, 1)))).ThenRefuses("job.already-employed");

    [Fact]
    public void a_new_job_after_the_previous_was_lost() =>
        Given(Enrolled(), Accepted(), Job(new DateOnly(2027, 3, 1)), new AftercareClosed(CaseId, ParticipantId, new DateOnly(2027, 6, 1), false))
            .When((c, p) => ParticipantDecider.Decide(c, p, JobOn(new DateOnly(2027, 6, 2), ContractType.FixedTerm, 6)))
            .Then(Job(new DateOnly(2027, 6, 2), ContractType.FixedTerm, 6, EntryId));

    [Fact]
    public void the_new_job_starts_after_the_closing_date() =>
        Given(Enrolled(), Accepted(), Job(new DateOnly(2027, 3, 1)), new AftercareClosed(CaseId, ParticipantId, new DateOnly(2027, 6, 1), false))
            .When((c, p) => ParticipantDecider.Decide(c, p, JobOn(new DateOnly(2027, 6, 1)))).ThenRefuses("job.before-previous-ended");

    [Fact]
    public void aftercare_closes_the_open_job() =>
        Given(Enrolled(), Accepted(), Job(new DateOnly(2027, 3, 1)))
            .When((c, p) => ParticipantDecider.Decide(c, p, new CloseAftercare(new DateOnly(2027, 3, 1), true)))
            .Then(new AftercareClosed(CaseId, ParticipantId, new DateOnly(2027, 3, 1), true));

    [Fact]
    public void aftercare_needs_a_job() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, new CloseAftercare(new DateOnly(2027, 3, 1), true)))
            .ThenRefuses("aftercare.needs-open-job");

    [Fact]
    public void aftercare_closes_once_per_job() =>
        Given(Enrolled(), Accepted(), Job(new DateOnly(2027, 3, 1)), new AftercareClosed(CaseId, ParticipantId, new DateOnly(2027, 6, 1), false))
            .When((c, p) => ParticipantDecider.Decide(c, p, new CloseAftercare(new DateOnly(2027, 7, 1), false)))
            .ThenRefuses("aftercare.needs-open-job");

    [Fact]
    public void aftercare_not_before_the_job_started() =>
        Given(Enrolled(), Accepted(), Job(new DateOnly(2027, 3, 1)))
            .When((c, p) => ParticipantDecider.Decide(c, p, new CloseAftercare(new DateOnly(2027, 2, 28), false)))
            .ThenRefuses("aftercare.before-job-start");
}

public class leaving_the_trajectory
{
    [Fact]
    public void with_a_reason() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, new RecordDeparture(EnrolledOn, DepartureReason.Retired, EntryId)))
            .Then(new ParticipantLeft(CaseId, ParticipantId, EnrolledOn, DepartureReason.Retired, EntryId));

    [Fact]
    public void once() =>
        Given(Enrolled(), new ParticipantLeft(CaseId, ParticipantId, EnrolledOn, DepartureReason.Retired))
            .When((c, p) => ParticipantDecider.Decide(c, p, new RecordDeparture(EnrolledOn.AddDays(1), DepartureReason.Other, EntryId)))
            .ThenRefuses("departure.already-left");

    [Fact]
    public void not_before_what_is_recorded() =>
        Given(Enrolled(), Accepted(), Session(new DateOnly(2027, 2, 1), 2))
            .When((c, p) => ParticipantDecider.Decide(c, p, new RecordDeparture(new DateOnly(2027, 1, 31), DepartureReason.Other, EntryId)))
            .ThenRefuses("departure.before-recorded-activity");

    [Fact]
    public void nothing_is_recorded_after_leaving() =>
        Given(Enrolled(), Accepted(), new ParticipantLeft(CaseId, ParticipantId, new DateOnly(2027, 2, 1), DepartureReason.Other))
            .When((c, p) => ParticipantDecider.Decide(c, p, new RecordJob(new DateOnly(2027, 2, 2), "X", ContractType.Indefinite, null, null, EntryId)))
            .ThenRefuses("participant.left");

    [Fact]
    public void erasure_is_recorded_once_even_on_a_closed_case()
    {
        var given = Given(Enrolled(), new CaseClosed(CaseId, new DateOnly(2027, 12, 1)));
        var erased = ParticipantDecider.ErasePersonalData(given.Case, given.Participant);
        Assert.Equal([new PersonalDataErased(CaseId, ParticipantId)], erased);
        var again = Participant.Evolve(given.Participant, erased[0])!;
        Assert.Empty(ParticipantDecider.ErasePersonalData(given.Case, again));
    }
}

public class status_at_a_date
{
    private static readonly DateOnly JobStart = new(2027, 3, 1);

    [Fact]
    public void not_enrolled_yet() => Assert.Null(ParticipantOf([Enrolled()])!.StatusAt(EnrolledOn.AddDays(-1)));

    [Fact]
    public void searching_once_enrolled() => Assert.Equal(ParticipantStatus.Searching, ParticipantOf([Enrolled()])!.StatusAt(EnrolledOn));

    [Fact]
    public void employed_from_the_job_start()
    {
        var p = ParticipantOf([Enrolled(), Accepted(), Job(JobStart)])!;
        Assert.Equal(ParticipantStatus.Searching, p.StatusAt(JobStart.AddDays(-1)));
        Assert.Equal(ParticipantStatus.Employed, p.StatusAt(JobStart));
    }

    [Fact]
    public void searching_again_when_the_job_is_lost()
    {
        var p = ParticipantOf([Enrolled(), Accepted(), Job(JobStart), new AftercareClosed(CaseId, ParticipantId, new DateOnly(2027, 6, 1), false)])!;
        Assert.Equal(ParticipantStatus.Employed, p.StatusAt(new DateOnly(2027, 5, 31)));
        Assert.Equal(ParticipantStatus.Searching, p.StatusAt(new DateOnly(2027, 6, 1)));
    }

    [Fact]
    public void still_employed_at_aftercare_closure_stays_employed() =>
        Assert.Equal(ParticipantStatus.Employed, ParticipantOf([Enrolled(), Accepted(), Job(JobStart),
            new AftercareClosed(CaseId, ParticipantId, new DateOnly(2027, 6, 1), true)])!.StatusAt(new DateOnly(2028, 1, 1)));

    [Fact]
    public void left_comes_first()
    {
        var p = ParticipantOf([Enrolled(), Accepted(), Job(JobStart), new ParticipantLeft(CaseId, ParticipantId, new DateOnly(2027, 4, 1), DepartureReason.Other)])!;
        Assert.Equal(ParticipantStatus.Employed, p.StatusAt(new DateOnly(2027, 3, 31)));
        Assert.Equal(ParticipantStatus.Left, p.StatusAt(new DateOnly(2027, 4, 1)));
    }

    [Fact]
    public void declined_from_the_decision_date()
    {
        var p = ParticipantOf([Enrolled(), new OutplacementDeclined(CaseId, ParticipantId, EnrolledOn.AddDays(5))])!;
        Assert.Equal(ParticipantStatus.Searching, p.StatusAt(EnrolledOn.AddDays(4)));
        Assert.Equal(ParticipantStatus.Declined, p.StatusAt(EnrolledOn.AddDays(5)));
    }
}

public class closing_the_case
{
    private static readonly DateOnly AvailableUntil = DismissedOn.AddMonths(3); // one participant under 45

    private static void Decide(object[] events, DateOnly closedOn) =>
        CaseDecider.Decide(CaseOf([.. Procedure, .. events]), new CloseCase(closedOn), [ParticipantOf(events)!]);

    [Fact]
    public void not_before_the_twc_availability_end()
    {
        object[] events = [Enrolled(), new ParticipantLeft(CaseId, ParticipantId, EnrolledOn, DepartureReason.Retired)];
        Assert.Equal("closure.before-twc-availability-end",
            Assert.Throws<CaseRuleViolation>(() => Decide(events, AvailableUntil.AddDays(-1))).Rule);
        Decide(events, AvailableUntil);
    }

    [Fact]
    public void the_older_workers_six_months_count_when_later()
    {
        var state = CaseOf([.. Procedure, Enrolled(), Enrolled(age: 50, id: Guid.NewGuid(), reference: "E-2", dismissedOn: DismissedOn)]);
        Assert.Equal(DismissedOn.AddMonths(6), state.TwcAvailableUntil());
    }

    [Fact]
    public void not_while_a_participant_searches_with_a_running_trajectory()
    {
        object[] events = [Enrolled(), Accepted(), new TrajectoryExtended(CaseId, ParticipantId, EnrolledOn, new DateOnly(2027, 12, 31), "x")];
        Assert.Equal("closure.participants-searching",
            Assert.Throws<CaseRuleViolation>(() => Decide(events, new DateOnly(2027, 12, 31))).Rule);
        Decide(events, new DateOnly(2028, 1, 1));
    }

    [Fact]
    public void a_searching_participant_whose_trajectory_ended_does_not_block()
    {
        // Available until 2027-03-06; the trajectory runs until 2027-04-09 and blocks closing until it has ended.
        Assert.Equal("closure.participants-searching",
            Assert.Throws<CaseRuleViolation>(() => Decide([Enrolled(), Accepted()], new DateOnly(2027, 4, 9))).Rule);
        Decide([Enrolled(), Accepted()], new DateOnly(2027, 4, 10));
    }

    [Fact]
    public void not_before_the_cell_opened() =>
        Assert.Equal("closure.before-cell-opened", Assert.Throws<CaseRuleViolation>(() =>
            CaseDecider.Decide(CaseOf(Procedure), new CloseCase(TwcOpenedOn.AddDays(-1)), [])).Rule);

    [Fact]
    public void needs_an_open_cell() =>
        Assert.Equal("closure.needs-open-cell", Assert.Throws<CaseRuleViolation>(() =>
            CaseDecider.Decide(CaseOf(Procedure[..^1]), new CloseCase(new DateOnly(2028, 1, 1)), [])).Rule);

    [Fact]
    public void after_closing_every_command_is_refused() =>
        Given(Enrolled(), Accepted(), new CaseClosed(CaseId, new DateOnly(2027, 12, 1)))
            .When((c, p) => ParticipantDecider.Decide(c, p, new LogGuidanceSession(EnrolledOn, 2, GuidanceKind.Group, null, EntryId), Today))
            .ThenRefuses("case.closed");

    [Fact]
    public void a_case_closes_once() =>
        Assert.Equal("case.closed", Assert.Throws<CaseRuleViolation>(() =>
            CaseDecider.Decide(CaseOf([.. Procedure, new CaseClosed(CaseId, new DateOnly(2027, 12, 1))]), new CloseCase(new DateOnly(2027, 12, 2)), [])).Rule);
}

public class the_participant_document
{
    [Fact]
    public void keeps_guidance_per_day_in_date_order_whatever_the_order_logged()
    {
        var p = ParticipantOf([Enrolled(), Accepted(), Session(new DateOnly(2027, 2, 3), 2), Session(new DateOnly(2027, 1, 20), 1.5m),
            Session(new DateOnly(2027, 2, 3), 3), Session(new DateOnly(2027, 1, 11), 1)])!;
        Assert.Equal([new GuidanceDay(new DateOnly(2027, 1, 11), 1, 1), new GuidanceDay(new DateOnly(2027, 1, 20), 1.5m, 1),
            new GuidanceDay(new DateOnly(2027, 2, 3), 5, 2)], p.SessionList());
        Assert.Equal(4, p.SessionCount());
        Assert.Equal(2, p.SessionCount(new DateOnly(2027, 1, 31)));
        Assert.Equal(7.5m, p.DeliveredHours(new DateOnly(2027, 2, 3)));
    }
}
