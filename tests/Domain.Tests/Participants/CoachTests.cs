using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using static CollectiveDismissal.Domain.Tests.ParticipantSpec;

namespace CollectiveDismissal.Domain.Tests.Participants;

public class assigning_a_coach
{
    private static AssignCoach Coach(string coach, DateOnly from) => new(coach, from);

    private static CoachAssigned Assigned(string coach, DateOnly from) => new(CaseId, ParticipantId, coach, from);

    private static IntakeHeld Intake(DateOnly on, string? coach) => new(CaseId, ParticipantId, on, coach, [], []);

    [Fact]
    public void from_the_enrolment_on_without_a_decision_on_the_offer() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, Coach("coach.claes", EnrolledOn)))
            .Then(Assigned("coach.claes", EnrolledOn));

    [Fact]
    public void not_before_the_enrolment() =>
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, Coach("coach.claes", EnrolledOn.AddDays(-1))))
            .ThenRefuses("coach.before-enrolment");

    [Fact]
    public void a_change_follows_the_intakes_coach() =>
        Given(Enrolled(), Accepted(), Intake(EnrolledOn.AddDays(2), "coach.claes"))
            .When((c, p) => ParticipantDecider.Decide(c, p, Coach("coach.wouters", EnrolledOn.AddDays(30))))
            .Then(Assigned("coach.wouters", EnrolledOn.AddDays(30)));

    [Fact]
    public void a_change_is_not_dated_before_the_current_coach() =>
        Given(Enrolled(), Accepted(), Intake(EnrolledOn.AddDays(2), "coach.claes"))
            .When((c, p) => ParticipantDecider.Decide(c, p, Coach("coach.wouters", EnrolledOn.AddDays(1))))
            .ThenRefuses("coach.before-current");

    [Fact]
    public void the_same_coach_again_is_refused() =>
        Given(Enrolled(), Assigned("coach.claes", EnrolledOn))
            .When((c, p) => ParticipantDecider.Decide(c, p, Coach("coach.claes", EnrolledOn.AddDays(9))))
            .ThenRefuses("coach.unchanged");

    [Fact]
    public void not_after_the_participant_left() =>
        Given(Enrolled(), new ParticipantLeft(CaseId, ParticipantId, EnrolledOn.AddDays(5), DepartureReason.MovedAbroad))
            .When((c, p) => ParticipantDecider.Decide(c, p, Coach("coach.claes", EnrolledOn.AddDays(6))))
            .ThenRefuses("participant.left");

    [Fact]
    public void not_on_a_closed_case() =>
        Given(Enrolled(), new CaseClosed(CaseId, new DateOnly(2027, 12, 1)))
            .When((c, p) => ParticipantDecider.Decide(c, p, Coach("coach.claes", EnrolledOn)))
            .ThenRefuses("case.closed");

    [Fact]
    public void the_coach_on_a_date_is_the_latest_assigned_by_then_the_intakes_first()
    {
        var p = ParticipantOf([.. Procedure, Enrolled(), Accepted(), Intake(EnrolledOn.AddDays(2), "coach.claes"),
            Assigned("coach.wouters", EnrolledOn.AddDays(30)), Assigned("coach.peeters", EnrolledOn.AddDays(60)),
            Assigned("coach.maes", EnrolledOn.AddDays(60))])!;
        Assert.Null(p.CoachAt(EnrolledOn.AddDays(1)));
        Assert.Equal("coach.claes", p.CoachAt(EnrolledOn.AddDays(2)));
        Assert.Equal("coach.claes", p.CoachAt(EnrolledOn.AddDays(29)));
        Assert.Equal("coach.wouters", p.CoachAt(EnrolledOn.AddDays(30)));
        // A change on the day of the last one corrects it.
        Assert.Equal("coach.maes", p.CoachAt(EnrolledOn.AddDays(60)));
        Assert.Equal(["coach.claes", "coach.wouters", "coach.maes"], p.CoachList().Select(c => c.Coach));
    }

    [Fact]
    public void an_intake_recorded_late_takes_its_place_by_date_and_one_without_a_coach_names_none()
    {
        var late = ParticipantOf([.. Procedure, Enrolled(), Accepted(), Assigned("coach.wouters", EnrolledOn.AddDays(30)),
            Intake(EnrolledOn.AddDays(2), "coach.claes")])!;
        Assert.Equal(["coach.claes", "coach.wouters"], late.CoachList().Select(c => c.Coach));
        Assert.Equal("coach.wouters", late.CoachAt(EnrolledOn.AddDays(40)));
        Assert.Empty(ParticipantOf([.. Procedure, Enrolled(), Accepted(), Intake(EnrolledOn.AddDays(2), null)])!.CoachList());
    }

    [Fact]
    public void a_participant_folded_before_coaches_were_kept_has_the_intakes_coach() =>
        Assert.Equal("coach.claes", (ParticipantOf([.. Procedure, Enrolled(), Accepted(), Intake(EnrolledOn.AddDays(2), "coach.claes")])!
            with { Coaches = null }).CoachAt(EnrolledOn.AddDays(3)));

    [Fact]
    public void leaving_cannot_precede_a_coach_change() =>
        Given(Enrolled(), Assigned("coach.claes", EnrolledOn.AddDays(10)))
            .When((c, p) => ParticipantDecider.Decide(c, p, new RecordDeparture(EnrolledOn.AddDays(9), DepartureReason.Other, EntryId)))
            .ThenRefuses("departure.before-recorded-activity");
}
