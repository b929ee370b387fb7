namespace CollectiveDismissal.Api.Participants.Outcomes;

public sealed record RecordDepartureRequest([property: Required] DateOnly? LeftOn, [property: Required] DepartureReason? Reason)
    : IValidatedRequest, IOpenApiExample<RecordDepartureRequest>
{
    public static RecordDepartureRequest Example => new(new DateOnly(2025, 5, 15), DepartureReason.MovedAbroad);

    public void Validate(ValidationErrors errors)
    {
        errors.Required(LeftOn, "leftOn");
        errors.Required(Reason, "reason");
    }
}

public static class RecordDepartureEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// The participant leaves the employment cell (step 15). Retired, LongTermSick and Deceased are not available for work.
    /// Answers the departure's id.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/departure"), Authorize(Policy = Policies.WriteCases), Tags("Participants"),
     Microsoft.AspNetCore.Mvc.ProducesResponseType<CreatedResponse>(201)]
    public static (CreatedResponse, Events) Post(RecordDepartureRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant)
    {
        var left = ParticipantDecider.Decide(current, participant, new RecordDeparture(body.LeftOn!.Value, body.Reason!.Value, Guid.CreateVersion7()));
        return (new CreatedResponse(left.DepartureId), [left]);
    }
}
