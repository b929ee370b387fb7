using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CollectiveDismissal.Api.Reports;

public enum ReportFormat { Json, Csv, Html }

public static class GetReportEndpoint
{
    /// <summary>
    /// The employment results report (eindverslag) as of a date: default today, or the closing date once the case is
    /// closed, when the report frozen at closure is returned (<c>final: true</c>). <c>Accept: text/csv</c> gives one row per
    /// participant with every value the figures are computed from (project managers and auditors);
    /// <c>Accept: text/html</c> a printable page with charts. Labels follow the case's region unless
    /// <c>Accept-Language</c> names nl, fr, de or en.
    /// </summary>
    [WolverineGet("/api/cases/{caseId}/report"), Authorize(Policy = Policies.ReadReports), Tags("Reports"), ProducesResponseType<EmploymentReport>(200)]
    public static async Task<IResult> Get(Guid caseId, IQuerySession session, HttpContext http, TimeProvider clock, ReportCache cache, CancellationToken ct,
        DateOnly? asOf = null)
    {
        if (asOf is { } day && !BusinessDates.IsPlausible(day)) return Problems.Validation("asOf", BusinessDates.Message);
        if (Negotiate(http.Request) is not { } format)
            return Problems.NotAcceptable("The report is served as application/json, text/csv or text/html.");
        var details = await session.LoadAsync<CaseDetails>(caseId, ct);
        if (details is null) return Problems.NotFound($"No case {caseId}.");
        if (!ParticipantAccess.MayRead(http, details.CompetentService)) return TypedResults.Forbid();
        if (format == ReportFormat.Csv && !MayReadRows(http)) return TypedResults.Forbid();

        var report = await ReportSource.Load(session, details, asOf, clock, cache, ct);
        var language = ReportLanguages.Resolve(http.Request, details.Employer.Region);
        http.Response.Headers.Vary = "Accept, Accept-Language";
        http.Response.Headers.ContentLanguage = language.Code();
        http.Response.Headers.ETag = $"\"{report.Report.Version}\"";
        return format switch
        {
            ReportFormat.Csv => Results.Text(ReportCsv.Write(report.Rows, language), "text/csv; charset=utf-8", System.Text.Encoding.UTF8),
            ReportFormat.Html => Page(http, ReportPage.Render(report, details.Employer, language)),
            _ => TypedResults.Json(report.Report, Json.Options)
        };
    }

    private static IResult Page(HttpContext http, string html)
    {
        http.Response.Headers.ContentSecurityPolicy = ReportPage.ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8);
    }

    public static bool MayReadRows(HttpContext http) => http.User.IsInRole(Roles.ProjectManager) || http.User.IsInRole(Roles.Auditor);

    /// <summary>The first acceptable of JSON (also for no Accept, <c>*/*</c> and <c>application/*</c>), CSV and HTML by quality; null when none is.</summary>
    public static ReportFormat? Negotiate(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept.OfType<string>().ToList(), out var accepted) || accepted.Count == 0)
            return ReportFormat.Json;
        foreach (var media in accepted.Where(m => (m.Quality ?? 1) > 0).OrderByDescending(m => m.Quality ?? 1))
        {
            switch (media.MediaType.Value?.ToLowerInvariant())
            {
                case "application/json" or "application/*" or "*/*": return ReportFormat.Json;
                case "text/csv": return ReportFormat.Csv;
                case "text/html": return ReportFormat.Html;
            }
        }
        return null;
    }
}
