using Microsoft.AspNetCore.Mvc;

namespace CollectiveDismissal.Api.Participants.Reads;

public static class GetDepartureEndpoint
{
    /// <summary>The participant's departure by its id; the reason only for the roles that see it (not integrations).</summary>
    [WolverineGet("/api/cases/{caseId}/participants/{participantId}/departure/{departureId}"), Authorize(Policy = Policies.ReadParticipants),
     Tags("Participants"), ProducesResponseType<DepartureView>(200)]
    public static Task<IResult> Get(Guid caseId, Guid participantId, Guid departureId, IQuerySession session, HttpContext http, CancellationToken ct) =>
        EntryReads.Read(caseId, participantId, departureId, "departure", session, http,
            p => p.Departure is { } d && d.Id == departureId
                ? new DepartureView(d.Id, d.LeftOn, ParticipantAccess.MaySeeDepartureReason(http) ? d.Reason : null)
                : null, ct);
}

/// <summary>A departure as read by its id; <c>reason</c> is null for integrations (it can be about health).</summary>
public sealed record DepartureView(Guid Id, DateOnly LeftOn, DepartureReason? Reason);
