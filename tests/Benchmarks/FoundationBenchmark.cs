using System.Net;
using System.Text;
using CollectiveDismissal.Api.Persistence;
using CollectiveDismissal.Domain.Cases;
using Marten;

namespace CollectiveDismissal.Benchmarks;

/// <summary>
/// Issue 3: dossiers prepared per second over HTTP by 8 concurrent loopback clients, against an in-process Marten
/// loop that starts the same one-event stream on the same store configuration (same inline projections), in the same
/// run. Goal: ratio ≥ 0.6, HTTP p99 under 20 ms.
/// </summary>
public static class FoundationBenchmark
{
    private const int Clients = 8;

    public static async Task Run(string connectionString, string apiDll, TimeSpan window, int rounds)
    {
        await using var api = await ApiProcess.Start(apiDll, connectionString, 15480);
        await using var store = DocumentStore.For(options => CaseStore.Configure(options, connectionString));
        using var http = api.Client();

        // Each case its own enterprise number: a second open case for one number is refused.
        static string Body() => $$"""
            {"employer":{"name":"Acme Steel NV","enterpriseNumber":"{{CaseSeeder.NextEnterpriseNumber()}}","jointCommittees":["111.01"],"region":"Flanders"},
             "averageHeadcount":250,"plannedDismissals":40,"reasons":["Closure of the Genk plant"],"projectManager":"pm.bench"}
            """;
        var dossier = (Guid id) => new DossierPrepared(id, new Employer("Acme Steel NV", "0403170701", ["111.01"], Region.Flanders),
            250, 40, ["Closure of the Genk plant"], "pm.bench");

        async Task<bool> RawAppend()
        {
            await using var session = store.LightweightSession();
            var id = Guid.CreateVersion7();
            session.Events.StartStream<DismissalCase>(id, dossier(id));
            await session.SaveChangesAsync();
            return true;
        }

        async Task<bool> HttpPost()
        {
            using var response = await http.PostAsync("/api/cases", new StringContent(Body(), Encoding.UTF8, "application/json"));
            return response.StatusCode == HttpStatusCode.Created;
        }

        // Warm both paths (JIT, connection pools, Wolverine's generated code) before measuring.
        await Measurement.Run("warm-up raw", Clients, TimeSpan.FromSeconds(10), RawAppend);
        await Measurement.Run("warm-up http", Clients, TimeSpan.FromSeconds(10), HttpPost);

        var raw = new List<Measurement>();
        var overHttp = new List<Measurement>();
        for (var round = 0; round < rounds; round++)
        {
            raw.Add(await Measurement.Run("raw Marten StartStream, 8 writers", Clients, window, RawAppend));
            overHttp.Add(await Measurement.Run("HTTP POST /api/cases, 8 clients", Clients, window, HttpPost));
        }

        var r = Measurement.Median(raw);
        var h = Measurement.Median(overHttp);
        Console.WriteLine();
        Console.WriteLine($"== Dossiers prepared per second ({rounds} alternating rounds of {window.TotalSeconds:F0} s, median round) ==");
        Console.WriteLine(r);
        Console.WriteLine(h);
        // Each round's ratio compares two windows measured back to back; the median of those is the figure.
        var ratios = raw.Zip(overHttp, (a, b) => b.PerSecond / a.PerSecond).Order().ToArray();
        var ratio = ratios[ratios.Length / 2];
        Console.WriteLine($"ratio HTTP / raw per round: {string.Join(", ", ratios.Select(x => x.ToString("F2")))}");
        Console.WriteLine($"ratio HTTP / raw (median): {ratio:F2}  (goal >= 0.60: {(ratio >= 0.6 ? "met" : "MISSED")})");
        Console.WriteLine($"HTTP p99: {h.P99:F2} ms  (goal < 20 ms: {(h.P99 < 20 ? "met" : "MISSED")})");
    }
}
