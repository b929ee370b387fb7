using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CollectiveDismissal.AdapterSimulator;

/// <summary>
/// What a regional service's adapter does, over HTTP only: reads the case's participants, sends a realistic batch
/// (registrations for those not registered, a job found, a job ended, and one message about a person the case does not
/// know, to show a rejection), then waits for each message's outcome and prints it.
/// </summary>
public static class Simulator
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>0 when every message settled (applied or rejected), 1 when the batch was refused or did not settle in time.</summary>
    public static async Task<int> Run(HttpClient http, string service, Guid caseId, TextWriter output, TimeSpan? wait = null,
        CancellationToken ct = default)
    {
        // Every recorded fact, whatever its date: a demonstration case may be dated in the future.
        var participants = await http.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}/participants?asOf=2199-12-31&pageSize=200", Json, ct)
            ?? throw new InvalidOperationException("No participants answer.");
        var batch = Batch(service, caseId, participants["items"]!.AsArray().Select(p => p!.AsObject()).ToList());
        output.WriteLine($"Sending {batch.Count} messages to /api/integrations/{service}/messages");

        var response = await http.PostAsJsonAsync($"/api/integrations/{service}/messages", new { messages = batch }, Json, ct);
        var answer = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            output.WriteLine($"Refused: {(int)response.StatusCode} {answer}");
            return 1;
        }
        output.WriteLine($"202 Accepted: {answer}");

        var deadline = DateTime.UtcNow + (wait ?? TimeSpan.FromSeconds(30));
        var settled = 0;
        foreach (var message in batch)
        {
            var id = (string)message["messageId"]!;
            JsonObject? outcome;
            while (true)
            {
                outcome = await http.GetFromJsonAsync<JsonObject>($"/api/integrations/{service}/messages/{Uri.EscapeDataString(id)}", Json, ct);
                if ((string?)outcome?["state"] is not ("Pending" or "Retrying") || DateTime.UtcNow > deadline) break;
                await Task.Delay(100, ct);
            }
            var state = (string?)outcome?["state"];
            if (state is not ("Pending" or "Retrying")) settled++;
            var why = outcome?["rule"] is { } rule ? $"  {rule}: {outcome["reason"]}" : outcome?["reason"] is { } note ? $"  {note}" : "";
            output.WriteLine($"{id,-32} {(string)message["kind"]!,-22} {(string)message["personnelReference"]!,-10} {state}{why}");
        }
        output.WriteLine($"{batch.Count} sent, {settled} settled.");
        return settled == batch.Count ? 0 : 1;
    }

    /// <summary>The batch an adapter would send about these participants (as the participant list shows them).</summary>
    public static List<JsonObject> Batch(string service, Guid caseId, IReadOnlyList<JsonObject> participants)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
        var messages = new List<JsonObject>();
        JsonObject Message(string kind, string reference, DateOnly on) => new()
        {
            ["messageId"] = $"{service}-sim-{stamp}-{messages.Count + 1}", ["caseId"] = caseId.ToString(), ["personnelReference"] = reference,
            ["kind"] = kind, ["occurredOn"] = on.ToString("yyyy-MM-dd")
        };
        static DateOnly Date(JsonNode? node) => DateOnly.Parse((string)node!);

        foreach (var p in participants.Where(p => p["registeredAsJobSeeker"]?.GetValue<bool>() != true))
            messages.Add(Message("RegisteredAsJobSeeker", (string)p["personnelReference"]!, Date(p["enrolledOn"])));

        if (participants.FirstOrDefault(p => (string?)p["status"] == "Searching" && p["outplacement"]?["accepted"]?.GetValue<bool>() == true
                && p["jobs"]!.GetValue<int>() == 0) is { } searching)
        {
            var found = Message("JobFound", (string)searching["personnelReference"]!, Date(searching["enrolledOn"]).AddDays(45));
            found["job"] = new JsonObject { ["employerName"] = "Simulated Employer BV", ["contractType"] = "Indefinite" };
            messages.Add(found);
        }

        if (participants.FirstOrDefault(p => (string?)p["status"] == "Employed" && p["currentJob"]?["aftercareClosedOn"] is null) is { } employed)
            messages.Add(Message("JobEnded", (string)employed["personnelReference"]!, Date(employed["currentJob"]!["startsOn"]).AddDays(90)));

        // A person the case does not know: the adapter's data and the provider's disagree, which the provider must see.
        messages.Add(Message("RegisteredAsJobSeeker", "SIM-UNKNOWN", DateOnly.FromDateTime(DateTime.UtcNow)));
        return messages;
    }
}
