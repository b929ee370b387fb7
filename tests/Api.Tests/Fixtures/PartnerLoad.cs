using System.Net;
using CollectiveDismissal.Api.Integrations.Inbound;
using Marten;
using Npgsql;

namespace CollectiveDismissal.Api.Tests.Fixtures;

/// <summary>
/// A partner's traffic for the fault tests and the benchmark: per participant a registration and then jobs found and
/// ended in turn, sent by concurrent clients (each owning some participants, so each participant's messages go out in
/// order) in batches, with a share of the messages sent again in later batches.
/// </summary>
public sealed class PartnerLoad(Guid caseId, int participants, int perParticipant = 16, int clients = 8, int batchSize = 50, double repeatShare = 0.2)
{
    public static readonly DateOnly Enrolled = ParticipantScenarios.EnrolledOn;

    public int Distinct => participants * perParticipant;
    public int JobsPerParticipant => (perParticipant - 1 + 1) / 2;
    public int EndedPerParticipant => (perParticipant - 1) / 2;

    public static string Reference(int participant) => $"E-{participant + 1}";

    /// <summary>Enrols and accepts the participants E-1 … E-n on an open Flemish case.</summary>
    public static async Task<Guid> FlemishCase(HttpClient pm, int participants)
    {
        var caseId = await pm.OpenCase();
        for (var i = 0; i < participants; i++)
            await pm.Accept(caseId, await pm.Enrol(caseId, ParticipantScenarios.Enrolment(Reference(i), sequence: i + 1)));
        return caseId;
    }

    private object Message(int participant, int k)
    {
        var id = $"load-{participant}-{k}";
        var on = Enrolled.AddDays(1 + 10 * k);
        if (k == 0) return PartnerScenarios.Registered(id, caseId, Reference(participant), on);
        return k % 2 == 1
            ? PartnerScenarios.JobFound(id, caseId, Reference(participant), on)
            : PartnerScenarios.JobEnded(id, caseId, Reference(participant), on);
    }

    /// <summary>Each client's batches, in sending order; every id is in <see cref="Ids"/>.</summary>
    public IReadOnlyList<IReadOnlyList<(string Id, object Message)[]>> Batches(int seed = 7)
    {
        var random = new Random(seed);
        var all = new List<IReadOnlyList<(string, object)[]>>();
        for (var c = 0; c < clients; c++)
        {
            var mine = Enumerable.Range(0, participants).Where(p => p % clients == c).ToList();
            // Round robin over the client's participants keeps each participant's messages in order.
            var distinct = Enumerable.Range(0, perParticipant).SelectMany(k => mine.Select(p => ($"load-{p}-{k}", Message(p, k)))).ToList();
            var repeats = (int)Math.Round(distinct.Count * repeatShare / (1 - repeatShare));
            var sent = new List<(string, object)>();
            var batches = new List<(string, object)[]>();
            var next = 0;
            while (next < distinct.Count || repeats > 0)
            {
                var again = sent.Count == 0 ? 0 : Math.Min(repeats, next < distinct.Count ? batchSize / 5 : batchSize);
                var fresh = distinct.Skip(next).Take(batchSize - again).ToList();
                next += fresh.Count;
                var batch = fresh.Concat(Enumerable.Range(0, again).Select(_ => sent[random.Next(sent.Count)]))
                    .DistinctBy(m => m.Item1).ToArray();
                repeats -= batch.Length - fresh.Count;
                if (batch.Length == 0) break;
                batches.Add(batch);
                sent.AddRange(fresh);
            }
            all.Add(batches);
        }
        return all;
    }

    public IEnumerable<string> Ids => Enumerable.Range(0, participants).SelectMany(p => Enumerable.Range(0, perParticipant).Select(k => $"load-{p}-{k}"));

    /// <summary>
    /// Sends every client's batches concurrently, each client one batch after the other; a batch not answered 202 (the
    /// database is away) is sent again until it is. Returns when each batch was accepted.
    /// </summary>
    public static async Task<IReadOnlyList<(int Size, DateTimeOffset AcceptedAt)>> Send(Func<HttpClient> client, string service,
        IReadOnlyList<IReadOnlyList<(string Id, object Message)[]>> batches, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var accepted = new System.Collections.Concurrent.ConcurrentBag<(int, DateTimeOffset)>();
        await Task.WhenAll(batches.Select(async mine =>
        {
            var http = client();
            foreach (var batch in mine)
            {
                while (true)
                {
                    HttpResponseMessage? response = null;
                    try { response = await http.Send(service, batch.Select(b => b.Message).ToArray()); }
                    catch (HttpRequestException) { }
                    if (response?.StatusCode == HttpStatusCode.Accepted) { accepted.Add((batch.Length, DateTimeOffset.UtcNow)); break; }
                    if (response is { StatusCode: < HttpStatusCode.InternalServerError })
                        throw new InvalidOperationException($"Batch refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    if (DateTime.UtcNow > deadline) throw new TimeoutException("A batch was not accepted in time.");
                    await Task.Delay(100);
                }
            }
        }));
        return accepted.ToList();
    }

    /// <summary>Every distinct message applied once: the outcomes, the case's events and each participant's jobs prove it.</summary>
    public async Task AssertAppliedExactlyOnce(IDocumentStore store, string connectionString)
    {
        await using var session = store.QuerySession();
        var outcomes = await session.Query<PartnerMessageOutcome>().Where(o => o.CaseId == caseId).ToListAsync();
        Assert.Equal(Distinct, outcomes.Count);
        Assert.Empty(outcomes.Where(o => o.State != PartnerMessageState.Applied).Select(o => $"{o.MessageId}: {o.State} {o.Reason}"));
        Assert.All(outcomes, o => Assert.Equal(1, o.Attempts));

        var events = await session.Events.FetchStreamAsync(caseId);
        Assert.Equal(participants * JobsPerParticipant, events.Count(e => e.Data is Domain.Participants.JobFound));
        Assert.Equal(participants * EndedPerParticipant, events.Count(e => e.Data is Domain.Participants.AftercareClosed));
        Assert.Equal(participants, events.Count(e => e.Data is Domain.Participants.RegisteredAsJobSeeker));

        var people = await session.Query<Domain.Participants.Participant>().Where(p => p.CaseId == caseId).ToListAsync();
        Assert.All(people, p =>
        {
            Assert.Equal(JobsPerParticipant, p.JobList().Count);
            Assert.Equal(EndedPerParticipant, p.JobList().Count(j => j.StillEmployed == false));
        });

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var deadLetters = new NpgsqlCommand("select count(*) from cd.wolverine_dead_letters", connection);
        Assert.Equal(0L, (long)(await deadLetters.ExecuteScalarAsync())!);
    }
}
