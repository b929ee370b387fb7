using CollectiveDismissal.Domain.Cases;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record AssignCoach(string Coach, DateOnly From);

public static partial class ParticipantDecider
{
    /// <summary>
    /// A first coach, or a change of coach, from a date on. The coaches follow each other in date order, so the coach on
    /// any date is read from the list; a change on the same day as the last one corrects it. No offer decision is needed:
    /// a coach may be named to make the offer.
    /// </summary>
    public static CoachAssigned Decide(DismissalCase current, Participant p, AssignCoach cmd)
    {
        EnsureActive(current, p, cmd.From);
        Require(cmd.From >= p.EnrolledOn, "coach.before-enrolment",
            $"A coach is assigned from the enrolment ({p.EnrolledOn:yyyy-MM-dd}) on.");
        if (p.CoachList() is [.., var latest])
        {
            Require(cmd.From >= latest.From, "coach.before-current",
                $"The current coach was assigned from {latest.From:yyyy-MM-dd}; a change is dated on or after that.");
            Require(cmd.Coach != latest.Coach, "coach.unchanged", "That coach is already the participant's coach.");
        }
        return new(current.Id, p.Id, cmd.Coach, cmd.From);
    }
}
