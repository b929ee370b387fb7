using CollectiveDismissal.Projections.Cases;
using Microsoft.AspNetCore.Mvc;

namespace CollectiveDismissal.Api.Integrations.Outbound;

public static class GetDeliveriesEndpoint
{
    /// <summary>
    /// Every report sent, or being sent, to the case's competent service, oldest first: pending (not tried yet),
    /// failing (with the last error and when the next attempt is due) or delivered (when). For project managers,
    /// auditors and the integration of the case's service: the roles that read the report itself.
    /// </summary>
    [WolverineGet("/api/cases/{caseId}/deliveries"), Authorize(Policy = Policies.ReadReports), Tags("Integrations"),
     ProducesResponseType<IReadOnlyList<Delivery>>(200)]
    public static async Task<IResult> Get(Guid caseId, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        var details = await session.LoadAsync<CaseDetails>(caseId, ct);
        if (details is null) return Problems.NotFound($"No case {caseId}.");
        if (!ParticipantAccess.MayRead(http, details.CompetentService)) return TypedResults.Forbid();

        var deliveries = await session.Query<Delivery>().Where(d => d.CaseId == caseId)
            .OrderBy(d => d.RecordedAt).ThenBy(d => d.MessageId).ToListAsync(ct);
        return TypedResults.Json(deliveries, Json.Options);
    }
}
