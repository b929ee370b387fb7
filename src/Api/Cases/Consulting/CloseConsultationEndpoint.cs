namespace CollectiveDismissal.Api.Cases.Consulting;

public sealed record CloseConsultationRequest([property: Required] DateOnly? ClosedOn) : IValidatedRequest
{
    public void Validate(ValidationErrors errors) => errors.Required(ClosedOn, "closedOn");
}

public static class CloseConsultationEndpoint
{
    /// <summary>Closes the consultation (step 4).</summary>
    [WolverinePost("/api/cases/{caseId}/consultation-closure"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure"), JsonBody<CloseConsultationRequest>]
    public static Task<IResult> Post(Guid caseId, IDocumentSession session, HttpContext http) =>
        CaseCommands.Run<CloseConsultationRequest>(http, session, caseId,
            (current, b) => CaseDecider.Decide(current, new CloseConsultation(b.ClosedOn!.Value)));
}
