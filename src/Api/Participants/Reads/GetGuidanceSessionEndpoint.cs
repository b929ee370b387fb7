using Microsoft.AspNetCore.Mvc;

namespace CollectiveDismissal.Api.Participants.Reads;

public static class GetGuidanceSessionEndpoint
{
    /// <summary>One guidance session by its id: date, hours, kind.</summary>
    [WolverineGet("/api/cases/{caseId}/participants/{participantId}/guidance-sessions/{sessionId}"), Authorize(Policy = Policies.ReadParticipants),
     Tags("Participants"), ProducesResponseType<GuidanceSession>(200)]
    public static Task<IResult> Get(Guid caseId, Guid participantId, Guid sessionId, IQuerySession session, HttpContext http, CancellationToken ct) =>
        EntryReads.Read(caseId, participantId, sessionId, "guidance session", session, http,
            p => p.GuidanceSessionList().SingleOrDefault(s => s.Id == sessionId), ct);
}
