namespace CollectiveDismissal.Api.Cases.Notification;

public sealed record ExtendWaitingPeriodRequest([property: Required] DateOnly? EndsOn, [property: MaxLength(2000)] string? Reason)
    : IValidatedRequest, IOpenApiExample<ExtendWaitingPeriodRequest>
{
    public static ExtendWaitingPeriodRequest Example => new(new DateOnly(2025, 4, 2), "Extended by the VDAB director");

    public void Validate(ValidationErrors errors)
    {
        errors.Required(EndsOn, "endsOn");
    }
}

public static class ExtendWaitingPeriodEndpoint
{
    /// <summary>Records the director's extension of the waiting period, to at most 60 days after the notification (step 6).</summary>
    [WolverinePost("/api/cases/{caseId}/waiting-period-extension"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static Events Post(ExtendWaitingPeriodRequest body, [WriteCase] DismissalCase current) =>
        [CaseDecider.Decide(current, new ExtendWaitingPeriod(body.EndsOn!.Value, body.Reason))];
}
