namespace CollectiveDismissal.Api.Participants.Trajectory;

public sealed record LogGuidanceSessionRequest([property: Required] DateOnly? HeldOn, [property: Required] decimal? Hours,
    [property: Required] GuidanceKind? Kind, [property: MaxLength(500)] string? Topic) : IValidatedRequest, IOpenApiExample<LogGuidanceSessionRequest>
{
    public static LogGuidanceSessionRequest Example => new(new DateOnly(2027, 4, 12), 3.5m, GuidanceKind.Individual, "Interview training");

    public void Validate(ValidationErrors errors)
    {
        errors.Required(HeldOn, "heldOn");
        if (errors.Required(Hours, "hours") && Hours is <= 0 or > TrajectoryRules.MaximumSessionHours)
            errors.Add("hours", "More than 0 and at most 8 hours.");
        else if (Hours is { } h && decimal.Round(h, 2) != h) errors.Add("hours", "At most two decimals.");
        errors.Required(Kind, "kind");
    }
}

public static class LogGuidanceSessionEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// Logs a guidance session inside the trajectory (step 11). Front-loading (20 h in the first 2 months) is computed, not
    /// refused. Answers the session's id, by which it can be voided.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/guidance-sessions"), Authorize(Policy = Policies.WriteCases), Tags("Participants"),
     Microsoft.AspNetCore.Mvc.ProducesResponseType<CreatedResponse>(201)]
    public static (CreatedResponse, Events) Post(LogGuidanceSessionRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant)
    {
        var logged = ParticipantDecider.Decide(current, participant,
            new LogGuidanceSession(body.HeldOn!.Value, body.Hours!.Value, body.Kind!.Value, body.Topic?.Trim(), Guid.CreateVersion7()));
        return (new CreatedResponse(logged.SessionId), [logged]);
    }
}
