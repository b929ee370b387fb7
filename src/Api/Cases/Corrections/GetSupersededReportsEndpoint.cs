using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;
using Microsoft.AspNetCore.Mvc;

namespace CollectiveDismissal.Api.Cases.Corrections;

/// <summary>A final report frozen at an earlier closing of a reopened case, with what superseded it; its figures only.</summary>
public sealed record SupersededReportView(int Closing, DateOnly AsOf, DateTimeOffset SupersededAt, long SupersededByVersion, string Reason,
    EmploymentReport Report);

public static class GetSupersededReportsEndpoint
{
    /// <summary>
    /// The final reports of the case's earlier closings, kept when it was reopened, oldest first; the current one is
    /// <c>GET …/report</c>. The reopening that superseded each is in the history at <c>supersededByVersion</c>.
    /// </summary>
    [WolverineGet("/api/cases/{caseId}/superseded-reports"), Authorize(Policy = Policies.ReadReports), Tags("Reports"),
     ProducesResponseType<List<SupersededReportView>>(200)]
    public static async Task<IResult> Get(Guid caseId, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        var details = await session.LoadAsync<CaseDetails>(caseId, ct);
        if (details is null) return Problems.NotFound($"No case {caseId}.");
        if (!ParticipantAccess.MayRead(http, details.CompetentService)) return TypedResults.Forbid();
        var kept = await session.Query<SupersededFinalReport>().Where(r => r.CaseId == caseId).OrderBy(r => r.Closing).ToListAsync(ct);
        return TypedResults.Ok(kept.Select(r => new SupersededReportView(r.Closing, r.Report.AsOf, r.SupersededAt, r.SupersededByVersion,
            r.Reason, r.Report)).ToList());
    }
}
