using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Participants;

public sealed record VoidDeparture(string Reason);

public static partial class ParticipantDecider
{
    /// <summary>
    /// The departure recorded by mistake (on the wrong person) stops counting; nothing was recorded after it (step 15). A
    /// participant has one departure at a time, so the command names none; the event names the one it voids.
    /// </summary>
    public static DepartureVoided Decide(DismissalCase current, Participant p, VoidDeparture cmd)
    {
        CaseDecider.EnsureOpen(current);
        var departure = p.Departure ?? throw new CaseRuleViolation("correction.no-departure",
            "No departure is recorded for the participant (a departure voided before stays voided).");
        return new(current.Id, p.Id, departure.Id, cmd.Reason);
    }
}
