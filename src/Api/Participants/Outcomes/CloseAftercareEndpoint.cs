namespace CollectiveDismissal.Api.Participants.Outcomes;

public sealed record CloseAftercareRequest([property: Required] DateOnly? ClosedOn, [property: Required] bool? StillEmployed)
    : IValidatedRequest, IOpenApiExample<CloseAftercareRequest>
{
    public static CloseAftercareRequest Example => new(new DateOnly(2025, 9, 1), true);

    public void Validate(ValidationErrors errors)
    {
        errors.Required(ClosedOn, "closedOn");
        errors.Required(StillEmployed, "stillEmployed");
    }
}

public static class CloseAftercareEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>Closes the aftercare of the current job (step 14); "not still employed" makes the participant search again.</summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/aftercare-closure"), Authorize(Policy = Policies.WriteCases), Tags("Participants")]
    public static Events Post(CloseAftercareRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant) =>
        [ParticipantDecider.Decide(current, participant, new CloseAftercare(body.ClosedOn!.Value, body.StillEmployed!.Value))];
}
