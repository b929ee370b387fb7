using CollectiveDismissal.Domain.Cases;

namespace CollectiveDismissal.Domain.Participants;

public static partial class ParticipantDecider
{
    /// <summary>
    /// Erasure is a right (GDPR art. 17), not a step of the case: it is allowed on a closed case, and a second one changes
    /// nothing.
    /// </summary>
    public static IReadOnlyList<object> ErasePersonalData(DismissalCase current, Participant p) =>
        p.PersonalDataErased ? [] : [new PersonalDataErased(current.Id, p.Id)];
}
