namespace CollectiveDismissal.Api.Participants.Trajectory;

public sealed record DecideOutplacementRequest([property: Required] bool? Accepted, [property: Required] DateOnly? DecidedOn)
    : IValidatedRequest, IOpenApiExample<DecideOutplacementRequest>
{
    public static DecideOutplacementRequest Example => new(true, new DateOnly(2025, 4, 6));

    public void Validate(ValidationErrors errors)
    {
        errors.Required(Accepted, "accepted");
        errors.Required(DecidedOn, "decidedOn");
    }
}

public static class DecideOutplacementEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>The participant accepts or declines the outplacement offer (step 9); once.</summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/outplacement-decision"), Authorize(Policy = Policies.WriteCases), Tags("Participants")]
    public static Events Post(DecideOutplacementRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant, TimeProvider clock) =>
        [ParticipantDecider.Decide(current, participant, new DecideOutplacement(body.Accepted!.Value, body.DecidedOn!.Value), BusinessDate.Today(clock))];
}
