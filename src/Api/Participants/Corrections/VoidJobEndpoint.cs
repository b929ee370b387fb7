namespace CollectiveDismissal.Api.Participants.Corrections;

public static class VoidJobEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, Guid jobId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipantWithEntry(session, caseId, participantId, jobId, p => p.JobList().Any(j => j.Id == jobId), "job", ct);

    /// <summary>Voids a job recorded by mistake, with its aftercare closure; the participant's status follows the jobs left. Once.</summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/jobs/{jobId}/void"), Authorize(Policy = Policies.WriteCases), Tags("Corrections")]
    public static Events Post(ReasonRequest body, Guid jobId, [WriteCase] DismissalCase current, [NotBody] Participant participant) =>
        [ParticipantDecider.Decide(current, participant, new VoidJob(jobId, body.Reason!.Trim()))];
}
