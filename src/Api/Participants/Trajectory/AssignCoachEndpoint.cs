namespace CollectiveDismissal.Api.Participants.Trajectory;

public sealed record AssignCoachRequest([property: Required, MaxLength(200)] string? Coach, [property: Required] DateOnly? From)
    : IValidatedRequest, IOpenApiExample<AssignCoachRequest>
{
    public static AssignCoachRequest Example => new("coach.wouters", new DateOnly(2025, 5, 3));

    public void Validate(ValidationErrors errors)
    {
        errors.Required(Coach, "coach");
        errors.Required(From, "from");
    }
}

public static class AssignCoachEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// Assigns the participant's coach from a date on, or changes it: a member of the provider's staff, as the provider
    /// names them. The intake's coach is the first. Changes follow each other in date order; one on the day of the last
    /// corrects it.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/coach"), Authorize(Policy = Policies.WriteCases), Tags("Participants")]
    public static Events Post(AssignCoachRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant) =>
        [ParticipantDecider.Decide(current, participant, new AssignCoach(body.Coach!.Trim(), body.From!.Value))];
}
