using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CollectiveDismissal.Api.Tests.Reports;

/// <summary>
/// Every figure of a report by its name on the page (<c>status.employed</c>, <c>byAgeBand[55+].reEmploymentRate</c>) with
/// its value as the JSON prints it. Shared by the page's tests here and the browser test.
/// </summary>
public static partial class ReportFigures
{
    public static Dictionary<string, string> OfJson(JsonElement report)
    {
        var figures = new Dictionary<string, string>();
        void Add(string name, JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in value.EnumerateObject()) Add($"{name}.{p.Name}", p.Value);
                    break;
                case JsonValueKind.Array:
                    foreach (var band in value.EnumerateArray())
                        foreach (var p in band.EnumerateObject().Where(p => p.Name != "band"))
                            Add($"{name}[{band.GetProperty("band").GetString()}].{p.Name}", p.Value);
                    break;
                case JsonValueKind.Number:
                    figures.Add(name, value.GetRawText());
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected figure {name}: {value}");
            }
        }
        foreach (var p in report.EnumerateObject().Where(p => p.Name is not ("caseId" or "asOf" or "final" or "version" or "issuedOn")))
            Add(p.Name, p.Value);
        return figures;
    }

    /// <summary>The page's figures: each element's <c>data-figure</c> and <c>data-value</c>; a figure shown twice throws.</summary>
    public static Dictionary<string, string> OfPage(string html) =>
        FigureAttributes().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));

    /// <summary>A value as shown (<c>33,3 %</c>, <c>33.3%</c>, <c>57,0</c>, a chart's <c>75,0 %*</c>) read back as the JSON prints it.</summary>
    public static string Invariant(string shown) =>
        shown.Replace("%", "").Replace("\u00a0", "").TrimEnd('*').Trim().Replace(',', '.');

    [GeneratedRegex("""data-figure="([^"]*)" data-value="([^"]*)"[^>]*>([^<]*)<""")]
    private static partial Regex FigureAttributes();

    /// <summary>Each figure's text as shown on the page, by figure name.</summary>
    public static Dictionary<string, string> ShownOnPage(string html) =>
        FigureAttributes().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[3].Value));
}
