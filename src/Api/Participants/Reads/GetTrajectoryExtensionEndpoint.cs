using Microsoft.AspNetCore.Mvc;

namespace CollectiveDismissal.Api.Participants.Reads;

public static class GetTrajectoryExtensionEndpoint
{
    /// <summary>One extension by its id: when it was decided and the end it gave.</summary>
    [WolverineGet("/api/cases/{caseId}/participants/{participantId}/trajectory-extensions/{extensionId}"), Authorize(Policy = Policies.ReadParticipants),
     Tags("Participants"), ProducesResponseType<Extension>(200)]
    public static Task<IResult> Get(Guid caseId, Guid participantId, Guid extensionId, IQuerySession session, HttpContext http, CancellationToken ct) =>
        EntryReads.Read(caseId, participantId, extensionId, "extension", session, http,
            p => p.ExtensionList().SingleOrDefault(e => e.Id == extensionId), ct);
}
