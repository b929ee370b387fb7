using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;

namespace CollectiveDismissal.Api.Cases.Corrections;

/// <summary>What reopening needs beyond the case: which closing it undoes and the final report that closing froze.</summary>
public sealed record ReopeningFacts(int Closing, FinalReport? Frozen);

public static class ReopenCaseEndpoint
{
    /// <summary>Run after the case's row is locked, so no closing or reopening slips in between.</summary>
    public static async Task<ReopeningFacts> LoadAsync(Guid caseId, IDocumentSession session, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var details = batch.Load<CaseDetails>(caseId);
        var frozen = batch.Load<FinalReport>(caseId);
        await batch.Execute(ct);
        return new ReopeningFacts(((await details)?.Counts.Reopenings ?? 0) + 1, await frozen);
    }

    /// <summary>
    /// Reopens a closed case so it can be corrected, with a reason. The final report frozen at the closing is kept as
    /// superseded (<c>GET …/superseded-reports</c>), the report shows live figures again, and the next closing freezes
    /// and delivers a new final report.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/reopening"), Authorize(Policy = Policies.WriteCases), Tags("Corrections")]
    public static (Events, IMartenOp, IMartenOp) Post(ReasonRequest body, [WriteCase] DismissalCase current, IEventStream<DismissalCase> stream,
        [NotBody] ReopeningFacts facts, TimeProvider clock)
    {
        var reopened = CaseDecider.Decide(current, new ReopenCase(body.Reason!.Trim()));
        IMartenOp kept = facts.Frozen is { } frozen
            ? MartenOps.Insert(SupersededFinalReport.Of(frozen, facts.Closing, clock.GetUtcNow(), (stream.CurrentVersion ?? 0) + 1, reopened.Reason))
            : MartenOps.Nothing();
        return ([reopened], kept, MartenOps.Delete<FinalReport>(current.Id));
    }
}
