using CollectiveDismissal.Projections.Cases;

namespace CollectiveDismissal.Api.Participants.Reads;

/// <summary>
/// One entry a correction can name, read by the id its recording command answered (the <c>Location</c> of its <c>201</c>).
/// A voided entry is gone from the participant: <c>404</c>, and the history keeps it.
/// </summary>
public static class EntryReads
{
    public static async Task<IResult> Read<T>(Guid caseId, Guid participantId, Guid entryId, string what, IQuerySession session, HttpContext http,
        Func<Participant, T?> find, CancellationToken ct) where T : class
    {
        var details = await session.LoadAsync<CaseDetails>(caseId, ct);
        if (details is null) return Problems.NotFound($"No case {caseId}.");
        if (!ParticipantAccess.MayRead(http, details.CompetentService)) return TypedResults.Forbid();
        var participant = await session.LoadAsync<Participant>(participantId, ct);
        if (participant is null || participant.CaseId != caseId) return Problems.NotFound($"No participant {participantId} in case {caseId}.");
        if (find(participant) is not { } entry)
            return Problems.NotFound(participant.WasVoided(entryId)
                ? $"The {what} {entryId} was voided; the case's history keeps it."
                : $"No {what} {entryId} for participant {participantId}.");
        http.Response.Headers.ETag = $"\"{details.Version}\"";
        return TypedResults.Json(entry, Json.Options);
    }
}
