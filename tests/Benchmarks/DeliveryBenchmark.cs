using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CollectiveDismissal.Api.Persistence;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectiveDismissal.Benchmarks;

/// <summary>
/// Issue 4: how long after a TWC meeting is recorded its progress report reaches the competent service. The API runs as
/// its own process, configured to deliver to a receiver on loopback in this process that answers 200 at once. Meetings
/// are recorded over HTTP at a steady rate (open loop) on cases of 10 participants; the delay of a report is its arrival
/// at the receiver minus the delivery's <c>recordedAt</c> (set in the meeting's command, before its commit). Baseline in
/// the same rounds: the meeting command's own HTTP latency. Alternating rounds; the median round is printed.
/// </summary>
public static class DeliveryBenchmark
{
    private const int Cases = 20;
    private const int ParticipantsPerCase = 10;
    private const double PerSecond = 20;

    public static async Task Run(string connectionString, string apiDll, TimeSpan window, int rounds)
    {
        var arrivals = new ConcurrentDictionary<Guid, DateTimeOffset>();
        var posts = new StrongBox<int>();
        await using var receiver = await StartReceiver(arrivals, posts);
        await using var api = await ApiProcess.Start(apiDll, connectionString, 15484, new Dictionary<string, string>
        {
            ["Integrations__Vdab__ReportEndpoint"] = receiver.Endpoint
        });
        await using var store = DocumentStore.For(options => CaseStore.Configure(options, connectionString));
        using var http = api.Client();

        var cases = new List<Guid>();
        for (var c = 0; c < Cases; c++)
        {
            var caseId = await CaseSeeder.OpenCase(store);
            await CaseSeeder.Participants(store, caseId, ParticipantsPerCase);
            cases.Add(caseId);
        }
        Console.WriteLine();
        Console.WriteLine($"== Report deliveries: from a TWC meeting's command to the report's arrival at a loopback receiver " +
                          $"({Cases} cases of {ParticipantsPerCase} participants, {PerSecond:F0} meetings/s, {rounds} rounds of {window.TotalSeconds:F0} s) ==");

        var meeting = 0;
        Func<Task<bool>> Record() => async () =>
        {
            var n = Interlocked.Increment(ref meeting);
            var heldOn = CaseSeeder.EnrolledOn.AddDays(n % 300);
            using var response = await http.PostAsJsonAsync($"/api/cases/{cases[n % Cases]}/twc-meetings", new { heldOn, notes = "Progress" });
            return response.StatusCode == HttpStatusCode.NoContent;
        };
        await Measurement.RunAtRate("warm-up", PerSecond, TimeSpan.FromSeconds(3), Record());
        await AllArrived(http, cases, arrivals);

        var commands = new List<Measurement>();
        var delays = new List<Measurement>();
        for (var round = 0; round < rounds; round++)
        {
            var before = await Deliveries(http, cases);
            var command = await Measurement.RunAtRate("POST …/twc-meetings (baseline)", PerSecond, window, Record());
            var all = await AllArrived(http, cases, arrivals);
            var fresh = all.Where(d => !before.ContainsKey(d.Key)).ToList();
            var delayMs = fresh.Select(d => (arrivals[d.Key] - d.Value).TotalMilliseconds).ToArray();
            commands.Add(command);
            delays.Add(new Measurement("recordedAt → arrival at the receiver", delayMs.Length, command.Failures, command.Elapsed, delayMs));
        }

        for (var round = 0; round < rounds; round++)
            Console.WriteLine($"round {round + 1}: command p50 {commands[round].P50:F1} ms, p99 {commands[round].P99:F1} ms; " +
                              $"delivery delay p50 {delays[round].P50:F1} ms, p99 {delays[round].P99:F1} ms ({delays[round].Operations} reports)");
        // At a fixed rate every round has the same throughput: the median round is the one of median delivery p50.
        var median = Enumerable.Range(0, rounds).OrderBy(r => delays[r].P50).ElementAt(rounds / 2);
        Console.WriteLine(commands[median]);
        Console.WriteLine(delays[median]);
        var ratios = commands.Zip(delays, (c, d) => d.P50 / c.P50).Order().ToArray();
        Console.WriteLine($"reports received: {posts.Value} POSTs for {arrivals.Count} message ids (a repeat would show here)");
        Console.WriteLine($"p50 ratio delivery delay / command latency per round: {string.Join(", ", ratios.Select(r => r.ToString("F2")))}; " +
                          $"median {ratios[ratios.Length / 2]:F2}");
    }

    /// <summary>Every delivery of the cases (message id → recordedAt), once each has arrived at the receiver.</summary>
    private static async Task<Dictionary<Guid, DateTimeOffset>> AllArrived(HttpClient http, List<Guid> cases, ConcurrentDictionary<Guid, DateTimeOffset> arrivals)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var all = await Deliveries(http, cases);
            if (all.Keys.All(arrivals.ContainsKey)) return all;
            if (clock.Elapsed > TimeSpan.FromMinutes(2))
                throw new TimeoutException($"{all.Keys.Count(k => !arrivals.ContainsKey(k))} reports did not arrive within 2 minutes.");
            await Task.Delay(100);
        }
    }

    private static async Task<Dictionary<Guid, DateTimeOffset>> Deliveries(HttpClient http, List<Guid> cases)
    {
        var all = new Dictionary<Guid, DateTimeOffset>();
        foreach (var caseId in cases)
            foreach (var d in (await http.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/deliveries")).EnumerateArray())
                all[d.GetProperty("messageId").GetGuid()] = d.GetProperty("recordedAt").GetDateTimeOffset();
        return all;
    }

    private sealed class Receiver(WebApplication app, string endpoint) : IAsyncDisposable
    {
        public string Endpoint => endpoint;
        public ValueTask DisposeAsync() => app.DisposeAsync();
    }

    /// <summary>A service's endpoint: notes the arrival time of each message id, answers 200.</summary>
    private static async Task<Receiver> StartReceiver(ConcurrentDictionary<Guid, DateTimeOffset> arrivals, StrongBox<int> posts)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/reports", async (HttpContext context) =>
        {
            var at = DateTimeOffset.UtcNow;
            Interlocked.Increment(ref posts.Value);
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            arrivals.TryAdd(body.RootElement.GetProperty("messageId").GetGuid(), at);
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Receiver(app, $"{address}/reports");
    }
}
