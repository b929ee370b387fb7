namespace CollectiveDismissal.Api.Cases.Consultation;

public sealed record CloseConsultationRequest([property: Required] DateOnly? ClosedOn) : IValidatedRequest, IOpenApiExample<CloseConsultationRequest>
{
    public static CloseConsultationRequest Example => new(new DateOnly(2025, 2, 15));

    public void Validate(ValidationErrors errors) => errors.Required(ClosedOn, "closedOn");
}

public static class CloseConsultationEndpoint
{
    /// <summary>Closes the consultation (step 4).</summary>
    [WolverinePost("/api/cases/{caseId}/consultation-closure"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static Events Post(CloseConsultationRequest body, [WriteCase] DismissalCase current) =>
        [CaseDecider.Decide(current, new CloseConsultation(body.ClosedOn!.Value))];
}
