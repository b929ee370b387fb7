namespace CollectiveDismissal.Domain.Participants;

/// <summary>A monitoring contact during a job's aftercare (R24): its date and hours, kept apart from the guidance.</summary>
public sealed record AftercareContact(DateOnly HeldOn, decimal Hours)
{
    public static IReadOnlyList<AftercareContact> Add(IReadOnlyList<AftercareContact>? contacts, AftercareContactLogged e) =>
        [.. contacts ?? [], new AftercareContact(e.HeldOn, e.Hours)];
}
