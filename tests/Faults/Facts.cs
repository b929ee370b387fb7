using CollectiveDismissal.Api.Integrations.Inbound;
using CollectiveDismissal.Api.Persistence;
using CollectiveDismissal.Benchmarks;
using CollectiveDismissal.Domain.Participants;
using Marten;
using Npgsql;

namespace CollectiveDismissal.Faults;

/// <summary>
/// The drills' cases and commands, and what the event store holds afterwards. Every command's fact carries its marker
/// (a session's topic, an enrolment's personnel reference, a job's employer), so a fact stored twice is seen as such.
/// </summary>
public static class Facts
{
    public static readonly DateOnly EnrolledOn = CaseSeeder.EnrolledOn;

    /// <summary>Cases with their procedure up to an open cell (VDAB) and <paramref name="perCase"/> accepted participants, through Marten.</summary>
    public static async Task<List<(Guid CaseId, List<Guid> Participants)>> Cases(IDocumentStore store, int count, int perCase)
    {
        var cases = new List<(Guid, List<Guid>)>();
        for (var c = 0; c < count; c++)
        {
            var caseId = await CaseSeeder.OpenCase(store);
            var ids = Enumerable.Range(0, perCase).Select(_ => Guid.CreateVersion7()).ToList();
            foreach (var chunk in ids.Select((id, i) => (id, i)).Chunk(500))
            {
                await using var session = store.LightweightSession();
                session.Events.Append(caseId, chunk.SelectMany(p => new object[]
                {
                    new ParticipantEnrolled(caseId, p.id, $"E-{p.i:00000}", Gender.Female, ContractKind.Indefinite, WorkerCategory.BlueCollar,
                        TerminationMode.Indemnity, CaseSeeder.DismissedOn, CaseSeeder.DismissedOn, EnrolledOn, 40),
                    new OutplacementAccepted(caseId, p.id, EnrolledOn)
                }));
                await session.SaveChangesAsync();
            }
            cases.Add((caseId, ids));
        }
        return cases;
    }

    /// <summary>A guidance session (topic = the marker) for one of the case's participants, and every tenth command an enrolment.</summary>
    public static Op Command(string tag, (Guid CaseId, List<Guid> Participants) c, int writer, int n)
    {
        var key = $"{tag}-{writer}-{n}";
        if (n % 10 == 9)
        {
            var birth = new DateOnly(1970, 1, 1).AddDays(n % 9000);
            return new Op(key, $"/api/cases/{c.CaseId}/participants", new
            {
                personnelReference = key,
                person = new { name = $"Drill Person {n}", nationalRegisterNumber = CaseSeeder.Insz(birth, 1 + n % 997), birthDate = birth },
                gender = "Female", contractKind = "Indefinite", workerCategory = "BlueCollar", terminationMode = "Indemnity",
                dismissedOn = CaseSeeder.DismissedOn, contractEndsOn = CaseSeeder.DismissedOn, enrolledOn = EnrolledOn
            }, [key]);
        }
        var participant = c.Participants[n % c.Participants.Count];
        return new Op(key, $"/api/cases/{c.CaseId}/participants/{participant}/guidance-sessions",
            new { heldOn = EnrolledOn.AddDays(1 + n % 60), hours = 1, kind = "Individual", topic = key, services = new[] { "JobSearchCampaign" } },
            [key]);
    }

    /// <summary>A partner batch of <paramref name="size"/> JobFound messages, each for a participant of its own (employer = message id = marker).</summary>
    public static Op? PartnerBatch(string tag, (Guid CaseId, List<Guid> Participants) c, int writer, int n, int size)
    {
        if ((n + 1) * size > c.Participants.Count) return null;
        var ids = Enumerable.Range(n * size, size).Select(i => (Id: $"{tag}-{writer}-{i}", Reference: $"E-{i:00000}")).ToList();
        return new Op($"{tag}-{writer}-b{n}", "/api/integrations/vdab/messages", new
        {
            messages = ids.Select(m => new
            {
                messageId = m.Id, caseId = c.CaseId, personnelReference = m.Reference, kind = "JobFound", occurredOn = EnrolledOn.AddDays(80),
                job = new { employerName = m.Id, contractType = "Indefinite" }
            })
        }, ids.Select(m => m.Id).ToList(), TimeSpan.FromMilliseconds(100));
    }

    /// <summary>How many facts carry each marker starting with <paramref name="tag"/>.</summary>
    public static async Task<Dictionary<string, int>> Count(string connectionString, string tag)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select marker, count(*)::int from (
              select coalesce(data->>'topic', data->>'personnelReference', data->'job'->>'employerName', data->>'employerName') as marker
              from cd.mt_events where type in ('guidance_session_logged', 'participant_enrolled', 'job_found')) m
            where marker like @prefix group by marker
            """, connection);
        command.Parameters.AddWithValue("prefix", tag + "-%");
        var counts = new Dictionary<string, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) counts[reader.GetString(0)] = reader.GetInt32(1);
        return counts;
    }

    /// <summary>The highest event sequence and each async projection's progress.</summary>
    public static async Task<(long Events, Dictionary<string, long> Progress)> Progress(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var max = new NpgsqlCommand("select coalesce(max(seq_id), 0) from cd.mt_events where not is_archived", connection);
        var events = (long)(await max.ExecuteScalarAsync())!;
        await using var command = new NpgsqlCommand("select name, last_seq_id from cd.mt_event_progression", connection);
        var progress = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) progress[reader.GetString(0)] = reader.GetInt64(1);
        return (events, progress);
    }

    public static readonly string[] BoardShards = ["CaseDeadlines:All", "ParticipantDeadlines:All"];

    /// <summary>Waits until every board has read up to the last event; false after <paramref name="timeout"/>.</summary>
    public static async Task<bool> CaughtUp(string connectionString, TimeSpan timeout, params string[] boards)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var (events, progress) = await Progress(connectionString);
            if (boards.All(b => progress.GetValueOrDefault(b) >= events)) return true;
            await Task.Delay(100);
        }
        return false;
    }

    /// <summary>Every document of the two deadline boards, as PostgreSQL prints its JSON (keys ordered), by table and id.</summary>
    public static async Task<Dictionary<string, string>> Boards(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var documents = new Dictionary<string, string>();
        foreach (var table in new[] { "cd.mt_doc_casedeadlines", "cd.mt_doc_participantdeadlines" })
        {
            await using var command = new NpgsqlCommand($"select id::text, data::text from {table}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) documents[$"{table}/{reader.GetString(0)}"] = reader.GetString(1);
        }
        return documents;
    }

    /// <summary>Rebuilds both boards from the events, with the API stopped.</summary>
    public static async Task Rebuild(string connectionString)
    {
        await using var store = DocumentStore.For(options => CaseStore.Configure(options, connectionString));
        using var daemon = await store.BuildProjectionDaemonAsync();
        foreach (var board in new[] { "CaseDeadlines", "ParticipantDeadlines" })
            await daemon.RebuildProjectionAsync(board, TimeSpan.FromMinutes(5), CancellationToken.None);
    }

    /// <summary>Partner messages not yet settled, and those settled other than applied, among <paramref name="ids"/>.</summary>
    public static async Task<(int Pending, List<string> NotApplied)> PartnerOutcomes(IDocumentStore store, IEnumerable<string> ids)
    {
        await using var session = store.QuerySession();
        var keys = ids.Select(id => $"vdab/{id}").ToArray();
        var found = new List<PartnerMessageOutcome>();
        foreach (var chunk in keys.Chunk(500)) found.AddRange(await session.LoadManyAsync<PartnerMessageOutcome>(chunk));
        var pending = keys.Length - found.Count(o => o.State is not (PartnerMessageState.Pending or PartnerMessageState.Retrying));
        return (pending, found.Where(o => o.State is not (PartnerMessageState.Pending or PartnerMessageState.Retrying or PartnerMessageState.Applied))
            .Select(o => $"{o.MessageId}: {o.State} {o.Reason}").ToList());
    }

    /// <summary>Envelopes left in Wolverine's durable inbox (whatever schema Wolverine put it in), by status, owner and type.</summary>
    public static async Task<(long Rows, List<string> Groups)> Inbox(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var find = new NpgsqlCommand(
            "select table_schema from information_schema.tables where table_name = 'wolverine_incoming_envelopes'", connection);
        var schemas = new List<string>();
        await using (var reader = await find.ExecuteReaderAsync())
            while (await reader.ReadAsync()) schemas.Add(reader.GetString(0));
        long rows = 0;
        var groups = new List<string>();
        foreach (var schema in schemas)
        {
            await using var count = new NpgsqlCommand(
                $"select status, owner_id, message_type, count(*) from \"{schema}\".wolverine_incoming_envelopes where status <> 'Handled' group by 1, 2, 3",
                connection);
            await using var reader = await count.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows += reader.GetInt64(3);
                groups.Add($"{reader.GetInt64(3)} {reader.GetString(0)} owned by node {reader.GetInt32(1)} ({reader.GetString(2)})");
            }
        }
        return (rows, groups);
    }
}
