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
        // R31, R32, R34: the worker decides on an offer received; an offer recorded is decided on or after its date.
        if (p.Offer is { } offer)
            Require(cmd.DecidedOn >= offer.OfferedOn, "outplacement.before-offer",
                $"The offer was sent on {offer.OfferedOn:yyyy-MM-dd}; the decision follows it.");
        return cmd.Accepted
            ? new OutplacementAccepted(current.Id, p.Id, cmd.DecidedOn)
            : new OutplacementDeclined(current.Id, p.Id, cmd.DecidedOn);
    }
}
