namespace CollectiveDismissal.Api.Cases.Notifying;

public sealed record ExtendWaitingPeriodRequest([property: Required] DateOnly? EndsOn, [property: MaxLength(2000)] string? Reason) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required(EndsOn, "endsOn");
    }
}

public static class ExtendWaitingPeriodEndpoint
{
    /// <summary>Records the director's extension of the waiting period, to at most 60 days after the notification (step 6).</summary>
    [WolverinePost("/api/cases/{caseId}/waiting-period-extension"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure"), JsonBody<ExtendWaitingPeriodRequest>]
    public static Task<IResult> Post(Guid caseId, IDocumentSession session, HttpContext http) =>
        CaseCommands.Run<ExtendWaitingPeriodRequest>(http, session, caseId,
            (current, b) => CaseDecider.Decide(current, new ExtendWaitingPeriod(b.EndsOn!.Value, b.Reason)));
}
