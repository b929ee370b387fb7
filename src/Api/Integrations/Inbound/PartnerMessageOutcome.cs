namespace CollectiveDismissal.Api.Integrations.Inbound;

public enum PartnerMessageState
{
    /// <summary>Accepted (202) and waiting in the inbox to be applied.</summary>
    Pending,

    /// <summary>Its events are in the case's stream.</summary>
    Applied,

    /// <summary>It broke a rule or named an unknown participant; nothing was applied. Waits for a retry or a discard.</summary>
    Rejected,

    /// <summary>A retry was asked for and is queued.</summary>
    Retrying,

    /// <summary>Given up on, with a reason; kept for the record.</summary>
    Discarded
}

public sealed record Discard(DateTimeOffset At, string? By, string Reason);

/// <summary>
/// One partner message and what became of it, keyed by the service and the partner's message id. Written Pending by the
/// request that accepts it, in the transaction that puts its wake-up envelope in Wolverine's inbox; decided (applied or
/// rejected) in the transaction that appends its events. So it is the message's durable copy, the record of its outcome
/// and the reason a repeat of the id has no second effect. <see cref="Received"/> and <see cref="Position"/> order a
/// case's messages as they were accepted. Optimistic concurrency: a retry, a discard and the handler never overwrite
/// each other's change unseen.
/// </summary>
public sealed record PartnerMessageOutcome(
    string Id,
    EmploymentService Service,
    string MessageId,
    Guid CaseId,
    PartnerMessage Message,
    PartnerMessageState State,
    long Received,
    int Position,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DecidedAt,
    int Attempts,
    Guid? ParticipantId = null,
    string? Rule = null,
    string? Reason = null,
    Discard? Discarded = null)
{
    public static string Key(EmploymentService service, string messageId) => $"{PartnerServices.RouteName(service)}/{messageId}";
}

/// <summary>A message's outcome as partners and project managers read it.</summary>
public sealed record PartnerMessageView(string MessageId, Guid CaseId, string PersonnelReference, PartnerMessageKind Kind, DateOnly OccurredOn,
    PartnerMessageState State, DateTimeOffset ReceivedAt, DateTimeOffset? DecidedAt, int Attempts, Guid? ParticipantId, string? Rule,
    string? Reason, Discard? Discarded) : IOpenApiExample<PartnerMessageView>
{
    public static PartnerMessageView Of(PartnerMessageOutcome o) => new(o.MessageId, o.CaseId, o.Message.PersonnelReference!, o.Message.Kind!.Value,
        o.Message.OccurredOn!.Value, o.State, o.ReceivedAt, o.DecidedAt, o.Attempts, o.ParticipantId, o.Rule, o.Reason, o.Discarded);

    public static PartnerMessageView Example => new("vdab-2025-000124", Guid.Parse("01a20919-1347-7420-b138-a77c3cc89e0a"), "E-0007",
        PartnerMessageKind.JobEnded, new DateOnly(2025, 9, 30), PartnerMessageState.Rejected,
        new DateTimeOffset(2025, 10, 1, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 10, 1, 8, 0, 0, 120, TimeSpan.Zero), 1,
        Guid.Parse("01a2091a-0b5e-7c3e-9d0f-3a4b5c6d7e8f"), "aftercare.needs-open-job", "There is no job whose aftercare is still open.", null);
}
