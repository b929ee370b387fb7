namespace CollectiveDismissal.Api.Participants.Offers;

public sealed record RecordFormalNoticeRequest([property: Required] DateOnly? GivenOn, OutplacementRegime? Regime)
    : IValidatedRequest, IOpenApiExample<RecordFormalNoticeRequest>
{
    public static RecordFormalNoticeRequest Example => new(new DateOnly(2025, 5, 3), OutplacementRegime.General);

    public void Validate(ValidationErrors errors) => errors.Required(GivenOn, "givenOn");
}

public static class RecordFormalNoticeEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// The worker's formal notice (ingebrekestelling) to an employer who made no offer in time (R31, R32, R34): after the
    /// offer's deadline and within the worker's window, in the general or 45+ regime, before any offer or decision; once.
    /// It starts the employer's new deadline (4 weeks with an indemnity, 1 month in the 45+ regime).
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/formal-notice"), Authorize(Policy = Policies.WriteCases), Tags("Participants")]
    public static Events Post(RecordFormalNoticeRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant, TimeProvider clock) =>
        [ParticipantDecider.Decide(current, participant, new RecordFormalNotice(body.GivenOn!.Value, body.Regime), BusinessDate.Today(clock))];
}
