using System.Text;
using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;
using Microsoft.Net.Http.Headers;

namespace CollectiveDismissal.Api.Reports.Rendering;

/// <summary>How a report's CSV is laid out and named, and the personnel references it shows (null: none).</summary>
public sealed record CsvExport(CsvLayout Layout, string FileName, IReadOnlyDictionary<Guid, string>? PersonnelReferences = null);

/// <summary>
/// How a report is answered, for every endpoint that serves one: the format by <c>Accept</c> (JSON, CSV or the printable
/// page) and the labels' language by <c>Accept-Language</c>, or the case's region (<see cref="ReportLanguages"/>).
/// </summary>
public static class ReportNegotiation
{
    /// <summary>
    /// The query parameter <c>layout</c> read for a CSV answer (<see cref="CsvLayouts"/>), or a 400 naming it. Checked
    /// whatever the format, so a typo is never silently ignored.
    /// </summary>
    public static bool TryLayout(string? layout, out CsvLayout parsed, out IResult? problem)
    {
        problem = CsvLayouts.TryParse(layout, out parsed) ? null : Problems.Validation(CsvLayouts.Parameter, CsvLayouts.Message);
        return problem is null;
    }

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
    /// Accept-Language. A CSV is laid out and named as <paramref name="csv"/> says (plain, unnamed when absent).
    /// <paramref name="twcMeeting"/>: the TWC meeting a progress report was frozen at, which its page names.
    /// The ETag names the representation (<see cref="ETag"/>), so If-None-Match gives 304 only for the same one.
    /// </summary>
    public static IResult Answer(HttpContext http, ReportWithRows report, CaseDetails details, ReportFormat format, CsvExport? csv = null,
        int? twcMeeting = null)
    {
        var language = ReportLanguages.Resolve(http.Request, details.Employer.Region);
        csv ??= new CsvExport(CsvLayout.Plain, $"report-{report.Report.AsOf:yyyy-MM-dd}.csv");
        http.Response.Headers.Vary = "Accept, Accept-Language";
        http.Response.Headers.ContentLanguage = language.Code();
        // The CSV has one row per participant: pseudonymous or with personnel references, it is personal data, never stored.
        // JSON and the page hold figures only.
        var cacheControl = format == ReportFormat.Csv ? Caching.NoStore : Caching.Revalidate;
        if (Caching.NotModified(http, ETag(details, report.Report.AsOf, format, language, csv), cacheControl))
            return Caching.NotModifiedResult();
        return format switch
        {
            ReportFormat.Csv => Csv(http, report, language, csv),
            ReportFormat.Html => Page(http, ReportPage.Render(report, details.Employer, language, twcMeeting)),
            _ => TypedResults.Json(report.Report, Json.Options)
        };
    }

    /// <summary>
    /// A strong ETag per representation: the case's version (every event of the stream, participants' too, changes it, so
    /// a frozen report's page follows the employer's current name and a CSV its current personnel references), the
    /// report's date (today's report changes at midnight without an event), the format, the language and, for a CSV, its
    /// layout and whether it shows personnel references. Computed before the body, so a 304 renders nothing.
    /// </summary>
    public static string ETag(CaseDetails details, DateOnly asOf, ReportFormat format, ReportLanguage language, CsvExport csv)
    {
        var representation = format == ReportFormat.Csv
            ? $"csv-{CsvLayouts.Names[(int)csv.Layout]}{(csv.PersonnelReferences is null ? "" : "-references")}"
            : format.ToString().ToLowerInvariant();
        return $"\"{details.Version}-{asOf:yyyyMMdd}-{representation}-{language.Code()}\"";
    }

    private static IResult Csv(HttpContext http, ReportWithRows report, ReportLanguage language, CsvExport csv) =>
        CsvWriter.Answer(http, ReportCsv.Write(report.Rows, language, csv.Layout, csv.PersonnelReferences), csv.FileName);

    /// <summary>
    /// The personnel reference of each of the case's participants, for the report's CSV when the reader may see personal
    /// data (<see cref="ParticipantAccess.MaySeePersonalData"/>); null otherwise. Read at answer time, so the frozen
    /// final report, which holds ids only, shows the references too.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, string>?> PersonnelReferences(HttpContext http, IQuerySession session, Guid caseId,
        CancellationToken ct)
    {
        if (!ParticipantAccess.MaySeePersonalData(http)) return null;
        var references = await session.Query<Participant>().Where(p => p.CaseId == caseId)
            .Select(p => new ParticipantReference(p.Id, p.PersonnelReference)).ToListAsync(ct);
        return references.ToDictionary(r => r.Id, r => r.PersonnelReference);
    }

    private sealed record ParticipantReference(Guid Id, string PersonnelReference);

    /// <summary>A file name for a case's export: what it is, the enterprise number and the date, plain ASCII.</summary>
    public static string FileName(string what, Employer employer, DateOnly asOf) =>
        $"{what}-{employer.EnterpriseNumber}-{asOf:yyyy-MM-dd}.csv";

    private static IResult Page(HttpContext http, string html)
    {
        http.Response.Headers.ContentSecurityPolicy = ReportPage.ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(html, "text/html; charset=utf-8", Encoding.UTF8);
    }
}
