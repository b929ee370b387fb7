namespace CollectiveDismissal.Api.Participants.Trajectory;

public sealed record ExtendTrajectoryRequest([property: Required] DateOnly? DecidedOn, [property: Required] DateOnly? EndsOn,
    [property: Required, MaxLength(2000)] string? Reason) : IValidatedRequest, IOpenApiExample<ExtendTrajectoryRequest>
{
    public static ExtendTrajectoryRequest Example => new(new DateOnly(2025, 6, 20), new DateOnly(2025, 9, 30), "Vocational training in progress");

    public void Validate(ValidationErrors errors)
    {
        errors.Required(DecidedOn, "decidedOn");
        errors.Required(EndsOn, "endsOn");
        errors.Required(Reason, "reason");
    }
}

public static class ExtendTrajectoryEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>Extends the trajectory to a later end, within 12 months of enrolment (step 12). Answers the extension's id.</summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/trajectory-extensions"), Authorize(Policy = Policies.WriteCases), Tags("Participants"),
     Microsoft.AspNetCore.Mvc.ProducesResponseType<CreatedResponse>(201)]
    public static (CreatedResponse, Events) Post(ExtendTrajectoryRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant)
    {
        var extended = ParticipantDecider.Decide(current, participant,
            new ExtendTrajectory(body.DecidedOn!.Value, body.EndsOn!.Value, body.Reason!.Trim(), Guid.CreateVersion7()));
        return (new CreatedResponse(extended.ExtensionId), [extended]);
    }
}
