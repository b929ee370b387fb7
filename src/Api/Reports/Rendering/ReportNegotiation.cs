using System.Text;
using CollectiveDismissal.Domain.Reports;
using Microsoft.Net.Http.Headers;

namespace CollectiveDismissal.Api.Reports.Rendering;

/// <summary>
/// How a report is answered, for every endpoint that serves one: the format by <c>Accept</c> (JSON, CSV or the printable
/// page) and the labels' language by <c>Accept-Language</c>, or the case's region (<see cref="ReportLanguages"/>).
/// </summary>
public static class ReportNegotiation
{
    /// <summary>The first acceptable of JSON (also for no Accept, <c>*/*</c> and <c>application/*</c>), CSV and HTML by quality; null when none is.</summary>
    public static ReportFormat? Format(HttpRequest request)
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

    public static IResult NotAcceptable() => Problems.NotAcceptable("The report is served as application/json, text/csv or text/html.");

    /// <summary>
    /// The report in <paramref name="format"/>, labelled in the language asked for; caches keep one answer per Accept and
    /// Accept-Language. <paramref name="twcMeeting"/>: the TWC meeting a progress report was frozen at, which its page names.
    /// </summary>
    public static IResult Answer(HttpContext http, ReportWithRows report, Employer employer, ReportFormat format, int? twcMeeting = null)
    {
        var language = ReportLanguages.Resolve(http.Request, employer.Region);
        http.Response.Headers.Vary = "Accept, Accept-Language";
        http.Response.Headers.ContentLanguage = language.Code();
        http.Response.Headers.ETag = $"\"{report.Report.Version}\"";
        return format switch
        {
            ReportFormat.Csv => Results.Text(ReportCsv.Write(report.Rows, language), "text/csv; charset=utf-8", Encoding.UTF8),
            ReportFormat.Html => Page(http, ReportPage.Render(report, employer, language, twcMeeting)),
            _ => TypedResults.Json(report.Report, Json.Options)
        };
    }

    private static IResult Page(HttpContext http, string html)
    {
        http.Response.Headers.ContentSecurityPolicy = ReportPage.ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(html, "text/html; charset=utf-8", Encoding.UTF8);
    }
}
