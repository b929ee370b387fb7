using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;
using static CollectiveDismissal.Domain.Tests.ParticipantSpec;

namespace CollectiveDismissal.Domain.Tests.Participants;

public class registering_as_a_job_seeker
{
    private static RecordJobSeekerRegistration On(DateOnly registeredOn, EmploymentService service = EmploymentService.VDAB) =>
        new(registeredOn, service);

    private static RegisteredAsJobSeeker Registered(DateOnly registeredOn, EmploymentService service = EmploymentService.VDAB) =>
        new(CaseId, ParticipantId, registeredOn, service);

    private static AftercareClosed JobLost(DateOnly on) => new(CaseId, ParticipantId, on, false);

    [Fact]
    public void records_the_date_and_the_service() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, On(EnrolledOn.AddDays(3))))
            .Then(Registered(EnrolledOn.AddDays(3)));

    [Fact]
    public void at_the_dismissal_before_enrolment_is_normal() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, On(DismissedOn))).Then(Registered(DismissedOn));

    [Fact]
    public void with_the_service_of_the_workers_own_region() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, On(EnrolledOn, EmploymentService.Actiris)))
            .Then(Registered(EnrolledOn, EmploymentService.Actiris));

    [Fact]
    public void needs_no_decision_on_the_offer_and_stands_after_a_declined_one() =>
        Given(Enrolled(), new OutplacementDeclined(CaseId, ParticipantId, EnrolledOn))
            .When((c, p) => ParticipantDecider.Decide(c, p, On(EnrolledOn.AddDays(1)))).Then(Registered(EnrolledOn.AddDays(1)));

    [Fact]
    public void on_the_day_of_the_announcement_is_accepted() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, On(AnnouncedOn))).Then(Registered(AnnouncedOn));

    [Fact]
    public void not_before_the_announcement() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, On(AnnouncedOn.AddDays(-1))))
            .ThenRefuses("job-seeker.before-announcement");

    [Fact]
    public void a_repeat_of_the_same_registration_is_refused() =>
        Given(Enrolled(), Registered(DismissedOn)).When((c, p) => ParticipantDecider.Decide(c, p, On(DismissedOn)))
            .ThenRefuses("job-seeker.already-registered");

    [Fact]
    public void a_registration_dated_before_the_latest_is_refused() =>
        Given(Enrolled(), Registered(EnrolledOn)).When((c, p) => ParticipantDecider.Decide(c, p, On(DismissedOn)))
            .ThenRefuses("job-seeker.already-registered");

    [Fact]
    public void a_new_registration_after_a_lost_job_is_kept_beside_the_first()
    {
        var lostOn = new DateOnly(2027, 6, 1);
        var given = Given(Enrolled(), Accepted(), Registered(DismissedOn), Job(new DateOnly(2027, 3, 1)), JobLost(lostOn));
        var again = ParticipantDecider.Decide(given.Case, given.Participant, On(lostOn.AddDays(2), EmploymentService.Actiris));
        Assert.Equal(Registered(lostOn.AddDays(2), EmploymentService.Actiris), again);
        var p = Participant.Evolve(given.Participant, again)!;
        Assert.Equal([new JobSeekerRegistration(DismissedOn, EmploymentService.VDAB), new JobSeekerRegistration(lostOn.AddDays(2), EmploymentService.Actiris)],
            p.JobSeekerRegistrationList());
    }

    [Fact]
    public void not_after_the_participant_left() =>
        Given(Enrolled(), new ParticipantLeft(CaseId, ParticipantId, new DateOnly(2027, 2, 1), DepartureReason.MovedAbroad))
            .When((c, p) => ParticipantDecider.Decide(c, p, On(new DateOnly(2027, 2, 2)))).ThenRefuses("participant.left");

    [Fact]
    public void on_or_before_the_day_of_leaving_it_may_be_recorded_late() =>
        Given(Enrolled(), new ParticipantLeft(CaseId, ParticipantId, new DateOnly(2027, 2, 1), DepartureReason.MovedAbroad))
            .When((c, p) => ParticipantDecider.Decide(c, p, On(new DateOnly(2027, 2, 1)))).Then(Registered(new DateOnly(2027, 2, 1)));

    [Fact]
    public void not_on_a_closed_case() =>
        Given(Enrolled(), new CaseClosed(CaseId, new DateOnly(2027, 12, 1)))
            .When((c, p) => ParticipantDecider.Decide(c, p, On(EnrolledOn))).ThenRefuses("case.closed");

    [Fact]
    public void leaving_cannot_precede_a_registration() =>
        Given(Enrolled(), Registered(EnrolledOn.AddDays(20)))
            .When((c, p) => ParticipantDecider.Decide(c, p, new RecordDeparture(EnrolledOn.AddDays(19), DepartureReason.Other, EntryId)))
            .ThenRefuses("departure.before-recorded-activity");

    [Fact]
    public void the_participant_is_registered_from_the_registration_date()
    {
        var p = ParticipantOf([Enrolled(), Registered(EnrolledOn.AddDays(5))])!;
        Assert.False(p.RegisteredAsJobSeekerOn(EnrolledOn.AddDays(4)));
        Assert.True(p.RegisteredAsJobSeekerOn(EnrolledOn.AddDays(5)));
        Assert.False(ParticipantOf([Enrolled()])!.RegisteredAsJobSeekerOn(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void changes_no_fact_of_the_report()
    {
        var facts = new object[] { Enrolled(), Accepted(), Session(EnrolledOn.AddDays(1), 4), Job(new DateOnly(2027, 3, 1)) }
            .Aggregate((ReportFacts?)null, ReportFacts.Evolve);
        Assert.Same(facts, ReportFacts.Evolve(facts, Registered(DismissedOn)));
    }
}
