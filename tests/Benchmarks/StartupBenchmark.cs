using System.Diagnostics;
using System.Net;
using CollectiveDismissal.Api.Persistence;
using Marten;

namespace CollectiveDismissal.Benchmarks;

/// <summary>
/// Issue 14, ADR 17. The API started cold, as production starts it ("static": Production, Wolverine's pre-generated
/// handlers in Static mode) and as every environment started before ("dynamic": Development, Wolverine compiles its
/// handlers with Roslyn at run time), alternating, on the same database and the same Release build. From the process
/// start: ready (an API route answers 401 without a token), the first report answered, and the second (another date, so
/// computed again, not the cache). Also the Roslyn assemblies the process has mapped (none allowed in the static start;
/// the dynamic one shows the check can see them), its resident memory after the second report, and its CPU time.
/// </summary>
public static class StartupBenchmark
{
    private const int Port = 15486;
    private const int Participants = 200;

    private sealed record Start(double ReadyMs, double FirstReportAtMs, double FirstReportMs, double SecondReportMs, int Roslyn, long RssMb,
        double ReadyCpuMs, double FirstReportCpuMs);

    public static async Task Run(string connectionString, string apiDll, int rounds)
    {
        await ApiProcess.ApplySchema(apiDll, connectionString);
        await using var store = DocumentStore.For(options => CaseStore.Configure(options, connectionString));
        var caseId = await CaseSeeder.OpenCase(store);
        await CaseSeeder.Participants(store, caseId, Participants);
        Console.WriteLine();
        Console.WriteLine($"== Start-up: process start to ready and to the first and second report (a case of {Participants} participants), {rounds} rounds, alternating ==");

        var modes = new Dictionary<string, List<Start>> { ["static"] = [], ["dynamic"] = [] };
        for (var round = 0; round < rounds; round++)
        {
            // Alternating which starts first, so neither always finds the warmer file cache.
            foreach (var mode in round % 2 == 0 ? new[] { "static", "dynamic" } : ["dynamic", "static"])
            {
                var start = await Once(apiDll, connectionString, caseId, mode);
                modes[mode].Add(start);
                Console.WriteLine($"  round {round + 1} {mode,-7}: ready {start.ReadyMs,6:F0} ms; first report answered at {start.FirstReportAtMs,6:F0} ms " +
                                  $"(the request {start.FirstReportMs,6:F0} ms); second report {start.SecondReportMs,5:F1} ms; " +
                                  $"Roslyn assemblies mapped {start.Roslyn}; RSS {start.RssMb} MB; CPU {start.ReadyCpuMs:F0} ms to ready, {start.FirstReportCpuMs:F0} ms to the first report");
            }
        }

        double Median(string mode, Func<Start, double> of)
        {
            var sorted = modes[mode].Select(of).Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
        Console.WriteLine($"Medians of {rounds} rounds (static = pre-generated, Production; dynamic = Roslyn at run time, the baseline):");
        foreach (var (label, of) in new (string, Func<Start, double>)[]
                 {
                     ("ready (ms)", s => s.ReadyMs), ("first report answered at (ms)", s => s.FirstReportAtMs),
                     ("first report request (ms)", s => s.FirstReportMs), ("second report request (ms)", s => s.SecondReportMs),
                     ("CPU to ready (ms)", s => s.ReadyCpuMs), ("CPU to the first report (ms)", s => s.FirstReportCpuMs),
                     ("resident memory after (MB)", s => s.RssMb)
                 })
        {
            var (fixedCode, compiled) = (Median("static", of), Median("dynamic", of));
            Console.WriteLine($"  {label,-32} static {fixedCode,8:F1}   dynamic {compiled,8:F1}   static/dynamic {fixedCode / compiled:F2}");
        }

        if (modes["static"].Any(s => s.Roslyn > 0))
            throw new InvalidOperationException("A Production start mapped Roslyn (Microsoft.CodeAnalysis) assemblies.");
        if (modes["dynamic"].All(s => s.Roslyn == 0))
            throw new InvalidOperationException("No Development start mapped Roslyn: the check cannot see it, so it proves nothing.");
        Console.WriteLine("  Roslyn (Microsoft.CodeAnalysis*.dll) mapped: none in any static start; in every dynamic start.");
    }

    private static async Task<Start> Once(string apiDll, string connectionString, Guid caseId, string mode)
    {
        var environment = mode == "dynamic" ? new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" } : null;
        var clock = Stopwatch.StartNew();
        await using var api = ApiProcess.Launch(apiDll, connectionString, Port, environment);
        using var probe = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (api.Process.HasExited) throw new InvalidOperationException($"The API ({mode}) exited while starting.");
            if (clock.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"The API ({mode}) was not ready within 60 s.");
            try
            {
                if ((await probe.GetAsync("/api/cases")).StatusCode == HttpStatusCode.Unauthorized) break;
            }
            catch (HttpRequestException) { }
            await Task.Delay(10);
        }
        var ready = clock.Elapsed.TotalMilliseconds;
        var readyCpu = CpuMs(api.Process.Id);

        using var http = api.Client();
        async Task<double> Report(string asOf)
        {
            var started = clock.Elapsed.TotalMilliseconds;
            using var response = await http.GetAsync($"/api/cases/{caseId}/report?asOf={asOf}");
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"The report ({mode}) answered {(int)response.StatusCode}.");
            await response.Content.ReadAsByteArrayAsync();
            return clock.Elapsed.TotalMilliseconds - started;
        }
        var first = await Report("2025-09-01");
        var firstAt = clock.Elapsed.TotalMilliseconds;
        var firstCpu = CpuMs(api.Process.Id);
        var second = await Report("2025-09-02");
        return new Start(ready, firstAt, first, second, RoslynMapped(api.Process.Id), ResidentMb(api.Process.Id), readyCpu, firstCpu);
    }

    /// <summary>Roslyn's own assemblies among the files the process has mapped (not the satellite resource assemblies).</summary>
    private static int RoslynMapped(int pid) => File.ReadLines($"/proc/{pid}/maps")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Where(fields => fields.Length >= 6).Select(fields => Path.GetFileName(fields[5]))
        .Where(name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                       && name.EndsWith(".dll", StringComparison.Ordinal) && !name.EndsWith(".resources.dll", StringComparison.Ordinal))
        .Distinct().Count();

    /// <summary>
    /// The process's user and system CPU time so far: on a machine shared with other work the wall-clock times wander,
    /// the work the start itself costs much less.
    /// </summary>
    private static double CpuMs(int pid)
    {
        // Fields after the command's closing parenthesis; utime and stime are the 14th and 15th of the whole line.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) * 1000.0 / 100; // USER_HZ is 100 on Linux
    }

    private static long ResidentMb(int pid) => File.ReadLines($"/proc/{pid}/status")
        .Where(line => line.StartsWith("VmRSS:", StringComparison.Ordinal))
        .Select(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).Single();
}
