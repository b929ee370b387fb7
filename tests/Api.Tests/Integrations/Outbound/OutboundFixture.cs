using System.Net.Http.Json;
using System.Text.Json;
using Alba;
using CollectiveDismissal.Api.Tests.Fixtures;

namespace CollectiveDismissal.Api.Tests.Integrations.Outbound;

/// <summary>Hosts on a database of their own whose deliveries go to a <see cref="ReportReceiver"/>, and polling with deadlines.</summary>
public static class Outbound
{
    public static readonly string ProjectManager = AppFixture.Token("ProjectManager", "pm.outbound");

    /// <summary>Every service's reports go to <paramref name="receiver"/>; short waits, so a test sees several attempts in seconds.</summary>
    public static Dictionary<string, string?> Settings(ReportReceiver receiver, string backoff = "00:00:00.200,00:00:00.500,00:00:01") => new()
    {
        ["Integrations:Vdab:ReportEndpoint"] = receiver.Endpoint,
        ["Integrations:Vdab:ApiKey"] = "vdab-test-key",
        ["Integrations:Forem:ReportEndpoint"] = receiver.Endpoint,
        ["Integrations:Forem:BearerToken"] = "forem-test-token",
        ["Integrations:Actiris:ReportEndpoint"] = receiver.Endpoint,
        ["Integrations:Adg:ReportEndpoint"] = receiver.Endpoint,
        ["Integrations:Deliveries:Backoff"] = backoff,
        ["Integrations:Deliveries:Timeout"] = "00:00:05",
        ["Integrations:Deliveries:SchedulePolling"] = "00:00:00.200",
    };

    public static HttpClient Client(this IAlbaHost host, string? token = null) => IsolatedApp.Client(host, token ?? ProjectManager);

    public static async Task<JsonElement[]> Deliveries(this HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/cases/{caseId}/deliveries");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToArray();
    }

    public static string State(this JsonElement delivery) => delivery.GetProperty("state").GetString()!;

    /// <summary>Reads until <paramref name="done"/> holds, and fails with the last value read once <paramref name="within"/> has passed.</summary>
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within, string what)
    {
        using var deadline = new CancellationTokenSource(within);
        T last;
        while (true)
        {
            last = await read();
            if (done(last)) return last;
            if (deadline.IsCancellationRequested) break;
            await Task.Delay(50);
        }
        var shown = last is JsonElement[] items ? string.Join("\n", items.Select(i => i.GetRawText())) : last?.ToString();
        Assert.Fail($"Not {what} within {within.TotalSeconds} s; last read: {shown}");
        return last;
    }

    public static async Task RecordMeeting(this HttpClient client, Guid caseId, DateOnly heldOn)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/twc-meetings", new { heldOn, notes = "Progress" });
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.NoContent, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
