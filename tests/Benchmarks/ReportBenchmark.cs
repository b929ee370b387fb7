using System.Diagnostics;
using System.Net;
using CollectiveDismissal.Api.Persistence;
using Marten;
using Npgsql;

namespace CollectiveDismissal.Benchmarks;

/// <summary>
/// Issue 5. The employment results report of the 5,000-participant case over HTTP, against <c>GET /api/cases/{id}</c> of
/// the same case in the same run (one client, alternating rounds). Goal: report p50 under 50 ms; the ratio printed.
/// The CSV and the auditor's evidence (which folds the whole stream) are measured too, for the record.
/// </summary>
public static class ReportBenchmark
{
    private const int LargeCase = 5_000;

    public static async Task Run(string connectionString, string apiDll, TimeSpan window, int rounds)
    {
        await using var api = await ApiProcess.Start(apiDll, connectionString, 15482);
        await using var store = DocumentStore.For(options => CaseStore.Configure(options, connectionString));
        using var http = api.Client();

        var clock = Stopwatch.StartNew();
        var large = await CaseSeeder.OpenCase(store);
        var (_, events) = await CaseSeeder.Participants(store, large, LargeCase);
        Console.WriteLine();
        Console.WriteLine($"== Seeded a case of {LargeCase:N0} participants: {events + 7:N0} events in {clock.Elapsed.TotalSeconds:F1} s ==");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var settle = new NpgsqlCommand("vacuum analyze; checkpoint;", connection) { CommandTimeout = 600 };
            await settle.ExecuteNonQueryAsync();
        }

        await InProcess(store, connectionString, large);

        Func<Task<bool>> Get(string url, string accept = "application/json") => async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd(accept);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            return response.StatusCode == HttpStatusCode.OK;
        };
        var caseUrl = $"/api/cases/{large}";
        var reportUrl = $"/api/cases/{large}/report?asOf=2025-09-01";
        // Every request a new date (all after the last session, so the same work): never served from the report cache.
        var day = 0;
        Func<Task<bool>> Computed() => async () =>
        {
            var asOf = new DateOnly(2025, 9, 2).AddDays(Interlocked.Increment(ref day) % 20_000);
            return await Get($"/api/cases/{large}/report?asOf={asOf:yyyy-MM-dd}")();
        };
        await Measurement.Run("warm-up case", 1, TimeSpan.FromSeconds(3), Get(caseUrl));
        await Measurement.Run("warm-up report", 1, TimeSpan.FromSeconds(3), Get(reportUrl));

        var details = new List<Measurement>();
        var computed = new List<Measurement>();
        var repeated = new List<Measurement>();
        for (var round = 0; round < rounds; round++)
        {
            details.Add(await Measurement.Run($"GET /api/cases/{{id}} ({LargeCase:N0} participants)", 1, window, Get(caseUrl)));
            computed.Add(await Measurement.Run($"GET …/report JSON, computed (new asOf each)", 1, window, Computed()));
            repeated.Add(await Measurement.Run($"GET …/report JSON, repeated (same asOf)", 1, window, Get(reportUrl)));
        }
        var d = Measurement.Median(details);
        Console.WriteLine();
        Console.WriteLine($"== The report of the {LargeCase:N0}-participant case over HTTP, one client ({rounds} alternating rounds of {window.TotalSeconds:F0} s, median round) ==");
        Console.WriteLine(d);
        foreach (var (name, rounds_) in new[] { ("computed", computed), ("repeated", repeated) })
        {
            var r = Measurement.Median(rounds_);
            var ratios = details.Zip(rounds_, (x, y) => y.P50 / x.P50).Order().ToArray();
            Console.WriteLine(r);
            Console.WriteLine($"{name}: p50 ratio report / case details per round: {string.Join(", ", ratios.Select(x => x.ToString("F1")))}; median {ratios[ratios.Length / 2]:F1}");
            Console.WriteLine($"{name}: report p50 {r.P50:F1} ms, p99 {r.P99:F1} ms  (goal p50 < 50 ms: {(r.P50 < 50 ? "met" : "MISSED")})");
        }
        Console.WriteLine(await Measurement.Run("GET …/report?asOf= text/csv (5,000 rows)", 1, window, Get(reportUrl, "text/csv")));
        Console.WriteLine(await Measurement.Run("GET …/report/evidence?asOf= (folds the stream)", 1, window,
            Get($"/api/cases/{large}/report/evidence?asOf=2025-09-01")));
    }

    /// <summary>Where the time goes, in process: the report's own load and computation, and a plain read of the documents.</summary>
    private static async Task InProcess(IDocumentStore store, string connectionString, Guid caseId)
    {
        var asOf = new DateOnly(2025, 9, 1);
        var source = new List<double>();
        var documents = new List<double>();
        var rawText = new List<double>();
        var factsLoad = new List<double>();
        var factsText = new List<double>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        for (var i = 0; i < 10; i++)
        {
            await using var session = store.QuerySession();
            var details = await session.LoadAsync<CollectiveDismissal.Projections.Cases.CaseDetails>(caseId);
            var clock = Stopwatch.StartNew();
            await CollectiveDismissal.Api.Reports.ReportSource.Load(session, details!, asOf, TimeProvider.System, new CollectiveDismissal.Api.Reports.ReportCache(), CancellationToken.None);
            source.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            await session.Query<CollectiveDismissal.Domain.Participants.Participant>().Where(p => p.CaseId == caseId).ToListAsync();
            documents.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            await using var command = new NpgsqlCommand("select data::text from cd.mt_doc_participant where case_id = @id", connection);
            command.Parameters.AddWithValue("id", caseId);
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync()) reader.GetString(0);
            rawText.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            await session.Query<CollectiveDismissal.Domain.Reports.ReportFacts>().Where(p => p.CaseId == caseId).ToListAsync();
            factsLoad.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            await using var factsCommand = new NpgsqlCommand("select data::text from cd.mt_doc_reportfacts where case_id = @id", connection);
            factsCommand.Parameters.AddWithValue("id", caseId);
            long bytes = 0;
            await using (var reader = await factsCommand.ExecuteReaderAsync())
                while (await reader.ReadAsync()) bytes += reader.GetString(0).Length;
            factsText.Add(clock.Elapsed.TotalMilliseconds);
            if (i == 0) Console.WriteLine($"report facts: {bytes / LargeCase} bytes per participant");
        }
        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        Console.WriteLine($"in process, median of 10: the report's load and computation {Median(source):F1} ms; " +
                          $"loading the {LargeCase:N0} whole documents {Median(documents):F1} ms; their JSON as text over Npgsql {Median(rawText):F1} ms; " +
                          $"loading the report facts {Median(factsLoad):F1} ms; their JSON as text {Median(factsText):F1} ms");
    }
}
