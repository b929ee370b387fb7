namespace CollectiveDismissal.Api.Participants.Corrections;

public static class VoidAftercareClosureEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, Guid jobId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipantWithEntry(session, caseId, participantId, jobId, p => p.JobList().Any(j => j.Id == jobId), "job", ct);

    /// <summary>
    /// Voids the aftercare closure of a job: its aftercare is open again. Not while a later job follows it
    /// (<c>job.already-employed</c>): void that job first.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/jobs/{jobId}/aftercare-closure/void"), Authorize(Policy = Policies.WriteCases),
     Tags("Corrections")]
    public static Events Post(ReasonRequest body, Guid jobId, [WriteCase] DismissalCase current, [NotBody] Participant participant) =>
        [ParticipantDecider.Decide(current, participant, new VoidAftercareClosure(jobId, body.Reason!.Trim()))];
}
