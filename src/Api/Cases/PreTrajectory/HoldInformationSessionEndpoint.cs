namespace CollectiveDismissal.Api.Cases.PreTrajectory;

public sealed record HoldInformationSessionRequest([property: Required] DateOnly? HeldOn, [property: Required] PreTrajectoryActivity? Kind, [property: Required] int? Attendees, [property: MaxLength(2000)] string? Topic)
    : IValidatedRequest, IOpenApiExample<HoldInformationSessionRequest>
{
    public static HoldInformationSessionRequest Example => new(new DateOnly(2025, 1, 7), PreTrajectoryActivity.InformationSession, 38,
        "What the employment cell offers");

    public void Validate(ValidationErrors errors)
    {
        errors.Required(HeldOn, "heldOn");
        errors.Required(Kind, "kind");
        if (errors.Required(Attendees, "attendees")) errors.Range(Attendees, "attendees", 0, 100_000);
    }
}

public static class HoldInformationSessionEndpoint
{
    /// <summary>Records a pre-trajectory activity (voortraject): an information session, a workshop or job hunting.</summary>
    [WolverinePost("/api/cases/{caseId}/information-sessions"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static Events Post(HoldInformationSessionRequest body, [WriteCase] DismissalCase current, TimeProvider clock) =>
        [CaseDecider.Decide(current, new HoldInformationSession(body.HeldOn!.Value, body.Kind!.Value, body.Attendees!.Value, body.Topic), BusinessDate.Today(clock))];
}
