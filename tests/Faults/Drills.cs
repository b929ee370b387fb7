using System.Diagnostics;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text.Json;
using CollectiveDismissal.Api.Persistence;
using CollectiveDismissal.Benchmarks;
using CollectiveDismissal.Tests;
using Marten;

namespace CollectiveDismissal.Faults;

/// <summary>One drill's figures; it passes when nothing acknowledged was lost, nothing doubled, and recovery kept its bound.</summary>
public sealed record Result(string Name, int Acknowledged, int Found, int Lost, int Doubled, double RecoverySeconds, double BoundSeconds,
    string Recovery, IReadOnlyList<string> Problems)
{
    public bool Passed => Lost == 0 && Doubled == 0 && RecoverySeconds <= BoundSeconds && Problems.Count == 0;

    public void Print()
    {
        Console.WriteLine($"{Name}: acknowledged {Acknowledged}, found {Found}, lost {Lost}, doubled {Doubled}, " +
                          $"recovery {RecoverySeconds:F2} s ({Recovery}; bound {BoundSeconds:F0} s) -> {(Passed ? "PASS" : "FAIL")}");
        foreach (var problem in Problems.Take(10)) Console.WriteLine($"  problem: {problem}");
    }
}

public sealed class Drills(string connectionString, string apiDll, Postgres postgres)
{
    private const int Writers = 8;

    // Ports of the drills' API nodes; the cluster of deploy/faults.sh sits below them in the same range.
    private const int PortA = 15781, PortB = 15782;

    /// <summary>kill -9 of the PostgreSQL postmaster under 8 writing clients, restarted after 4 s.</summary>
    public async Task<Result> KillPostgres()
    {
        var problems = new List<string>();
        await using var store = Store();
        var cases = await Facts.Cases(store, Writers, 20);
        await using var api = await Started(apiDll, connectionString, PortA);
        var clients = Enumerable.Range(0, Writers).Select(_ => new[] { Client(api) }).ToArray();
        await WarmUp(clients, cases);

        var ledger = new Ledger();
        using var stop = new CancellationTokenSource();
        var load = Load.Run(ledger, clients, (w, n) => Facts.Command("pg", cases[w], w, n), stop.Token, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(4));
        postgres.Kill();
        var killedAt = DateTime.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(4));
        var ready = await postgres.Restart(TimeSpan.FromSeconds(60));
        Console.WriteLine($"  PostgreSQL killed, ready again {(ready - killedAt).TotalSeconds:F1} s later");
        await Task.Delay(TimeSpan.FromSeconds(6));
        await stop.CancelAsync();
        await load;
        var first = ledger.FirstAnswerAfter(ready);
        if (first is null) problems.Add("No command was acknowledged after PostgreSQL came back.");
        var recovery = first is { } f ? (f - ready).TotalSeconds : double.PositiveInfinity;

        var (acknowledged, found, lost, doubled) = await Check(ledger, "pg", problems);
        // The boards caught up, and equal to a rebuild from the events.
        var caughtUp = Stopwatch.StartNew();
        if (!await Facts.CaughtUp(connectionString, TimeSpan.FromSeconds(60), Facts.BoardShards))
            problems.Add("The deadline boards did not catch up within 60 s.");
        // A shard the outage paused is running again, not left named as stopped.
        using (var probe = new HttpClient { BaseAddress = api.BaseAddress })
            if (await Stopped(probe) is { } stopped)
                problems.Add($"/health/ready names {string.Join(", ", stopped.Keys)} stopped after PostgreSQL came back.");
        var live = await Facts.Boards(connectionString);
        Console.WriteLine($"  boards caught up {caughtUp.Elapsed.TotalSeconds:F1} s after the load; {live.Count} documents; {ledger.Failures} failed attempts retried");
        await api.DisposeAsync();
        await Facts.Rebuild(connectionString);
        var rebuilt = await Facts.Boards(connectionString);
        var differ = live.Keys.Union(rebuilt.Keys).Where(k => live.GetValueOrDefault(k) != rebuilt.GetValueOrDefault(k)).ToList();
        Console.WriteLine($"  rebuilt boards: {rebuilt.Count} documents, {differ.Count} differ from the live ones");
        if (differ.Count > 0) problems.Add($"{differ.Count} board documents differ from a rebuild, e.g. {differ[0]}");
        return new Result("kill -9 PostgreSQL", acknowledged, found, lost, doubled, recovery, 2, "first 2xx after the database was ready", problems);
    }

    /// <summary>
    /// Two API nodes under load (6 command writers, 2 partner adapters sending batches), requests alternating between
    /// them; one node killed with SIGKILL; the clients fail over with the same keys. The survivor must apply every
    /// partner message the killed node accepted and drain the inbox.
    /// </summary>
    public async Task<Result> KillNode()
    {
        var problems = new List<string>();
        await using var store = Store();
        var cases = await Facts.Cases(store, Writers - 2, 20);
        var partnerCases = await Facts.Cases(store, 2, 600);
        var a = await Started(apiDll, connectionString, PortA);
        await using var b = await Started(apiDll, connectionString, PortB, signingKey: a.SigningKey);
        try
        {
            var commands = Enumerable.Range(0, Writers - 2).Select(_ => new[] { Client(a), Client(b) }).ToArray();
            var partners = Enumerable.Range(0, 2).Select(_ => new[] { Client(a, "Integration", "vdab"), Client(b, "Integration", "vdab") }).ToArray();
            await WarmUp(commands.Select(c => new[] { c[0] }).ToArray(), cases);
            await WarmUp(commands.Select(c => new[] { c[1] }).ToArray(), cases);

            var ledger = new Ledger();
            using var stop = new CancellationTokenSource();
            var load = Task.WhenAll(
                Load.Run(ledger, commands, (w, n) => Facts.Command("node", cases[w], w, n), stop.Token, TimeSpan.FromSeconds(30)),
                Load.Run(ledger, partners, (w, n) => Facts.PartnerBatch("partner", partnerCases[w], w, n, 5), stop.Token, TimeSpan.FromSeconds(30)));
            await Task.Delay(TimeSpan.FromSeconds(5));
            // Killed the moment it accepts a partner batch, so the batch's envelope is still in its inbox, not yet handled.
            var killed = new TaskCompletionSource<DateTime>(TaskCreationOptions.RunContinuationsAsynchronously);
            ledger.OnAcknowledged = (node, op) =>
            {
                if (node != 0 || !op.Path.StartsWith("/api/integrations/")) return;
                lock (killed)
                {
                    if (killed.Task.IsCompleted) return;
                    a.Process.Kill();
                    killed.TrySetResult(DateTime.UtcNow);
                }
            };
            var killedAt = await killed.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await Task.Delay(TimeSpan.FromSeconds(6));
            await stop.CancelAsync();
            await load;

            // Every partner message acknowledged is applied and the inbox is empty: on the survivor, since the other is dead.
            var partnerIds = ledger.Acknowledged.Keys.Where(k => k.StartsWith("partner-")).ToList();
            double drained = double.PositiveInfinity;
            // Balanced mode declares a node dead once its heartbeat is older than Wolverine's StaleNodeTimeout (1 min), at
            // a health check (every 10 s), and only then hands its envelopes over: hence the bound of 90 s.
            var deadline = killedAt.AddSeconds(150);
            (int Pending, List<string> NotApplied) outcomes = (0, []);
            double? applied = null;
            (long Rows, List<string> Groups) inbox = (0, []);
            while (DateTime.UtcNow < deadline)
            {
                outcomes = await Facts.PartnerOutcomes(store, partnerIds);
                if (outcomes.Pending == 0) applied ??= (DateTime.UtcNow - killedAt).TotalSeconds;
                inbox = await Facts.Inbox(connectionString);
                if (outcomes.Pending == 0 && inbox.Rows == 0)
                {
                    drained = (DateTime.UtcNow - killedAt).TotalSeconds;
                    break;
                }
                await Task.Delay(250);
            }
            Console.WriteLine($"  {partnerIds.Count} partner messages acknowledged, all applied {applied?.ToString("F1") ?? "never"} s after the kill; {outcomes.Pending} not applied and {inbox.Rows} inbox envelopes left; " +
                              $"{ledger.Failures} failed attempts retried on the other node");
            if (outcomes.Pending > 0) problems.Add($"{outcomes.Pending} acknowledged partner messages still pending 150 s after the kill.");
            if (inbox.Rows > 0) problems.Add($"Envelopes left in the inbox 150 s after the kill: {string.Join("; ", inbox.Groups)}.");
            problems.AddRange(outcomes.NotApplied);
            var (acknowledged, found, lost, doubled) = await Check(ledger, "node", problems, "partner");
            return new Result("kill -9 one of two nodes", acknowledged, found, lost, doubled, drained, 90,
                "from the kill to every acknowledged partner message applied and the inbox empty", problems);
        }
        finally
        {
            await a.DisposeAsync();
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    private const int SigTerm = 15;

    /// <summary>SIGTERM to the API under 8 writing clients; it must exit within 30 s. The clients then finish on a new process.</summary>
    public async Task<Result> Terminate()
    {
        var problems = new List<string>();
        await using var store = Store();
        var cases = await Facts.Cases(store, Writers, 20);
        var api = await Started(apiDll, connectionString, PortA);
        var clients = Enumerable.Range(0, Writers).Select(_ => new[] { Client(api) }).ToArray();
        await WarmUp(clients, cases);

        var ledger = new Ledger();
        using var stop = new CancellationTokenSource();
        var load = Load.Run(ledger, clients, (w, n) => Facts.Command("term", cases[w], w, n), stop.Token, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(4));
        var acknowledgedBefore = ledger.Acknowledged.Count;
        if (kill(api.Process.Id, SigTerm) != 0) problems.Add($"kill -TERM failed: {Marshal.GetLastWin32Error()}");
        var clock = Stopwatch.StartNew();
        using (var bound = new CancellationTokenSource(TimeSpan.FromSeconds(35)))
            try { await api.Process.WaitForExitAsync(bound.Token); }
            catch (OperationCanceledException) { problems.Add("The API had not exited 35 s after SIGTERM."); }
        var exited = api.Process.HasExited ? clock.Elapsed.TotalSeconds : double.PositiveInfinity;
        Console.WriteLine($"  SIGTERM after {acknowledgedBefore} commands acknowledged; exited in {exited:F2} s with code " +
                          (api.Process.HasExited ? api.Process.ExitCode.ToString() : "-"));
        await api.DisposeAsync();
        // The commands in flight are sent again with their keys to a new process, as a client would after a deployment.
        await using var next = await Started(apiDll, connectionString, PortA, signingKey: api.SigningKey);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await load;
        var (acknowledged, found, lost, doubled) = await Check(ledger, "term", problems);
        return new Result("SIGTERM of the API", acknowledged, found, lost, doubled, exited, 30, "from SIGTERM to the process's exit", problems);
    }

    /// <summary>
    /// A poison event only the participants' board reads, under 8 writing clients: that board stops and /health/ready names
    /// it, while the commands and the case board go on. Then the operator's fix: archive the event; the board resumes.
    /// </summary>
    public async Task<Result> Poison()
    {
        var problems = new List<string>();
        await using var store = Store();
        var cases = await Facts.Cases(store, Writers, 20);
        await using var api = await Started(apiDll, connectionString, PortA);
        var clients = Enumerable.Range(0, Writers).Select(_ => new[] { Client(api) }).ToArray();
        await WarmUp(clients, cases);
        using var probe = new HttpClient { BaseAddress = api.BaseAddress };

        var ledger = new Ledger();
        using var stop = new CancellationTokenSource();
        var load = Load.Run(ledger, clients, (w, n) => Facts.Command("poison", cases[w], w, n), stop.Token, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var poison = await PoisonEvent.Insert(connectionString);
        var insertedAt = Stopwatch.StartNew();
        Dictionary<string, string>? stopped = null;
        while (insertedAt.Elapsed < TimeSpan.FromSeconds(30) && stopped is null)
        {
            stopped = await Stopped(probe);
            if (stopped is null) await Task.Delay(100);
        }
        var reported = stopped is null ? double.PositiveInfinity : insertedAt.Elapsed.TotalSeconds;
        Console.WriteLine($"  poison event {poison}; /health/ready names {(stopped is null ? "nothing" : string.Join(", ", stopped.Select(s => $"{s.Key} ({s.Value})")))} after {reported:F2} s");
        if (stopped is not null && (stopped.Count != 1 || !stopped.ContainsKey("ParticipantDeadlines")))
            problems.Add($"Expected only ParticipantDeadlines stopped, got {string.Join(", ", stopped.Keys)}.");
        await Task.Delay(TimeSpan.FromSeconds(4));
        var acknowledgedAfter = ledger.AnswersAt.Count(t => t > DateTime.UtcNow - insertedAt.Elapsed);
        await stop.CancelAsync();
        await load;
        if (acknowledgedAfter == 0) problems.Add("No command was acknowledged after the poison event.");
        if (!await Facts.CaughtUp(connectionString, TimeSpan.FromSeconds(30), "CaseDeadlines:All"))
            problems.Add("The case board did not read past the poison event.");
        var (_, progress) = await Facts.Progress(connectionString);
        if (progress.GetValueOrDefault("ParticipantDeadlines:All") >= poison) problems.Add("The participants' board read past the poison event.");
        Console.WriteLine($"  after the poison: {acknowledgedAfter} commands acknowledged, case board at {progress.GetValueOrDefault("CaseDeadlines:All")}, " +
                          $"participants' board held at {progress.GetValueOrDefault("ParticipantDeadlines:All")}");
        var (acknowledged, found, lost, doubled) = await Check(ledger, "poison", problems);

        // The fix of docs/operations.md: archive the event; the daemon retries the paused board by itself.
        await PoisonEvent.Archive(connectionString, poison);
        var fixedAt = Stopwatch.StartNew();
        if (!await Facts.CaughtUp(connectionString, TimeSpan.FromSeconds(60), Facts.BoardShards))
            problems.Add("The participants' board did not resume within 60 s of the event being archived.");
        else if (await Stopped(probe) is { } still)
            problems.Add($"/health/ready still names {string.Join(", ", still.Keys)} once the board caught up.");
        Console.WriteLine($"  event archived: the participants' board caught up {fixedAt.Elapsed.TotalSeconds:F1} s later");
        return new Result("poison event", acknowledged, found, lost, doubled, reported, 30,
            "from the poison event to /health/ready naming its board stopped", problems);
    }

    /// <summary>The boards /health/ready names as stopped, with why; null when none.</summary>
    private static async Task<Dictionary<string, string>?> Stopped(HttpClient probe)
    {
        var body = JsonDocument.Parse(await probe.GetStringAsync("/health/ready")).RootElement;
        return body.GetProperty("entries").GetProperty("projections").TryGetProperty("data", out var data)
               && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("stopped", out var stopped)
            ? stopped.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "")
            : null;
    }

    /// <summary>Acknowledged, found exactly once, lost, doubled (of everything sent); refused commands are problems.</summary>
    private async Task<(int Acknowledged, int Found, int Lost, int Doubled)> Check(Ledger ledger, string tag, List<string> problems,
        string? partnerTag = null)
    {
        var counts = await Facts.Count(connectionString, tag);
        if (partnerTag is not null)
            foreach (var (marker, count) in await Facts.Count(connectionString, partnerTag)) counts[marker] = count;
        var acknowledged = ledger.Acknowledged.Keys.ToList();
        var found = acknowledged.Count(k => counts.GetValueOrDefault(k) == 1);
        var lost = acknowledged.Where(k => counts.GetValueOrDefault(k) == 0).ToList();
        var doubled = counts.Where(c => c.Value > 1).Select(c => c.Key).ToList();
        problems.AddRange(ledger.Refused.Take(5));
        if (ledger.GaveUp > 0) problems.Add($"{ledger.GaveUp} commands never acknowledged within the retry deadline.");
        problems.AddRange(lost.Take(3).Select(k => $"lost: {k}"));
        problems.AddRange(doubled.Take(3).Select(k => $"doubled: {k}"));
        return (acknowledged.Count, found, lost.Count, doubled.Count);
    }

    /// <summary>One command per client first: the API builds its handlers on first use.</summary>
    private static async Task WarmUp(HttpClient[][] clients, List<(Guid CaseId, List<Guid> Participants)> cases)
    {
        for (var w = 0; w < clients.Length; w++)
        {
            var op = Facts.Command("warm", cases[w % cases.Count], w, Random.Shared.Next(1_000_000) * 10);
            // The first requests can outlast the clients' 10 s timeout on a busy machine; a retry is idempotent.
            HttpResponseMessage response;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, op.Path) { Content = JsonContent.Create(op.Body) };
                    request.Headers.Add("Idempotency-Key", op.Key);
                    response = await clients[w][0].SendAsync(request);
                    break;
                }
                catch (TaskCanceledException) when (attempt < 6) { }
            }
            using var _ = response;
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"Warm-up {op.Path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static HttpClient Client(ApiProcess api, string role = "ProjectManager", string? service = null)
    {
        var client = api.Client(role, service);
        // A request stuck on a dead node or database is given up and sent again, not awaited for 100 s.
        client.Timeout = TimeSpan.FromSeconds(10);
        return client;
    }

    /// <summary>Starts a node and notes its process id where deploy/faults.sh kills what a failed drill left running.</summary>
    private static async Task<ApiProcess> Started(string apiDll, string connectionString, int port, byte[]? signingKey = null)
    {
        var api = await ApiProcess.Start(apiDll, connectionString, port, signingKey: signingKey);
        if (Environment.GetEnvironmentVariable("FAULTS_PID_FILE") is { Length: > 0 } file)
            await File.AppendAllTextAsync(file, $"{api.Process.Id}\n");
        return api;
    }

    private DocumentStore Store() => DocumentStore.For(options => CaseStore.Configure(options, connectionString));
}
