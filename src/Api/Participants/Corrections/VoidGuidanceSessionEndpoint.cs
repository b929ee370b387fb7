namespace CollectiveDismissal.Api.Participants.Corrections;

public static class VoidGuidanceSessionEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, Guid sessionId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipantWithEntry(session, caseId, participantId, sessionId,
            p => p.GuidanceSessionList().Any(s => s.Id == sessionId), "guidance session", ct);

    /// <summary>
    /// Voids a guidance session logged by mistake (twice, or for the wrong participant): its hours stop counting everywhere.
    /// The session stays in the history, with this correction, who recorded it and why. Once.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/guidance-sessions/{sessionId}/void"), Authorize(Policy = Policies.WriteCases),
     Tags("Corrections")]
    public static Events Post(ReasonRequest body, Guid sessionId, [WriteCase] DismissalCase current, [NotBody] Participant participant) =>
        [ParticipantDecider.Decide(current, participant, new VoidGuidanceSession(sessionId, body.Reason!.Trim()))];
}
