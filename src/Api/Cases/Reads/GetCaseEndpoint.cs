using Microsoft.AspNetCore.Mvc;
using CollectiveDismissal.Projections.Cases;

namespace CollectiveDismissal.Api.Cases.Reads;

public static class GetCaseEndpoint
{
    /// <summary>
    /// The case now, or as the system knew it: after event <c>version</c>, or with the events recorded before
    /// <c>recordedBefore</c> (an ISO 8601 timestamp). The ETag is the case's version, for If-Match on commands
    /// and If-None-Match (304).
    /// </summary>
    [WolverineGet("/api/cases/{caseId}"), Authorize(Policy = Policies.ReadCases), Tags("Case reads"), ProducesResponseType<CaseDetails>(200)]
    public static async Task<IResult> Get(Guid caseId, IQuerySession session, HttpContext http, CancellationToken ct,
        long? version = null, DateTimeOffset? recordedBefore = null)
    {
        if (version is not null && recordedBefore is not null)
            return Problems.Validation("version", "Give either version or recordedBefore, not both.");
        if (version is < 1) return Problems.Validation("version", "From 1.");
        if (recordedBefore is { } given && !BusinessDates.IsPlausible(DateOnly.FromDateTime(given.UtcDateTime)))
            return Problems.Validation("recordedBefore", "A timestamp from 1900 to 2199, as 2025-03-01T12:00:00+01:00.");

        var current = await session.LoadAsync<CaseDetails>(caseId, ct);
        if (current is null) return Problems.NotFound($"No case {caseId}.");

        var details = current;
        if (version is { } v)
        {
            if (v > current.Version) return Problems.NotFound($"Case {caseId} is at version {current.Version}: it has no later one.");
            details = await session.Events.AggregateStreamAsync<CaseDetails>(caseId, version: v, token: ct);
        }
        else if (recordedBefore is { } before)
        {
            // PostgreSQL's timestamptz parameters are UTC: a Belgian "+01:00" is the same instant.
            details = await session.Events.AggregateStreamAsync<CaseDetails>(caseId, timestamp: before.ToUniversalTime().AddTicks(-1), token: ct);
            if (details is null) return Problems.NotFound($"Case {caseId} did not exist before {before:O}.");
        }

        // No participant's personal data here: clients may keep it and revalidate. A past version's ETag is that version's,
        // so only the current case answers 304.
        if (Caching.NotModified(http, $"\"{details!.Version}\"", Caching.Revalidate) && version is null && recordedBefore is null)
            return Caching.NotModifiedResult();
        return TypedResults.Ok(details);
    }
}
