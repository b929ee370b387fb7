using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using CollectiveDismissal.Api.Http;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Api.Tests.Audit;

/// <summary>
/// Appends a case's events straight to Marten (the inline projections run as in production), reads its history and its
/// report over HTTP, and compares the report with <see cref="IndependentReport"/>.
/// </summary>
public abstract class AuditContext(AppFixture fixture) : IntegrationContext(fixture)
{
    private static readonly Dictionary<string, Type> EventTypes = typeof(DossierPrepared).Assembly.GetTypes()
        .Where(t => t.Namespace is "CollectiveDismissal.Domain.Cases" or "CollectiveDismissal.Domain.Participants" && t.IsPublic && t.IsClass && !t.IsAbstract)
        .ToDictionary(t => t.Name);

    private HttpClient? _auditor;

    private HttpClient AuditorClient => _auditor ??= Client(Auditor);

    protected async Task AppendAsync(Guid caseId, IReadOnlyList<object> events)
    {
        await using var session = Store.LightweightSession();
        session.Events.StartStream<DismissalCase>(caseId, events);
        await session.SaveChangesAsync();
    }

    /// <summary>The events of a saved history (the JSON of GET /history), as the domain's event types.</summary>
    protected static (Guid CaseId, List<object> Events) EventsOf(JsonElement history)
    {
        var events = history.EnumerateArray().Select(entry =>
            JsonSerializer.Deserialize(entry.GetProperty("data").GetRawText(), EventTypes[entry.GetProperty("type").GetString()!], Json.Options)!).ToList();
        return (((DossierPrepared)events[0]).CaseId, events);
    }

    protected async Task<JsonElement> HistoryAsync(Guid caseId) => await ReadAsync($"/api/cases/{caseId}/history");

    protected async Task<JsonElement> ReportAsync(Guid caseId, DateOnly asOf) => await ReadAsync($"/api/cases/{caseId}/report?asOf={asOf:yyyy-MM-dd}");

    private async Task<JsonElement> ReadAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await AuditorClient.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    /// <summary>Differences between the product's report and the independent one for each date, empty when they agree.</summary>
    protected async Task<List<string>> CompareAsync(Guid caseId, Task<JsonElement> reading, IEnumerable<DateOnly> asOfDates)
    {
        var dates = asOfDates.Distinct().ToList();
        var reports = await Task.WhenAll(dates.Select(asOf => ReportAsync(caseId, asOf)));
        var history = await reading;
        return dates.Zip(reports).SelectMany(r => ReportComparison.Differences(IndependentReport.Derive(history, r.First), r.Second)
            .Select(d => $"asOf {r.First:yyyy-MM-dd}: {d}")).ToList();
    }

    /// <summary>A replayable file: the as-of dates and the history as GET /history returned it.</summary>
    public static string Replayable(JsonElement history, IEnumerable<DateOnly> asOf, string note) =>
        new JsonObject
        {
            ["note"] = note,
            ["asOf"] = new JsonArray([.. asOf.Distinct().Select(d => (JsonNode)JsonValue.Create(d.ToString("yyyy-MM-dd"))!)]),
            ["history"] = JsonNode.Parse(history.GetRawText())
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
