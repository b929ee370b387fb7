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
                case JsonValueKind.Array when Dates(value) is not null:
                    break;   // an activity's dates: not a figure (DatesOfJson)
                case JsonValueKind.Array:
                    // byAgeBand[<45], process.preTrajectoryActivities[Workshop]: each item named by its one text member.
                    foreach (var item in value.EnumerateArray())
                    {
                        var key = item.EnumerateObject().Single(p => p.Value.ValueKind == JsonValueKind.String);
                        foreach (var p in item.EnumerateObject().Where(p => p.Name != key.Name))
                            Add($"{name}[{key.Value.GetString()}].{p.Name}", p.Value);
                    }
                    break;
                case JsonValueKind.Number:
                    figures.Add(name, value.GetRawText());
                    break;
                case JsonValueKind.Null:
                    break;   // a figure this report does not have (hours by service before sessions name services)
                default:
                    throw new InvalidOperationException($"Unexpected figure {name}: {value}");
            }
        }
        foreach (var p in report.EnumerateObject().Where(p => p.Name is not ("caseId" or "asOf" or "final" or "version" or "issuedOn")))
            Add(p.Name, p.Value);
        return figures;
    }

    /// <summary>Every activity's dates in the JSON, by the name the page gives them (<c>process.twcMeetings</c>), space-separated.</summary>
    public static Dictionary<string, string> DatesOfJson(JsonElement report)
    {
        var found = new Dictionary<string, string>();
        void Walk(string name, JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Object)
                foreach (var p in value.EnumerateObject())
                {
                    if (p.Name == "dates") found.Add(name, Dates(p.Value)!);
                    else Walk($"{name}.{p.Name}", p.Value);
                }
            else if (value.ValueKind == JsonValueKind.Array && Dates(value) is null)
                foreach (var item in value.EnumerateArray())
                {
                    var key = item.EnumerateObject().Single(p => p.Value.ValueKind == JsonValueKind.String).Value.GetString();
                    Walk($"{name}[{key}]", item);
                }
        }
        foreach (var p in report.EnumerateObject()) Walk(p.Name, p.Value);
        return found;
    }

    /// <summary>The dates on the page: each element's <c>data-dates</c> and <c>data-value</c>.</summary>
    public static Dictionary<string, string> DatesOnPage(string html) =>
        DateAttributes().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));

    [GeneratedRegex("""data-dates="([^"]*)" data-value="([^"]*)">""")]
    private static partial Regex DateAttributes();

    /// <summary>An array of dates (an empty one too) joined by spaces; null for an array of anything else.</summary>
    private static string? Dates(JsonElement array) =>
        array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) ? string.Join(' ', array.EnumerateArray().Select(e => e.GetString())) : null;

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
