using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;
using Microsoft.AspNetCore.Mvc;

namespace CollectiveDismissal.Api.Reports;

/// <summary>
/// The evidence behind a report: each participant's status at the date with the sequence numbers of the events that
/// decided it, and for each figure the participants it counts; with the figures themselves, recomputed from the same
/// events. No personal data.
/// </summary>
public sealed record ReportEvidence(Guid CaseId, DateOnly AsOf, long Version, EmploymentReport Report,
    IReadOnlyList<StatusEvidenceItem> Participants, IReadOnlyList<FigureMembers> Figures);

public static class GetReportEvidenceEndpoint
{
    /// <summary>
    /// For auditors: the report as of a date (default today, or the closing date of a closed case) derived from the
    /// case's events themselves, not from the read models, with the events behind each status and the participants behind
    /// each figure. It reads the whole stream, so it is slower than the report on a large case.
    /// </summary>
    [WolverineGet("/api/cases/{caseId}/report/evidence"), Authorize(Policy = Policies.ReadReportRows), Tags("Reports"), ProducesResponseType<ReportEvidence>(200)]
    public static async Task<IResult> Get(Guid caseId, IQuerySession session, TimeProvider clock, CancellationToken ct, DateOnly? asOf = null)
    {
        if (asOf is { } day && !BusinessDates.IsPlausible(day)) return Problems.Validation("asOf", BusinessDates.Message);
        var details = await session.LoadAsync<CaseDetails>(caseId, ct);
        if (details is null) return Problems.NotFound($"No case {caseId}.");

        var events = await session.Events.FetchStreamAsync(caseId, token: ct);
        var date = asOf ?? details.ClosedOn ?? BusinessDate.Today(clock);
        var version = events.Count == 0 ? 0 : events[^1].Version;
        var evidence = StatusEvidence.Fold(events.Select(e => (e.Sequence, e.Data)));
        var rows = EmploymentReports.Rows(evidence.Participants, date);
        var process = events.Aggregate(CaseProcess.None, (folded, e) => CaseProcess.Evolve(folded, e.Data));
        return TypedResults.Json(new ReportEvidence(caseId, date, version,
            EmploymentReports.Summarize(caseId, date, version, rows, process) with { Final = details.ClosedOn == date, IssuedOn = BusinessDate.Today(clock) },
            rows.Select(r => evidence.At(r.ParticipantId, date)).ToList(),
            EmploymentReports.Members(rows)), Json.Options);
    }
}
