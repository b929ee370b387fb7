namespace CollectiveDismissal.Api.Cases.Announcement;

public sealed record AnnounceIntentionRequest([property: Required] DateOnly? AnnouncedOn, [property: Required] InformedBody? InformedBody)
    : IValidatedRequest, IOpenApiExample<AnnounceIntentionRequest>
{
    public static AnnounceIntentionRequest Example => new(new DateOnly(2025, 1, 4), Domain.Cases.InformedBody.WorksCouncil);

    public void Validate(ValidationErrors errors)
    {
        errors.Required(AnnouncedOn, "announcedOn");
        errors.Required(InformedBody, "informedBody");
    }
}

public static class AnnounceIntentionEndpoint
{
    /// <summary>Records the announcement of the intention: phase 1 of the Renault procedure (step 2).</summary>
    [WolverinePost("/api/cases/{caseId}/intention"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static Events Post(AnnounceIntentionRequest body, [WriteCase] DismissalCase current) =>
        [CaseDecider.Decide(current, new AnnounceIntention(body.AnnouncedOn!.Value, body.InformedBody!.Value))];
}
