using Microsoft.AspNetCore.Mvc;
using CollectiveDismissal.Projections.Cases;

namespace CollectiveDismissal.Api.Participants.Reads;

public static class GetParticipantEndpoint
{
    /// <summary>
    /// One participant as of a date (default today): status, age band, trajectory end, required and delivered hours,
    /// front-loading, extensions, current job and aftercare, departure, job-seeker registrations; <c>person</c> only for
    /// project managers and the data protection officer (<c>null</c> once erased). The ETag is the case's version.
    /// </summary>
    [WolverineGet("/api/cases/{caseId}/participants/{participantId}"), Authorize(Policy = Policies.ReadParticipants), Tags("Participants"), ProducesResponseType<ParticipantView>(200)]
    public static async Task<IResult> Get(Guid caseId, Guid participantId, IQuerySession session, HttpContext http, TimeProvider clock,
        CancellationToken ct, DateOnly? asOf = null)
    {
        if (asOf is { } day && !BusinessDates.IsPlausible(day)) return Problems.Validation("asOf", BusinessDates.Message);
        var details = await session.LoadAsync<CaseDetails>(caseId, ct);
        if (details is null) return Problems.NotFound($"No case {caseId}.");
        if (!ParticipantAccess.MayRead(http, details.CompetentService)) return TypedResults.Forbid();
        var participant = await session.LoadAsync<Participant>(participantId, ct);
        if (participant is null || participant.CaseId != caseId) return Problems.NotFound($"No participant {participantId} in case {caseId}.");

        var withPerson = ParticipantAccess.MaySeePersonalData(http);
        var record = withPerson ? await session.LoadAsync<PersonalRecord>(participantId, ct) : null;
        http.Response.Headers.ETag = $"\"{details.Version}\"";
        return TypedResults.Json(ParticipantView.Of(participant, asOf ?? BusinessDate.Today(clock)).ToJson(withPerson, record, ParticipantAccess.MaySeeDepartureReason(http)), Json.Options);
    }
}
