namespace CollectiveDismissal.Api.Participants.Offers;

public sealed record ChooseOutplacementRegimeRequest([property: Required] OutplacementRegime? Regime)
    : IValidatedRequest, IOpenApiExample<ChooseOutplacementRegimeRequest>
{
    public static ChooseOutplacementRegimeRequest Example => new(OutplacementRegime.General);

    public void Validate(ValidationErrors errors) => errors.Required(Regime, "regime");
}

public static class ChooseOutplacementRegimeEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// The regime of the participant's outplacement (R29): <c>Restructuring</c> (the default, R23), <c>General</c> or
    /// <c>Special45Plus</c>. It sets which offer deadlines the reads and the board compute (R31, R32, R34); fixed once an
    /// offer, a formal notice or a decision is recorded.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/outplacement-regime"), Authorize(Policy = Policies.WriteCases), Tags("Participants")]
    public static Events Post(ChooseOutplacementRegimeRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant) =>
        [ParticipantDecider.Decide(current, participant, new ChooseOutplacementRegime(body.Regime!.Value))];
}
