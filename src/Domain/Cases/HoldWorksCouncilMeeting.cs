using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

public sealed record HoldWorksCouncilMeeting(DateOnly HeldOn, string? MinutesReference, int QuestionsReceived, int QuestionsAnswered);

public static partial class CaseDecider
{
    public static WorksCouncilConsulted Decide(DismissalCase current, HoldWorksCouncilMeeting cmd, DateOnly today)
    {
        EnsureOpen(current);
        BusinessDates.RequireNotAfterToday(cmd.HeldOn, today, "works-council.in-the-future", "A works council meeting");
        var announcedOn = RequireAnnounced(current, "works-council.needs-announcement", "A works council meeting");
        Require(current.ConsultationClosedOn is null, "works-council.consultation-closed",
            $"The consultation was closed on {current.ConsultationClosedOn:yyyy-MM-dd}; no more meetings can be recorded.");
        var earliest = LegalRules.EarliestWorksCouncilMeeting(announcedOn);
        Require(cmd.HeldOn >= earliest, "works-council.too-early",
            $"R5: the works council meets at the earliest the day after the announcement ({earliest:yyyy-MM-dd}).");
        // R6: the employer answers the representatives' questions, at the meeting they were asked or at a later one of the
        // same consultation (a case has one), so answers are counted against every question received so far.
        var received = current.QuestionsReceived + cmd.QuestionsReceived;
        var answered = current.QuestionsAnswered + cmd.QuestionsAnswered;
        Require(answered <= received, "works-council.more-answers-than-questions",
            $"R6: with this meeting {answered} questions would be answered of {received} received in the consultation.");
        return new(current.Id, cmd.HeldOn, cmd.MinutesReference, cmd.QuestionsReceived, cmd.QuestionsAnswered);
    }
}
