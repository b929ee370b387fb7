namespace CollectiveDismissal.Api.Participants.Trajectory;

/// <summary>A guidance session: <c>services</c> names the services of CAO 82bis it gave, at least one (<c>Other</c> for anything else).</summary>
public sealed record LogGuidanceSessionRequest([property: Required] DateOnly? HeldOn, [property: Required] decimal? Hours,
    [property: Required] GuidanceKind? Kind, [property: MaxLength(500)] string? Topic,
    [property: Required, MinLength(1), MaxLength(7)] IReadOnlyList<GuidanceService>? Services)
    : IValidatedRequest, IOpenApiExample<LogGuidanceSessionRequest>
{
    public static LogGuidanceSessionRequest Example => new(new DateOnly(2025, 4, 12), 3.5m, GuidanceKind.Individual, "Interview training",
        [GuidanceService.JobSearchCampaign, GuidanceService.PsychologicalSupport]);

    public void Validate(ValidationErrors errors)
    {
        errors.Required(HeldOn, "heldOn");
        if (errors.Required(Hours, "hours") && Hours is <= 0 or > TrajectoryRules.MaximumSessionHours)
            errors.Add("hours", "More than 0 and at most 8 hours.");
        else if (Hours is { } h && decimal.Round(h, 2) != h) errors.Add("hours", "At most two decimals.");
        errors.Required(Kind, "kind");
        if (Services is null or { Count: 0 }) errors.Add("services", $"At least one. {EnumNames.OneOf<GuidanceService>()}");
        else if (Services.Distinct().Count() != Services.Count) errors.Add("services", "Each service once.");
    }
}

public static class LogGuidanceSessionEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// Logs a guidance session inside the trajectory (step 11), with the services of CAO 82bis it gave. Front-loading
    /// (20 h in the first 2 months) is computed, not refused. Answers the session's id, by which it can be voided.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/guidance-sessions"), Authorize(Policy = Policies.WriteCases), Tags("Participants"),
     Microsoft.AspNetCore.Mvc.ProducesResponseType<CreatedResponse>(201)]
    public static (CreatedResponse, Events) Post(LogGuidanceSessionRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant,
        TimeProvider clock)
    {
        var logged = ParticipantDecider.Decide(current, participant,
            new LogGuidanceSession(body.HeldOn!.Value, body.Hours!.Value, body.Kind!.Value, body.Topic?.Trim(), Guid.CreateVersion7(), body.Services),
            BusinessDate.Today(clock));
        return (new CreatedResponse(logged.SessionId), [logged]);
    }
}
