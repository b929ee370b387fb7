using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;
using Marten;

namespace CollectiveDismissal.Benchmarks;

/// <summary>
/// Builds cases straight through Marten (same store configuration, same inline projections as the API), with events the
/// deciders would accept: the procedure up to an open employment cell, then participants with a realistic history.
/// </summary>
public static class CaseSeeder
{
    // Two years before the benchmarks were written: sessions and meetings dated after today are refused, so every date
    // a benchmark records must lie in the past whenever it runs.
    public static readonly DateOnly AnnouncedOn = new(2025, 1, 4);
    public static readonly DateOnly DismissedOn = new(2025, 4, 3);
    public static readonly DateOnly EnrolledOn = new(2025, 4, 5);

    public static object[] Procedure(Guid caseId) =>
    [
        new DossierPrepared(caseId, new Employer("Acme Steel NV", "0403170701", ["111.01"], Region.Flanders), 9000, 5000,
            ["Closure of the Genk plant"], "pm.bench"),
        new IntentionAnnounced(caseId, AnnouncedOn, InformedBody.WorksCouncil),
        new WorksCouncilConsulted(caseId, AnnouncedOn.AddDays(1), "OR-1", 10, 10),
        new ConsultationClosed(caseId, new DateOnly(2025, 2, 15)),
        new CollectiveDismissalNotified(caseId, new DateOnly(2025, 2, 16)),
        new WaitingPeriodExtended(caseId, new DateOnly(2025, 4, 2), "Director's decision"),
        new TwcOpened(caseId, new DateOnly(2025, 2, 20), EmploymentService.VDAB, ["ACV", "ABVV"], "SPOC")
    ];

    public static async Task<Guid> OpenCase(IDocumentStore store)
    {
        var caseId = Guid.CreateVersion7();
        await using var session = store.LightweightSession();
        session.Events.StartStream<DismissalCase>(caseId, Procedure(caseId));
        await session.SaveChangesAsync();
        return caseId;
    }

    /// <summary>A valid INSZ for a birth date and a sequence number.</summary>
    public static string Insz(DateOnly birthDate, int sequence)
    {
        var nine = long.Parse($"{birthDate:yyMMdd}{sequence % 1000:000}");
        var check = 97 - (birthDate.Year >= 2000 ? 2_000_000_000 + nine : nine) % 97;
        return $"{nine:000000000}{check:00}";
    }

    private static long _enterprises = Random.Shared.Next(0, 9_000_000);

    /// <summary>
    /// A valid enterprise number, a new one each call (97 − first eight mod 97 as check digits): a second open case for a
    /// number is refused, so every case created over HTTP needs its own.
    /// </summary>
    public static string NextEnterpriseNumber()
    {
        var first8 = 1_000_000 + Interlocked.Increment(ref _enterprises) % 9_000_000; // 0100.000.0xx to 0999.999.9xx
        return $"{first8:D8}{97 - first8 % 97:D2}";
    }

    public static DateOnly BirthDate(int i) => new DateOnly(1962, 1, 1).AddDays(i * 7 % 15000);

    public static Person PersonOf(int i) =>
        new($"Bench Person {i}", Insz(BirthDate(i), i), BirthDate(i), $"person{i}@example.be", "+32 470 00 00 00");

    /// <summary>About 30 events per participant: enrolment, acceptance, intake, 25 sessions, a job and, for some, its aftercare.</summary>
    public static IEnumerable<object> History(Guid caseId, Guid id, int i)
    {
        var age = TrajectoryRules.AgeOn(BirthDate(i), AnnouncedOn);
        yield return new ParticipantEnrolled(caseId, id, $"E-{i:00000}", (Gender)(i % 3), ContractKind.Indefinite, (WorkerCategory)(i % 3),
            (TerminationMode)(i % 2), DismissedOn, DismissedOn, EnrolledOn, age);
        yield return new OutplacementAccepted(caseId, id, EnrolledOn);
        yield return new IntakeHeld(caseId, id, EnrolledOn.AddDays(1), "coach", ["CV"], ["Welder"]);
        for (var s = 0; s < 25; s++)
            yield return new GuidanceSessionLogged(caseId, id, EnrolledOn.AddDays(2 + s * 3), 1.5m, GuidanceKind.Individual, null);
        yield return new JobFound(caseId, id, EnrolledOn.AddDays(80), "Limburg Metaal", ContractType.Indefinite, null, 1m);
        if (i % 2 == 0) yield return new AftercareClosed(caseId, id, EnrolledOn.AddDays(170), true);
    }

    /// <summary>
    /// Histories of every kind, for the rebuild: one in ten declines, one in ten leaves after a few sessions, one in
    /// seven is extended, and among those who find a job every third loses it (aftercare closed not still employed).
    /// </summary>
    public static IEnumerable<object> VariedHistory(Guid caseId, Guid id, int i)
    {
        var age = TrajectoryRules.AgeOn(BirthDate(i), AnnouncedOn);
        yield return new ParticipantEnrolled(caseId, id, $"E-{i:00000}", (Gender)(i % 3), ContractKind.Indefinite, (WorkerCategory)(i % 3),
            (TerminationMode)(i % 2), DismissedOn, DismissedOn, EnrolledOn, age);
        if (i % 10 == 0)
        {
            yield return new OutplacementDeclined(caseId, id, EnrolledOn);
            yield break;
        }
        yield return new OutplacementAccepted(caseId, id, EnrolledOn);
        yield return new IntakeHeld(caseId, id, EnrolledOn.AddDays(1), "coach", ["CV"], ["Welder"]);
        var sessions = i % 10 == 1 ? 5 : 25;
        for (var s = 0; s < sessions; s++)
            yield return new GuidanceSessionLogged(caseId, id, EnrolledOn.AddDays(2 + s * 3), 1.5m, (GuidanceKind)(s % 2), null);
        if (i % 10 == 1)
        {
            yield return new ParticipantLeft(caseId, id, EnrolledOn.AddDays(20), (DepartureReason)(i % 6));
            yield break;
        }
        if (i % 7 == 0) yield return new TrajectoryExtended(caseId, id, EnrolledOn.AddDays(60), TrajectoryRules.LatestTrajectoryEnd(EnrolledOn), "more guidance");
        yield return new JobFound(caseId, id, EnrolledOn.AddDays(80), "Limburg Metaal", (ContractType)(i % 5), i % 5 == 1 ? 6 : null, 1m);
        if (i % 3 == 0) yield return new AftercareClosed(caseId, id, EnrolledOn.AddDays(170), i % 2 == 0);
    }

    /// <summary>Enrols <paramref name="count"/> participants with their history, in batches; returns their ids and the events written.</summary>
    public static async Task<(List<Guid> Ids, long Events)> Participants(IDocumentStore store, Guid caseId, int count, int perBatch = 100)
    {
        var ids = new List<Guid>();
        long events = 0;
        for (var start = 0; start < count; start += perBatch)
        {
            await using var session = store.LightweightSession();
            var batch = new List<object>();
            for (var i = start; i < Math.Min(count, start + perBatch); i++)
            {
                var id = Guid.CreateVersion7();
                ids.Add(id);
                batch.AddRange(History(caseId, id, i));
                session.Insert(PersonalRecord.Of(id, caseId, PersonOf(i)));
            }
            session.Events.Append(caseId, batch);
            await session.SaveChangesAsync();
            events += batch.Count;
        }
        return (ids, events);
    }
}
