using Microsoft.AspNetCore.Mvc;

namespace CollectiveDismissal.Api.Participants.Reads;

public static class GetJobEndpoint
{
    /// <summary>One job by its id, with its aftercare closure.</summary>
    [WolverineGet("/api/cases/{caseId}/participants/{participantId}/jobs/{jobId}"), Authorize(Policy = Policies.ReadParticipants),
     Tags("Participants"), ProducesResponseType<JobView>(200)]
    public static Task<IResult> Get(Guid caseId, Guid participantId, Guid jobId, IQuerySession session, HttpContext http, CancellationToken ct) =>
        EntryReads.Read(caseId, participantId, jobId, "job", session, http,
            p => p.JobList().SingleOrDefault(j => j.Id == jobId) is { } j
                ? new JobView(j.Id, j.StartsOn, j.EmployerName, j.ContractType, j.ContractMonths, j.WorkTimeFraction, j.IsDurable(),
                    j.AftercareClosedOn, j.StillEmployed)
                : null, ct);
}
