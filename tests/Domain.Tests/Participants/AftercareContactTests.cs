using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;
using static CollectiveDismissal.Domain.Tests.ParticipantSpec;

namespace CollectiveDismissal.Domain.Tests.Participants;

/// <summary>R24 (S26): monitoring continues after a new job, during its aftercare, also after the trajectory.</summary>
public class logging_an_aftercare_contact
{
    private static readonly DateOnly JobStart = new(2027, 3, 1);
    private static readonly DateOnly AfterTrajectory = new(2027, 6, 1);   // the trajectory ended on 2027-04-09

    private static LogAftercareContact Contact(DateOnly on, decimal hours = 0.5m) => new(on, hours, "Call");

    private static AftercareContactLogged Logged(DateOnly on, decimal hours = 0.5m) => new(CaseId, ParticipantId, on, hours, "Call");

    private static AftercareClosed Closed(DateOnly on, bool stillEmployed) => new(CaseId, ParticipantId, on, stillEmployed);

    [Fact]
    public void during_an_open_aftercare_after_the_trajectory_ended() =>
        Given(Enrolled(), Accepted(), Job(JobStart)).When((c, p) => ParticipantDecider.Decide(c, p, Contact(AfterTrajectory)))
            .Then(Logged(AfterTrajectory));

    [Fact]
    public void on_the_jobs_first_day() =>
        Given(Enrolled(), Accepted(), Job(JobStart)).When((c, p) => ParticipantDecider.Decide(c, p, Contact(JobStart))).Then(Logged(JobStart));

    [Fact]
    public void not_without_a_job() =>
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, Contact(EnrolledOn.AddDays(5))))
            .ThenRefuses("aftercare-contact.needs-job");

    [Fact]
    public void not_before_the_job_started() =>
        Given(Enrolled(), Accepted(), Job(JobStart)).When((c, p) => ParticipantDecider.Decide(c, p, Contact(JobStart.AddDays(-1))))
            .ThenRefuses("aftercare-contact.outside-aftercare");

    [Fact]
    public void not_after_the_aftercare_closed_but_on_its_closing_day_and_recorded_late_for_a_day_it_was_open()
    {
        var given = Given(Enrolled(), Accepted(), Job(JobStart), Closed(AfterTrajectory, stillEmployed: true));
        given.When((c, p) => ParticipantDecider.Decide(c, p, Contact(AfterTrajectory.AddDays(1)))).ThenRefuses("aftercare-contact.outside-aftercare");
        given.When((c, p) => ParticipantDecider.Decide(c, p, Contact(AfterTrajectory))).Then(Logged(AfterTrajectory));
        given.When((c, p) => ParticipantDecider.Decide(c, p, Contact(JobStart.AddDays(10)))).Then(Logged(JobStart.AddDays(10)));
    }

    [Fact]
    public void during_a_second_jobs_aftercare_not_between_the_two_jobs()
    {
        var lost = new DateOnly(2027, 4, 1);
        var given = Given(Enrolled(), Accepted(), Job(JobStart), Closed(lost, stillEmployed: false), Job(new DateOnly(2027, 5, 1)));
        given.When((c, p) => ParticipantDecider.Decide(c, p, Contact(new DateOnly(2027, 4, 15)))).ThenRefuses("aftercare-contact.outside-aftercare");
        given.When((c, p) => ParticipantDecider.Decide(c, p, Contact(new DateOnly(2027, 5, 2)))).Then(Logged(new DateOnly(2027, 5, 2)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8.25)]
    public void lasts_more_than_0_and_at_most_8_hours(decimal hours) =>
        Given(Enrolled(), Accepted(), Job(JobStart)).When((c, p) => ParticipantDecider.Decide(c, p, Contact(JobStart, hours)))
            .ThenRefuses("aftercare-contact.hours");

    [Fact]
    public void not_after_the_participant_left_nor_on_a_closed_case()
    {
        Given(Enrolled(), Accepted(), Job(JobStart), new ParticipantLeft(CaseId, ParticipantId, JobStart.AddDays(5), DepartureReason.MovedAbroad))
            .When((c, p) => ParticipantDecider.Decide(c, p, Contact(JobStart.AddDays(6)))).ThenRefuses("participant.left");
        Given(Enrolled(), Accepted(), Job(JobStart), new CaseClosed(CaseId, new DateOnly(2027, 12, 1)))
            .When((c, p) => ParticipantDecider.Decide(c, p, Contact(JobStart.AddDays(6)))).ThenRefuses("case.closed");
    }

    [Fact]
    public void leaving_cannot_precede_a_contact() =>
        Given(Enrolled(), Accepted(), Job(JobStart), Logged(AfterTrajectory))
            .When((c, p) => ParticipantDecider.Decide(c, p, new RecordDeparture(AfterTrajectory.AddDays(-1), DepartureReason.Other, EntryId)))
            .ThenRefuses("departure.before-recorded-activity");

    [Fact]
    public void contacts_are_not_guidance_and_the_report_counts_them_as_of_its_date()
    {
        object[] events = [.. Procedure, Enrolled(), Accepted(), Session(EnrolledOn.AddDays(1), 2), Job(JobStart),
            Logged(JobStart.AddDays(7), 0.5m), Logged(AfterTrajectory, 1.25m)];
        var p = ParticipantOf(events)!;
        Assert.Equal(2m, p.DeliveredHours());
        Assert.Equal(2, p.AftercareContactList().Count);
        var facts = events.Aggregate((ReportFacts?)null, ReportFacts.Evolve)!;
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(ReportFacts.Of(p)), System.Text.Json.JsonSerializer.Serialize(facts));

        var report = EmploymentReports.Compute(CaseId, AfterTrajectory.AddDays(-1), 1, [p], CaseProcess.None).Report;
        Assert.Equal((1, 0.5m), (report.Aftercare.Contacts, report.Aftercare.ContactHours));
        Assert.Equal(2m, report.Guidance.TotalHours);
        var later = EmploymentReports.Compute(CaseId, AfterTrajectory, 1, [p], CaseProcess.None);
        Assert.Equal((2, 1.75m), (later.Report.Aftercare.Contacts, later.Report.Aftercare.ContactHours));
        var members = EmploymentReports.Members(later.Rows).ToDictionary(m => m.Figure, m => m.ParticipantIds);
        Assert.Equal([p.Id, p.Id], members["aftercare.contacts"]);
        Assert.Equal([p.Id], members["aftercare.contactHours"]);
    }
}
