namespace CollectiveDismissal.Api.Participants.Outcomes;

public sealed record CloseAftercareRequest([property: Required] DateOnly? ClosedOn, [property: Required] bool? StillEmployed) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required(ClosedOn, "closedOn");
        errors.Required(StillEmployed, "stillEmployed");
    }
}

public static class CloseAftercareEndpoint
{
    /// <summary>Closes the aftercare of the current job (step 14); "not still employed" makes the participant search again.</summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/aftercare-closure"), Authorize(Policy = Policies.WriteCases), Tags("Participants"), JsonBody<CloseAftercareRequest>]
    public static Task<IResult> Post(Guid caseId, Guid participantId, IDocumentSession session, HttpContext http) =>
        CaseCommands.RunOnParticipant<CloseAftercareRequest>(http, session, caseId, participantId, (current, p, b) =>
            ParticipantDecider.Decide(current, p, new CloseAftercare(b.ClosedOn!.Value, b.StillEmployed!.Value)));
}
