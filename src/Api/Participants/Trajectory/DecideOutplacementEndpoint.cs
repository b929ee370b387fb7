namespace CollectiveDismissal.Api.Participants.Trajectory;

public sealed record DecideOutplacementRequest([property: Required] bool? Accepted, [property: Required] DateOnly? DecidedOn) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required(Accepted, "accepted");
        errors.Required(DecidedOn, "decidedOn");
    }
}

public static class DecideOutplacementEndpoint
{
    /// <summary>The participant accepts or declines the outplacement offer (step 9); once.</summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/outplacement-decision"), Authorize(Policy = Policies.WriteCases), Tags("Participants"), JsonBody<DecideOutplacementRequest>]
    public static Task<IResult> Post(Guid caseId, Guid participantId, IDocumentSession session, HttpContext http) =>
        CaseCommands.RunOnParticipant<DecideOutplacementRequest>(http, session, caseId, participantId, (current, p, b) =>
            ParticipantDecider.Decide(current, p, new DecideOutplacement(b.Accepted!.Value, b.DecidedOn!.Value)));
}
