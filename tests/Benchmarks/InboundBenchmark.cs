using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CollectiveDismissal.Api.Integrations.Inbound;
using CollectiveDismissal.Api.Persistence;
using CollectiveDismissal.Domain.Participants;
using Marten;

namespace CollectiveDismissal.Benchmarks;

/// <summary>
/// Issue 12. Partner messages applied per second (batches of 50 from 8 clients) against the same commands sent one by
/// one over HTTP by 8 clients (<c>POST …/jobs</c> and <c>…/aftercare-closure</c>), in the same rounds, alternating. Goal:
/// ratio ≥ 1. Also the time from a batch's 202 to its last message applied, p50 and p99. Each client owns one case of 25
/// accepted participants, and sends for each participant a job found and a job ended in turn, four of each.
/// </summary>
public static class InboundBenchmark
{
    private const int Clients = 8;
    private const int PerCase = 25;
    private const int JobsEach = 4;
    private const int BatchSize = 50;

    public static async Task Run(string connectionString, string apiDll, int rounds)
    {
        await using var api = await ApiProcess.Start(apiDll, connectionString, 15483);
        await using var store = DocumentStore.For(options => CaseStore.Configure(options, connectionString));
        var pm = Enumerable.Range(0, Clients).Select(_ => api.Client()).ToArray();
        var partner = Enumerable.Range(0, Clients).Select(_ => api.Client("Integration", "vdab")).ToArray();

        // Warm-up: the API compiles its handlers on first use.
        await OverHttp(store, pm);
        await Inbound(store, partner, $"warm");

        var http = new List<double>();
        var inbound = new List<double>();
        var delays = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            // Alternating order: machine noise hits both sides alike.
            if (round % 2 == 0) http.Add(await OverHttp(store, pm));
            var (perSecond, roundDelays) = await Inbound(store, partner, $"r{round}");
            inbound.Add(perSecond);
            delays.AddRange(roundDelays);
            if (round % 2 == 1) http.Add(await OverHttp(store, pm));
            Console.WriteLine($"  round {round + 1}: HTTP {http[^1]:F0} commands/s, inbound {inbound[^1]:F0} messages/s");
        }
        var httpMedian = Median(http);
        var inboundMedian = Median(inbound);
        delays.Sort();
        Console.WriteLine($"Inbound messages (batches of {BatchSize}, {Clients} clients, {Clients} cases, {Clients * PerCase * JobsEach * 2} per round), median of {rounds} rounds:");
        Console.WriteLine($"  applied per second: {inboundMedian:F0}; the same commands one by one over HTTP: {httpMedian:F0}/s; ratio {inboundMedian / httpMedian:F2} (goal ≥ 1)");
        Console.WriteLine($"  from 202 to the batch's last message applied: p50 {Percentile(delays, 0.5):F0} ms, p99 {Percentile(delays, 0.99):F0} ms ({delays.Count} batches)");
    }

    /// <summary>Seconds → commands per second for the jobs found and ended, sent one by one.</summary>
    private static async Task<double> OverHttp(IDocumentStore store, HttpClient[] clients)
    {
        var cases = await Cases(store);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (http, c) =>
        {
            var (caseId, participants) = cases[c];
            foreach (var (k, p) in Order(participants.Count))
            {
                var path = k % 2 == 0 ? "jobs" : "aftercare-closure";
                object body = k % 2 == 0
                    ? new { startsOn = On(k), employerName = "Limburg Metaal BV", contractType = "Indefinite" }
                    : new { closedOn = On(k), stillEmployed = false };
                using var response = await http.PostAsJsonAsync($"/api/cases/{caseId}/participants/{participants[p]}/{path}", body);
                // A job is an entry (201 with its id); the closure a plain command (204).
                if (response.StatusCode != (k % 2 == 0 ? HttpStatusCode.Created : HttpStatusCode.NoContent))
                    throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }));
        return Clients * PerCase * JobsEach * 2 / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The same facts as partner messages: messages applied per second, and each batch's delay from 202 to applied.</summary>
    private static async Task<(double PerSecond, List<double> Delays)> Inbound(IDocumentStore store, HttpClient[] clients, string tag)
    {
        var cases = await Cases(store);
        var accepted = new ConcurrentBag<(string[] Ids, DateTimeOffset At)>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (http, c) =>
        {
            var (caseId, _) = cases[c];
            var messages = Order(PerCase).Select(m => Message(tag, caseId, m.Step, m.Participant)).ToList();
            foreach (var batch in messages.Chunk(BatchSize))
            {
                using var response = await http.PostAsJsonAsync("/api/integrations/vdab/messages", new { messages = batch.Select(b => b.Body) });
                if (response.StatusCode != HttpStatusCode.Accepted)
                    throw new InvalidOperationException($"Batch: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                accepted.Add((batch.Select(b => b.Id).ToArray(), DateTimeOffset.UtcNow));
            }
        }));
        var caseIds = cases.Select(c => c.CaseId).ToArray();
        var total = Clients * PerCase * JobsEach * 2;
        List<PartnerMessageOutcome> outcomes;
        while (true)
        {
            await using var session = store.QuerySession();
            outcomes = (await session.Query<PartnerMessageOutcome>().Where(o => caseIds.Contains(o.CaseId)).ToListAsync()).ToList();
            if (outcomes.Count(o => o.State != PartnerMessageState.Pending) == total) break;
            if (clock.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("The messages were not applied within 2 minutes.");
            await Task.Delay(20);
        }
        var elapsed = outcomes.Max(o => o.DecidedAt!.Value) - (DateTimeOffset.UtcNow - clock.Elapsed);
        if (outcomes.FirstOrDefault(o => o.State != PartnerMessageState.Applied) is { } refused)
            throw new InvalidOperationException($"{refused.MessageId}: {refused.State} {refused.Reason}");
        var decided = outcomes.ToDictionary(o => o.MessageId, o => o.DecidedAt!.Value);
        var delays = accepted.Select(b => (b.Ids.Max(id => decided[id]) - b.At).TotalMilliseconds).ToList();
        return (total / elapsed.TotalSeconds, delays);
    }

    /// <summary>Per participant: job found, job ended, four times; participants interleaved, each one's facts in order.</summary>
    private static IEnumerable<(int Step, int Participant)> Order(int participants) =>
        Enumerable.Range(0, JobsEach * 2).SelectMany(k => Enumerable.Range(0, participants).Select(p => (k, p)));

    private static DateOnly On(int step) => CaseSeeder.EnrolledOn.AddDays(10 + 15 * step);

    private static (string Id, object Body) Message(string tag, Guid caseId, int step, int participant)
    {
        var id = $"bench-{tag}-{caseId:N}-{participant}-{step}";
        var reference = $"E-{participant:00000}";
        return step % 2 == 0
            ? (id, new { messageId = id, caseId, personnelReference = reference, kind = "JobFound", occurredOn = On(step),
                job = new { employerName = "Limburg Metaal BV", contractType = "Indefinite" } })
            : (id, new { messageId = id, caseId, personnelReference = reference, kind = "JobEnded", occurredOn = On(step) });
    }

    /// <summary>Eight new cases of <see cref="PerCase"/> accepted participants each, references E-00000 upwards (the soak reuses them).</summary>
    internal static async Task<List<(Guid CaseId, List<Guid> Participants)>> Cases(IDocumentStore store)
    {
        var cases = new List<(Guid, List<Guid>)>();
        for (var c = 0; c < Clients; c++)
        {
            var caseId = await CaseSeeder.OpenCase(store);
            var ids = Enumerable.Range(0, PerCase).Select(_ => Guid.CreateVersion7()).ToList();
            await using var session = store.LightweightSession();
            session.Events.Append(caseId, ids.SelectMany((id, i) => new object[]
            {
                new ParticipantEnrolled(caseId, id, $"E-{i:00000}", Gender.Female, ContractKind.Indefinite, WorkerCategory.BlueCollar,
                    TerminationMode.Indemnity, CaseSeeder.DismissedOn, CaseSeeder.DismissedOn, CaseSeeder.EnrolledOn, 40),
                new OutplacementAccepted(caseId, id, CaseSeeder.EnrolledOn)
            }));
            await session.SaveChangesAsync();
            cases.Add((caseId, ids));
        }
        return cases;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
