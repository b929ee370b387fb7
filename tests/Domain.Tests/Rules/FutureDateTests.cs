using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Tests.ParticipantSpec;

namespace CollectiveDismissal.Domain.Tests.Rules;

/// <summary>
/// What records a thing that happened (a session, an intake, a decision, a meeting) is refused when dated after today;
/// today itself is accepted. "Today" is an input of the decision, never the clock.
/// </summary>
public class facts_dated_after_today
{
    private static readonly DateOnly Day = EnrolledOn.AddDays(5);

    private static void OnTodayAcceptedTomorrowRefused(Func<DateOnly, DismissalCase, Participant, object> decide, string rule, params object[] given)
    {
        var spec = Given(given);
        decide(Day, spec.Case, spec.Participant);
        var violation = Assert.Throws<CaseRuleViolation>(() => decide(Day.AddDays(1), spec.Case, spec.Participant));
        Assert.Equal(rule, violation.Rule);
    }

    [Fact]
    public void a_guidance_session() => OnTodayAcceptedTomorrowRefused(
        (on, c, p) => ParticipantDecider.Decide(c, p, new LogGuidanceSession(on, 2, GuidanceKind.Individual, null, EntryId), Day),
        "guidance.in-the-future", Enrolled(), Accepted());

    [Fact]
    public void an_intake() => OnTodayAcceptedTomorrowRefused(
        (on, c, p) => ParticipantDecider.Decide(c, p, new HoldIntake(on, null, [], []), Day), "intake.in-the-future", Enrolled(), Accepted());

    [Fact]
    public void a_decision_on_the_offer() => OnTodayAcceptedTomorrowRefused(
        (on, c, p) => ParticipantDecider.Decide(c, p, new DecideOutplacement(true, on), Day), "outplacement.in-the-future", Enrolled());

    [Fact]
    public void a_works_council_meeting()
    {
        var spec = CaseSpec.Given(CaseSpec.Prepared, new IntentionAnnounced(CaseId, AnnouncedOn, InformedBody.WorksCouncil));
        var today = AnnouncedOn.AddDays(3);
        CaseDecider.Decide(spec.State, new HoldWorksCouncilMeeting(today, null, 0, 0), today);
        Assert.Equal("works-council.in-the-future", Assert.Throws<CaseRuleViolation>(() =>
            CaseDecider.Decide(spec.State, new HoldWorksCouncilMeeting(today.AddDays(1), null, 0, 0), today)).Rule);
    }

    [Fact]
    public void a_twc_meeting_an_information_session_and_a_consultation()
    {
        var state = CaseOf(Procedure);
        var today = TwcOpenedOn.AddDays(3);
        CaseDecider.Decide(state, new HoldTwcMeeting(today, null), today);
        CaseDecider.Decide(state, new HoldInformationSession(today, PreTrajectoryActivity.Workshop, 3, null), today);
        CaseDecider.Decide(state, new ConsultStakeholder(today, StakeholderParty.Union, null), today);
        var tomorrow = today.AddDays(1);
        Assert.Equal("twc-meeting.in-the-future",
            Assert.Throws<CaseRuleViolation>(() => CaseDecider.Decide(state, new HoldTwcMeeting(tomorrow, null), today)).Rule);
        Assert.Equal("pre-trajectory.in-the-future", Assert.Throws<CaseRuleViolation>(() =>
            CaseDecider.Decide(state, new HoldInformationSession(tomorrow, PreTrajectoryActivity.Workshop, 3, null), today)).Rule);
        Assert.Equal("consultation-party.in-the-future", Assert.Throws<CaseRuleViolation>(() =>
            CaseDecider.Decide(state, new ConsultStakeholder(tomorrow, StakeholderParty.Union, null), today)).Rule);
    }

    [Fact]
    public void a_job_may_start_ahead()
    {
        // A signed contract that starts next month is a fact today: jobs are not bound to today (nor departures).
        var spec = Given(Enrolled(), Accepted());
        ParticipantDecider.Decide(spec.Case, spec.Participant, new RecordJob(Today.AddMonths(1), "X", ContractType.Indefinite, null, 1m, EntryId));
    }
}
