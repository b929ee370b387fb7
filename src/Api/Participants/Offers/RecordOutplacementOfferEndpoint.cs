namespace CollectiveDismissal.Api.Participants.Offers;

public sealed record RecordOutplacementOfferRequest([property: Required] DateOnly? OfferedOn, [property: Required] OfferChannel? SentBy,
    OutplacementRegime? Regime) : IValidatedRequest, IOpenApiExample<RecordOutplacementOfferRequest>
{
    public static RecordOutplacementOfferRequest Example => new(new DateOnly(2025, 4, 12), OfferChannel.RegisteredLetter, OutplacementRegime.General);

    public void Validate(ValidationErrors errors)
    {
        errors.Required(OfferedOn, "offeredOn");
        errors.Required(SentBy, "sentBy");
    }
}

public static class RecordOutplacementOfferEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// The employer's outplacement offer (R31, R32, R34): the day it was sent, how, and under which regime (default: the
    /// participant's). Once, before the decision, not before the dismissal, not after today. It starts the worker's
    /// decision window (4 weeks in the general regime, 1 month in the 45+ regime).
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/outplacement-offer"), Authorize(Policy = Policies.WriteCases), Tags("Participants")]
    public static Events Post(RecordOutplacementOfferRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant, TimeProvider clock) =>
        [ParticipantDecider.Decide(current, participant, new RecordOutplacementOffer(body.OfferedOn!.Value, body.SentBy!.Value, body.Regime),
            BusinessDate.Today(clock))];
}
