using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

/// <summary>
/// The guards the corrections of a participant's entries share. A correction may not leave a state that the commands
/// recording it would have refused: its refusal then names that command's rule (<c>job.already-employed</c>,
/// <c>guidance.outside-trajectory</c>, …). Voiding needs an open case, not an active participant: a departure does not
/// stop its own correction, nor that of anything recorded before it.
/// </summary>
public static partial class ParticipantDecider
{
    private static void EnsureCanVoid(DismissalCase current, Participant p, Guid entryId, string what)
    {
        CaseDecider.EnsureOpen(current);
        Require(!p.WasVoided(entryId), "correction.already-voided", $"The {what} {entryId} was already voided.");
    }

    private static CaseRuleViolation UnknownEntry(string what, Guid entryId) =>
        new("correction.unknown-entry", $"The participant has no {what} {entryId}.");
}
