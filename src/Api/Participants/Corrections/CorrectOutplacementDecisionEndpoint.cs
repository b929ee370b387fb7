namespace CollectiveDismissal.Api.Participants.Corrections;

public sealed record CorrectOutplacementDecisionRequest([property: Required] bool? Accepted, [property: Required] DateOnly? DecidedOn,
    [property: Required, MaxLength(2000)] string? Reason) : IValidatedRequest, IOpenApiExample<CorrectOutplacementDecisionRequest>
{
    public static CorrectOutplacementDecisionRequest Example => new(true, new DateOnly(2025, 4, 7), "The signed acceptance is dated the 7th.");

    public void Validate(ValidationErrors errors)
    {
        errors.Required(Accepted, "accepted");
        errors.Required(DecidedOn, "decidedOn");
        errors.Required(Reason, "reason");
    }
}

public static class CorrectOutplacementDecisionEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// Corrects the outplacement decision (step 9): accepted or declined, and its date. The trajectory recorded since must
    /// still hold: a declined offer has no intake, sessions, extensions or jobs; an accepted one precedes them. Not dated
    /// after today, nor before an offer recorded.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/outplacement-decision/correction"), Authorize(Policy = Policies.WriteCases),
     Tags("Corrections")]
    public static Events Post(CorrectOutplacementDecisionRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant,
        TimeProvider clock) =>
        [ParticipantDecider.Decide(current, participant, new CorrectOutplacementDecision(body.Accepted!.Value, body.DecidedOn!.Value, body.Reason!.Trim()),
            BusinessDate.Today(clock))];
}
