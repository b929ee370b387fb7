using CollectiveDismissal.Api.Reports.Rendering;
using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;
using Microsoft.AspNetCore.Mvc;

namespace CollectiveDismissal.Api.Reports;

public static class GetReportEndpoint
{
    /// <summary>
    /// The employment results report (eindverslag) as of a date: default today, or the closing date once the case is
    /// closed, when the report frozen at closure is returned (<c>final: true</c>). <c>Accept: text/csv</c> gives one row per
    /// participant with every value the figures are computed from (project managers and auditors; for project managers
    /// with the personnel reference), <c>layout=excel-be</c> for Belgian Excel;
    /// <c>Accept: text/html</c> a printable page with charts. Labels follow the case's region unless
    /// <c>Accept-Language</c> names nl, fr, de or en.
    /// </summary>
    [WolverineGet("/api/cases/{caseId}/report"), Authorize(Policy = Policies.ReadReports), Tags("Reports"),
     CsvAnswer("One row per participant counted with every value a figure is computed from; for project managers the " +
               "personnel reference follows the id."),
     ProducesResponseType<EmploymentReport>(200)]
    public static async Task<IResult> Get(Guid caseId, IQuerySession session, HttpContext http, TimeProvider clock, ReportCache cache, CancellationToken ct,
        DateOnly? asOf = null, string? layout = null)
    {
        if (asOf is { } day && !BusinessDates.IsPlausible(day)) return Problems.Validation("asOf", BusinessDates.Message);
        if (!ReportNegotiation.TryLayout(layout, out var csvLayout, out var badLayout)) return badLayout!;
        if (ReportNegotiation.Format(http.Request) is not { } format) return ReportNegotiation.NotAcceptable();
        var details = await session.LoadAsync<CaseDetails>(caseId, ct);
        if (details is null) return Problems.NotFound($"No case {caseId}.");
        if (!ParticipantAccess.MayRead(http, details.CompetentService)) return TypedResults.Forbid();
        if (format == ReportFormat.Csv && !ParticipantAccess.MayReadReportRows(http)) return TypedResults.Forbid();

        var report = await ReportSource.Load(session, details, asOf, clock, cache, ct);
        var csv = format == ReportFormat.Csv
            ? new CsvExport(csvLayout, ReportNegotiation.FileName("report", details.Employer, report.Report.AsOf),
                await ReportNegotiation.PersonnelReferences(http, session, caseId, ct))
            : null;
        return ReportNegotiation.Answer(http, report, details, format, csv);
    }
}
