using System.Diagnostics;
using System.Net;
using System.Text;
using CollectiveDismissal.Api.Persistence;
using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using Marten;
using Npgsql;

namespace CollectiveDismissal.Benchmarks;

/// <summary>
/// Issue 4. (1) Importing the employer's list of 2,000 people over HTTP, against appending the same 2,000 enrolments
/// and personal records in process. Goal: under 10 s. In the same rounds, a list of 10,000 over HTTP: the import scales
/// linearly, time(10,000) ≤ 5 × time(2,000). (2) Guidance sessions logged over HTTP on a case of 5,000
/// participants (~150,000 events) against a case of 10, in the same run, at a steady rate (the latency goal: large p50
/// ≤ 2 × small p50, p99 &lt; 50 ms) and saturated (the capacity of one case).
/// </summary>
public static class ParticipantsBenchmark
{
    private const int Clients = 8;
    private const int ImportRows = 2_000;
    private const int LargeImportRows = 10_000;
    private const int LargeCase = 5_000;
    private const int SmallCase = 10;

    /// <summary>
    /// The steady load of the latency goal: 100 sessions a second on one case, some thousand times what a team of
    /// project managers logs on a busy day, and about half of what one case absorbs when saturated on this machine.
    /// </summary>
    private const int Rate = 100;

    public static async Task Run(string connectionString, string apiDll, TimeSpan window, int rounds)
    {
        await using var api = await ApiProcess.Start(apiDll, connectionString, 15481);
        await using var store = DocumentStore.For(options => CaseStore.Configure(options, connectionString));
        using var http = api.Client();
        await Import(store, http, Math.Max(3, rounds / 2 + 1));
        await LargeAndSmall(store, http, connectionString, window, rounds);
    }

    /// <summary>Only the import part (suite <c>participants-import</c>): 2,000 and 10,000 rows, raw and over HTTP.</summary>
    public static async Task RunImport(string connectionString, string apiDll, int rounds)
    {
        await using var api = await ApiProcess.Start(apiDll, connectionString, 15481);
        await using var store = DocumentStore.For(options => CaseStore.Configure(options, connectionString));
        using var http = api.Client();
        await Import(store, http, Math.Max(3, rounds / 2 + 1));
    }

    /// <summary>The employer's list, rows <paramref name="first"/> onwards (references and INSZ unique per row up to 15,000).</summary>
    internal static string Csv(int rows, int first = 0)
    {
        var csv = new StringBuilder("personnelReference;name;nationalRegisterNumber;birthDate;email;phone;gender;contractKind;workerCategory;terminationMode;dismissedOn;contractEndsOn;enrolledOn\n");
        for (var i = first; i < first + rows; i++)
        {
            var p = CaseSeeder.PersonOf(i);
            csv.Append($"E-{i:00000};\"Doe, {p.Name}\";{p.NationalRegisterNumber};{p.BirthDate:yyyy-MM-dd};{p.Email};{p.Phone};Female;Indefinite;BlueCollar;Indemnity;2025-04-03;2025-04-30;2025-05-02\n");
        }
        return csv.ToString();
    }

    /// <summary>Posts the list to a fresh case; the seconds until the 201.</summary>
    private static async Task<double> ImportOverHttp(IDocumentStore store, HttpClient http, string csv)
    {
        var caseId = await CaseSeeder.OpenCase(store);
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsync($"/api/cases/{caseId}/participants/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var seconds = clock.Elapsed.TotalSeconds;
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"Import refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return seconds;
    }

    private static async Task Import(IDocumentStore store, HttpClient http, int rounds)
    {
        var csv = Csv(ImportRows);
        var largeCsv = Csv(LargeImportRows);
        var raw = new List<double>();
        var overHttp = new List<double>();
        var largeOverHttp = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            // Baseline: the same enrolments decided and appended in process, in one transaction, with their personal records.
            var rawCase = await CaseSeeder.OpenCase(store);
            var clock = Stopwatch.StartNew();
            await using (var session = store.LightweightSession())
            {
                var current = await session.LoadAsync<DismissalCase>(rawCase);
                var events = new List<object>();
                for (var i = 0; i < ImportRows; i++)
                {
                    var person = CaseSeeder.PersonOf(i);
                    var command = new EnrollParticipant(Guid.CreateVersion7(), $"E-{i:00000}", person, Gender.Female, ContractKind.Indefinite,
                        WorkerCategory.BlueCollar, TerminationMode.Indemnity, new DateOnly(2025, 4, 3), new DateOnly(2025, 4, 30), new DateOnly(2025, 5, 2));
                    events.Add(ParticipantDecider.Decide(current!, command, false));
                    session.Insert(PersonalRecord.Of(command.ParticipantId, rawCase, person));
                }
                session.Events.Append(rawCase, events);
                await session.SaveChangesAsync();
            }
            var rawSeconds = clock.Elapsed.TotalSeconds;

            // Each size on a fresh case, alternating in every round, so a busy moment of the machine hits both alike.
            var httpSeconds = await ImportOverHttp(store, http, csv);
            var largeSeconds = await ImportOverHttp(store, http, largeCsv);
            if (round == 0) continue; // the first round warms all paths
            raw.Add(rawSeconds);
            overHttp.Add(httpSeconds);
            largeOverHttp.Add(largeSeconds);
            Console.WriteLine($"import round {round}: raw {rawSeconds:F2} s, HTTP {httpSeconds:F2} s; HTTP {LargeImportRows:N0} rows {largeSeconds:F2} s");
        }
        var r = Median(raw);
        var h = Median(overHttp);
        var l = Median(largeOverHttp);
        Console.WriteLine();
        Console.WriteLine($"== Importing {ImportRows:N0} rows ({rounds} rounds after a warm-up, median) ==");
        Console.WriteLine($"raw in-process enrolment of {ImportRows:N0} (decide, append, personal records): {r:F2} s ({ImportRows / r:F0} rows/s)");
        Console.WriteLine($"HTTP POST …/participants/import, text/csv ({csv.Length / 1024} KiB): {h:F2} s ({ImportRows / h:F0} rows/s)");
        Console.WriteLine($"ratio HTTP / raw time: {h / r:F2}");
        Console.WriteLine($"import time: {h:F2} s  (goal < 10 s: {(h < 10 ? "met" : "MISSED")})");
        Console.WriteLine();
        var scale = (double)LargeImportRows / ImportRows;
        var ratio = l / h;
        Console.WriteLine($"== Import scaling over HTTP: {ImportRows:N0} against {LargeImportRows:N0} rows, fresh case each ({rounds} rounds after a warm-up, median) ==");
        Console.WriteLine($"HTTP import of {ImportRows:N0} rows ({csv.Length / 1024} KiB): {h:F2} s ({ImportRows / h:F0} rows/s)");
        Console.WriteLine($"HTTP import of {LargeImportRows:N0} rows ({largeCsv.Length / 1024} KiB): {l:F2} s ({LargeImportRows / l:F0} rows/s)");
        Console.WriteLine($"ratio per round: {string.Join(", ", overHttp.Zip(largeOverHttp, (x, y) => (y / x).ToString("F2")))}");
        Console.WriteLine($"ratio time({LargeImportRows:N0}) / time({ImportRows:N0}), medians: {ratio:F2}  (goal <= {scale:F0}: {(ratio <= scale ? "met" : "MISSED")})");
    }

    private static async Task LargeAndSmall(IDocumentStore store, HttpClient http, string connectionString, TimeSpan window, int rounds)
    {
        var clock = Stopwatch.StartNew();
        var large = await CaseSeeder.OpenCase(store);
        var (largeIds, largeEvents) = await CaseSeeder.Participants(store, large, LargeCase);
        var seeding = clock.Elapsed;
        var small = await CaseSeeder.OpenCase(store);
        var (smallIds, _) = await CaseSeeder.Participants(store, small, SmallCase);
        Console.WriteLine();
        Console.WriteLine($"== Seeded: a case of {LargeCase:N0} participants, {largeEvents + 7:N0} events in {seeding.TotalSeconds:F1} s " +
                          $"({largeEvents / seeding.TotalSeconds:F0} events/s), and a case of {SmallCase} ==");
        await PrintSizes(connectionString, large, small);
        // A real case builds up over months, with autovacuum keeping up; after a bulk seed, settle the tables once so
        // a vacuum or checkpoint the seed itself triggered does not land in the measured rounds.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var settle = new NpgsqlCommand("vacuum analyze; checkpoint;", connection) { CommandTimeout = 600 };
            await settle.ExecuteNonQueryAsync();
        }

        // Sessions go to random participants of each case (all 10 of the small one, all 5,000 of the large one), on
        // 90 different days, so the participants' documents stay the size they have in real life.
        var counter = 0;
        Func<Task<bool>> Log(Guid caseId, IReadOnlyList<Guid> pool) => async () =>
        {
            var n = Interlocked.Increment(ref counter);
            var participant = pool[(int)((uint)(n * 2654435761u) % (uint)pool.Count)];
            var body = $$"""{"heldOn":"{{CaseSeeder.EnrolledOn.AddDays(n % 90):yyyy-MM-dd}}","hours":0.25,"kind":"Group","services":["JobSearchCampaign"]}""";
            using var response = await http.PostAsync($"/api/cases/{caseId}/participants/{participant}/guidance-sessions",
                new StringContent(body, Encoding.UTF8, "application/json"));
            return response.StatusCode == HttpStatusCode.Created;
        };

        await Measurement.Run("warm-up small", Clients, TimeSpan.FromSeconds(5), Log(small, smallIds));
        await Measurement.Run("warm-up large", Clients, TimeSpan.FromSeconds(5), Log(large, largeIds));
        var smallRate = new List<Measurement>();
        var largeRate = new List<Measurement>();
        var smallLoop = new List<Measurement>();
        var largeLoop = new List<Measurement>();
        for (var round = 0; round < rounds; round++)
        {
            smallRate.Add(await Measurement.RunAtRate($"{SmallCase}-participant case, {Rate}/s", Rate, window, Log(small, smallIds)));
            largeRate.Add(await Measurement.RunAtRate($"{LargeCase:N0}-participant case, {Rate}/s", Rate, window, Log(large, largeIds)));
            smallLoop.Add(await Measurement.Run($"{SmallCase}-participant case, {Clients} writers", Clients, window, Log(small, smallIds)));
            largeLoop.Add(await Measurement.Run($"{LargeCase:N0}-participant case, {Clients} writers", Clients, window, Log(large, largeIds)));
        }
        Console.WriteLine();
        Console.WriteLine($"== Guidance sessions logged over HTTP ({rounds} alternating rounds of {window.TotalSeconds:F0} s, median round) ==");
        Console.WriteLine($"-- at a steady {Rate} sessions/s (open loop; latency from the moment each call was due):");
        Report(smallRate, largeRate, true);
        Console.WriteLine($"-- saturated: {Clients} writers without pause on the one case (closed loop; every command on a case takes its row lock, so they queue):");
        Report(smallLoop, largeLoop, false);

        // Reads of the large case's participant list (one client): a page by reference, and a page filtered by status,
        // which reads the status facts of all 5,000 participants.
        Console.WriteLine($"-- reading the {LargeCase:N0}-participant case's list, one client:");
        Func<Task<bool>> Get(string url) => async () =>
        {
            using var response = await http.GetAsync(url);
            return response.StatusCode == HttpStatusCode.OK;
        };
        Console.WriteLine(await Measurement.Run("GET …/participants?pageSize=50", 1, window, Get($"/api/cases/{large}/participants?pageSize=50&asOf=2025-09-01")));
        Console.WriteLine(await Measurement.Run("GET …/participants?status=Searching", 1, window, Get($"/api/cases/{large}/participants?status=Searching&pageSize=50&asOf=2025-09-01")));
        Console.WriteLine(await Measurement.Run("GET …/participants/{pid}", 1, window, Get($"/api/cases/{large}/participants/{largeIds[17]}")));
                await PrintSizes(connectionString, large, small);
    }

    private static async Task PrintSizes(string connectionString, Guid large, Guid small)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task<long> Scalar(string sql, Guid id)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("id", id);
            return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
        }
        foreach (var (name, id) in new[] { ("large", large), ("small", small) })
        {
            var snapshot = await Scalar("select octet_length(data::text) from cd.mt_doc_dismissalcase where id = @id", id);
            var details = await Scalar("select octet_length(data::text) from cd.mt_doc_casedetails where id = @id", id);
            var participant = await Scalar("select coalesce(avg(octet_length(data::text)), 0)::bigint from cd.mt_doc_participant where (data->>'caseId')::uuid = @id", id);
            var events = await Scalar("select count(*) from cd.mt_events where stream_id = @id", id);
            Console.WriteLine($"{name} case: {events:N0} events; write model (DismissalCase) {snapshot:N0} bytes; CaseDetails {details:N0} bytes; " +
                              $"a participant's document {participant:N0} bytes on average");
        }
    }

    private static void Report(List<Measurement> smallRounds, List<Measurement> largeRounds, bool goals)
    {
        var s = Measurement.Median(smallRounds);
        var l = Measurement.Median(largeRounds);
        Console.WriteLine(s);
        Console.WriteLine(l);
        var ratios = smallRounds.Zip(largeRounds, (x, y) => y.P50 / x.P50).Order().ToArray();
        var ratio = ratios[ratios.Length / 2];
        var p99 = largeRounds.Select(m => m.P99).Order().ToArray()[largeRounds.Count / 2];
        Console.WriteLine($"p50 ratio large / small per round: {string.Join(", ", ratios.Select(x => x.ToString("F2")))}; median {ratio:F2}"
                          + (goals ? $"  (goal <= 2: {(ratio <= 2 ? "met" : "MISSED")})" : ""));
        Console.WriteLine($"large case p99, median of the rounds: {p99:F2} ms" + (goals ? $"  (goal < 50 ms: {(p99 < 50 ? "met" : "MISSED")})" : ""));
    }

    private static double Median(List<double> values) => values.Order().ToArray()[values.Count / 2];
}
