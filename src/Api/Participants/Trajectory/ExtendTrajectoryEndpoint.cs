namespace CollectiveDismissal.Api.Participants.Trajectory;

public sealed record ExtendTrajectoryRequest([property: Required] DateOnly? DecidedOn, [property: Required] DateOnly? EndsOn,
    [property: Required, MaxLength(2000)] string? Reason) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required(DecidedOn, "decidedOn");
        errors.Required(EndsOn, "endsOn");
        errors.Required(Reason, "reason");
    }
}

public static class ExtendTrajectoryEndpoint
{
    /// <summary>Extends the trajectory to a later end, within 12 months of enrolment (step 12).</summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/trajectory-extensions"), Authorize(Policy = Policies.WriteCases), Tags("Participants"), JsonBody<ExtendTrajectoryRequest>]
    public static Task<IResult> Post(Guid caseId, Guid participantId, IDocumentSession session, HttpContext http) =>
        CaseCommands.RunOnParticipant<ExtendTrajectoryRequest>(http, session, caseId, participantId, (current, p, b) =>
            ParticipantDecider.Decide(current, p, new ExtendTrajectory(b.DecidedOn!.Value, b.EndsOn!.Value, b.Reason!.Trim())));
}
