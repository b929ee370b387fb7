namespace CollectiveDismissal.Api.Participants.Corrections;

public static class VoidDepartureEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// Voids the participant's departure, recorded by mistake (on the wrong person): the participant is back in the
    /// figures and on the board, and commands after the departure's date are accepted again.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/departure/void"), Authorize(Policy = Policies.WriteCases), Tags("Corrections")]
    public static Events Post(ReasonRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant) =>
        [ParticipantDecider.Decide(current, participant, new VoidDeparture(body.Reason!.Trim()))];
}
