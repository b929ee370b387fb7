namespace CollectiveDismissal.Api.Cases.EmploymentCells;

public sealed record HoldTwcMeetingRequest([property: Required] DateOnly? HeldOn, [property: MaxLength(10_000)] string? Notes)
    : IValidatedRequest, IOpenApiExample<HoldTwcMeetingRequest>
{
    public static HoldTwcMeetingRequest Example => new(new DateOnly(2027, 2, 27), "Kick-off; 38 workers informed.");

    public void Validate(ValidationErrors errors)
    {
        errors.Required(HeldOn, "heldOn");
    }
}

public static class HoldTwcMeetingEndpoint
{
    /// <summary>Records a meeting of the employment cell, where the SPOC reports progress (step 16).</summary>
    [WolverinePost("/api/cases/{caseId}/twc-meetings"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static Events Post(HoldTwcMeetingRequest body, [WriteCase] DismissalCase current) =>
        [CaseDecider.Decide(current, new HoldTwcMeeting(body.HeldOn!.Value, body.Notes))];
}
