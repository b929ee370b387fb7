using CollectiveDismissal.Api.Reports.Rendering;
using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;
using Microsoft.AspNetCore.Mvc;

namespace CollectiveDismissal.Api.Cases.EmploymentCells;

public static class GetTwcMeetingReportEndpoint
{
    /// <summary>
    /// The progress report frozen when the case's <c>meeting</c>-th TWC meeting (from 1, in the order recorded) was
    /// recorded, as of the meeting's date: what the competent service received. Read, never recomputed. Formats, languages
    /// and who may read it as for <c>GET /api/cases/{caseId}/report</c>.
    /// </summary>
    [WolverineGet("/api/cases/{caseId}/twc-meetings/{meeting}/report"), Authorize(Policy = Policies.ReadReports), Tags("Reports"),
     CsvAnswer("The frozen report's rows, one per participant counted; for project managers the personnel reference follows the id."),
     ProducesResponseType<EmploymentReport>(200)]
    public static async Task<IResult> Get(Guid caseId, int meeting, IQuerySession session, HttpContext http, CancellationToken ct,
        string? layout = null)
    {
        if (!ReportNegotiation.TryLayout(layout, out var csvLayout, out var badLayout)) return badLayout!;
        if (ReportNegotiation.Format(http.Request) is not { } format) return ReportNegotiation.NotAcceptable();
        var details = await session.LoadAsync<CaseDetails>(caseId, ct);
        if (details is null) return Problems.NotFound($"No case {caseId}.");
        if (!ParticipantAccess.MayRead(http, details.CompetentService)) return TypedResults.Forbid();
        if (format == ReportFormat.Csv && !ParticipantAccess.MayReadReportRows(http)) return TypedResults.Forbid();

        var frozen = meeting < 1 ? null : await session.LoadAsync<TwcMeetingReport>(TwcMeetingReport.IdOf(caseId, meeting), ct);
        if (frozen is null) return Problems.NotFound($"Case {caseId} has no TWC meeting {meeting}.");
        var csv = format == ReportFormat.Csv
            ? new CsvExport(csvLayout, ReportNegotiation.FileName($"twc-meeting-{meeting}-report", details.Employer, frozen.Report.AsOf),
                await ReportNegotiation.PersonnelReferences(http, session, caseId, ct))
            : null;
        return ReportNegotiation.Answer(http, frozen.WithRows(), details, format, csv, meeting);
    }
}
