using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CollectiveDismissal.Api.Http;
using CollectiveDismissal.Api.Integrations.Inbound;
using Marten;

namespace CollectiveDismissal.Api.Tests.Fixtures;

/// <summary>Partner messages as an adapter sends them, and the wait for their outcomes.</summary>
public static class PartnerScenarios
{
    public static string Token(string service, string subject = "adapter.tests") =>
        AppFixture.TokenWith("Integration", $"{service}.{subject}", ("service", service));

    public static HttpClient PartnerClient(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static object JobFound(string id, Guid caseId, string reference, DateOnly on, string employer = "Limburg Metaal BV") => new
    {
        messageId = id, caseId, personnelReference = reference, kind = "JobFound", occurredOn = on,
        job = new { employerName = employer, contractType = "Indefinite" }
    };

    public static object JobEnded(string id, Guid caseId, string reference, DateOnly on) =>
        new { messageId = id, caseId, personnelReference = reference, kind = "JobEnded", occurredOn = on };

    public static object Registered(string id, Guid caseId, string reference, DateOnly on) =>
        new { messageId = id, caseId, personnelReference = reference, kind = "RegisteredAsJobSeeker", occurredOn = on };

    public static Task<HttpResponseMessage> Send(this HttpClient client, string service, params object[] messages) =>
        client.PostAsync($"/api/integrations/{service}/messages",
            JsonContent.Create(new { messages }, options: Json.Options));

    /// <summary>Sends a batch and asserts it was accepted.</summary>
    public static async Task<JsonElement> Accepted(this HttpClient client, string service, params object[] messages)
    {
        var response = await client.Send(service, messages);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    private static bool Settled(PartnerMessageOutcome o) => o.State is not (PartnerMessageState.Pending or PartnerMessageState.Retrying);

    /// <summary>Waits until every message named has a settled outcome (applied, rejected or discarded), and returns them.</summary>
    public static async Task<IReadOnlyDictionary<string, PartnerMessageOutcome>> Outcomes(IDocumentStore store, string service,
        IEnumerable<string> messageIds, TimeSpan? timeout = null)
    {
        var keys = messageIds.Distinct().Select(id => $"{service}/{id}").ToArray();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            await using var session = store.QuerySession();
            var found = await session.LoadManyAsync<PartnerMessageOutcome>(keys);
            if (found.Count == keys.Length && found.All(Settled)) return found.ToDictionary(o => o.MessageId);
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{found.Count(Settled)} of {keys.Length} messages settled in time.");
            await Task.Delay(50);
        }
    }
}
