using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record DecideOutplacement(bool Accepted, DateOnly DecidedOn);

public static partial class ParticipantDecider
{
    public static object Decide(DismissalCase current, Participant p, DecideOutplacement cmd, DateOnly today)
    {
        EnsureActive(current, p, cmd.DecidedOn);
        BusinessDates.RequireNotAfterToday(cmd.DecidedOn, today, "outplacement.in-the-future", "The decision on the offer");
        Require(p.Decision is null, "outplacement.already-decided",
            $"The participant already {(p.Accepted() ? "accepted" : "declined")} the offer on {p.Decision?.DecidedOn:yyyy-MM-dd}.");
        Require(cmd.DecidedOn >= p.EnrolledOn, "outplacement.before-enrolment",
            $"The offer is decided on or after enrolment ({p.EnrolledOn:yyyy-MM-dd}).");
        return cmd.Accepted
            ? new OutplacementAccepted(current.Id, p.Id, cmd.DecidedOn)
            : new OutplacementDeclined(current.Id, p.Id, cmd.DecidedOn);
    }
}
