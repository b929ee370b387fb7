namespace CollectiveDismissal.Api.Commands;

/// <summary>Why a correction, a cancellation or a reopening is recorded; the history shows it with the event.</summary>
public sealed record ReasonRequest([property: Required, MaxLength(2000)] string? Reason) : IValidatedRequest, IOpenApiExample<ReasonRequest>
{
    public static ReasonRequest Example => new("Recorded twice by mistake.");

    public void Validate(ValidationErrors errors) => errors.Required(Reason, "reason");
}
