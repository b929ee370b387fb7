namespace CollectiveDismissal.Domain.Participants;

/// <summary>Who the participant is. Never in an event: the enrolment command carries it, the event does not.</summary>
public sealed record Person(string Name, string NationalRegisterNumber, DateOnly BirthDate, string? Email, string? Phone);

/// <summary>
/// The participant's personal data, kept apart from the events in one deletable document keyed by the participant id.
/// Erasing it removes the person; every figure, which is folded from the events, stays the same.
/// </summary>
public sealed record PersonalRecord(Guid Id, Guid CaseId, string Name, string NationalRegisterNumber, DateOnly BirthDate,
    string? Email, string? Phone)
{
    public static PersonalRecord Of(Guid participantId, Guid caseId, Person p) =>
        new(participantId, caseId, p.Name, p.NationalRegisterNumber, p.BirthDate, p.Email, p.Phone);
}
