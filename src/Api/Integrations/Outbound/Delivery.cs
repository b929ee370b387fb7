namespace CollectiveDismissal.Api.Integrations.Outbound;

public enum DeliveryKind { ProgressReport, FinalReport }

/// <summary>Pending: not tried yet. Failing: the last attempt failed, another is scheduled. Delivered: a 2xx came back; never sent again.</summary>
public enum DeliveryState { Pending, Delivered, Failing }

/// <summary>
/// One frozen report on its way to the case's competent service, written in the transaction that froze the report, and
/// updated by every attempt. <see cref="MessageId"/> is its id and the id the receiver sees, so a repeat can be dropped
/// there. <see cref="LastError"/> holds what the attempt saw of the endpoint (status, timeout, connection error), never
/// the report's content.
/// </summary>
public sealed record Delivery(
    Guid MessageId,
    Guid CaseId,
    EmploymentService Service,
    DeliveryKind Kind,
    DateOnly AsOf,
    int? Meeting,
    DeliveryState State,
    int Attempts,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset RecordedAt,
    DateTimeOffset? DeliveredAt,
    int? Closing = null)
{
    /// <summary><c>closing</c>: for a final report, which closing froze it (1 for the first; a reopened case closes again).</summary>
    public static Delivery Of(Guid caseId, EmploymentService service, DeliveryKind kind, DateOnly asOf, int? meeting, DateTimeOffset recordedAt,
        int? closing = null) =>
        new(Guid.CreateVersion7(), caseId, service, kind, asOf, meeting, DeliveryState.Pending, 0, null, null, recordedAt, null, closing);
}

/// <summary>The Wolverine message that makes one attempt at a <see cref="Delivery"/>; it carries only the id.</summary>
public sealed record DeliverReport(Guid MessageId);
