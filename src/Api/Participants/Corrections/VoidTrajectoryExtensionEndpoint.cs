namespace CollectiveDismissal.Api.Participants.Corrections;

public static class VoidTrajectoryExtensionEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, Guid extensionId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipantWithEntry(session, caseId, participantId, extensionId,
            p => p.ExtensionList().Any(e => e.Id == extensionId), "extension", ct);

    /// <summary>
    /// Voids an extension recorded by mistake: the trajectory ends as the extensions left say. Not while a session falls
    /// after that end (<c>guidance.outside-trajectory</c>). Once.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/trajectory-extensions/{extensionId}/void"),
     Authorize(Policy = Policies.WriteCases), Tags("Corrections")]
    public static Events Post(ReasonRequest body, Guid extensionId, [WriteCase] DismissalCase current, [NotBody] Participant participant) =>
        [ParticipantDecider.Decide(current, participant, new VoidTrajectoryExtension(extensionId, body.Reason!.Trim()))];
}
