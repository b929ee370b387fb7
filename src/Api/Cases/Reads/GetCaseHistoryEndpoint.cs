using Microsoft.AspNetCore.Mvc;
namespace CollectiveDismissal.Api.Cases.Reads;

public sealed record CaseHistoryEntry(long Sequence, long Version, string Type, DateTimeOffset Timestamp, object Data,
    string? RecordedBy, string? CorrelationId);

public static class GetCaseHistoryEndpoint
{
    /// <summary>Every event of the case in order: what happened, when it was recorded, by whom, in which request.</summary>
    [WolverineGet("/api/cases/{caseId}/history"), Authorize(Policy = Policies.ReadCases), Tags("Case reads"), ProducesResponseType<List<CaseHistoryEntry>>(200)]
    public static async Task<IResult> Get(Guid caseId, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(caseId, token: ct);
        if (events.Count == 0) return Problems.NotFound($"No case {caseId}.");
        return TypedResults.Ok(events.Select(e => new CaseHistoryEntry(e.Sequence, e.Version, e.EventType.Name, e.Timestamp,
            e.Data, e.UserName, e.CorrelationId)).ToList());
    }
}
