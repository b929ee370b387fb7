using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

/// <summary>
/// Pure decisions on a participant. Each takes the case's write model and the participant's own, never the case's whole
/// history; a refusal names its rule. One file per command holds the command and its decision; the guards they share
/// are here.
/// </summary>
public static partial class ParticipantDecider
{
    /// <summary>Commands on a participant need an open case, and nothing is recorded after the participant left.</summary>
    private static void EnsureActive(DismissalCase current, Participant p, DateOnly on)
    {
        CaseDecider.EnsureOpen(current);
        if (p.Departure is { } d)
            Require(on <= d.LeftOn, "participant.left", $"The participant left on {d.LeftOn:yyyy-MM-dd}; nothing can be recorded after that.");
    }

    private static DateOnly RequireAccepted(Participant p, string rule, string what) => p.Decision switch
    {
        { Accepted: true, DecidedOn: var on } => on,
        { Accepted: false } => throw new CaseRuleViolation(rule, $"{what} needs an accepted offer; the participant declined it."),
        _ => throw new CaseRuleViolation(rule, $"{what} needs the participant to accept the outplacement offer first.")
    };
}
