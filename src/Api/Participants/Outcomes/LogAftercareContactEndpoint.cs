namespace CollectiveDismissal.Api.Participants.Outcomes;

public sealed record LogAftercareContactRequest([property: Required] DateOnly? HeldOn, [property: Required] decimal? Hours,
    [property: MaxLength(500)] string? Note) : IValidatedRequest, IOpenApiExample<LogAftercareContactRequest>
{
    public static LogAftercareContactRequest Example => new(new DateOnly(2025, 10, 4), 0.5m, "First month in the new job: going well");

    public void Validate(ValidationErrors errors)
    {
        errors.Required(HeldOn, "heldOn");
        if (errors.Required(Hours, "hours") && Hours is <= 0 or > TrajectoryRules.MaximumSessionHours)
            errors.Add("hours", "More than 0 and at most 8 hours.");
        else if (Hours is { } h && decimal.Round(h, 2) != h) errors.Add("hours", "At most two decimals.");
    }
}

public static class LogAftercareContactEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// A monitoring contact during a job's aftercare (R24: monitoring continues after a new job), also after the
    /// trajectory ended. Its hours are not guidance hours. Refused when no job's aftercare was open on that day.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/aftercare-contacts"), Authorize(Policy = Policies.WriteCases), Tags("Participants")]
    public static Events Post(LogAftercareContactRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant) =>
        [ParticipantDecider.Decide(current, participant, new LogAftercareContact(body.HeldOn!.Value, body.Hours!.Value, body.Note?.Trim()))];
}
