namespace CollectiveDismissal.Api.Cases.Notification;

public sealed record NotifyCollectiveDismissalRequest([property: Required] DateOnly? NotifiedOn)
    : IValidatedRequest, IOpenApiExample<NotifyCollectiveDismissalRequest>
{
    public static NotifyCollectiveDismissalRequest Example => new(new DateOnly(2025, 2, 16));

    public void Validate(ValidationErrors errors) => errors.Required(NotifiedOn, "notifiedOn");
}

public static class NotifyCollectiveDismissalEndpoint
{
    /// <summary>Records the notification to the regional service: phase 2, the waiting period starts (step 5).</summary>
    [WolverinePost("/api/cases/{caseId}/notification"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static Events Post(NotifyCollectiveDismissalRequest body, [WriteCase] DismissalCase current) =>
        [CaseDecider.Decide(current, new NotifyCollectiveDismissal(body.NotifiedOn!.Value))];
}
