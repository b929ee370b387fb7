namespace CollectiveDismissal.Api.Participants.Outcomes;

public sealed record RecordDepartureRequest([property: Required] DateOnly? LeftOn, [property: Required] DepartureReason? Reason) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required(LeftOn, "leftOn");
        errors.Required(Reason, "reason");
    }
}

public static class RecordDepartureEndpoint
{
    /// <summary>The participant leaves the employment cell (step 15). Retired, LongTermSick and Deceased are not available for work.</summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/departure"), Authorize(Policy = Policies.WriteCases), Tags("Participants"), JsonBody<RecordDepartureRequest>]
    public static Task<IResult> Post(Guid caseId, Guid participantId, IDocumentSession session, HttpContext http) =>
        CaseCommands.RunOnParticipant<RecordDepartureRequest>(http, session, caseId, participantId, (current, p, b) =>
            ParticipantDecider.Decide(current, p, new RecordDeparture(b.LeftOn!.Value, b.Reason!.Value)));
}
