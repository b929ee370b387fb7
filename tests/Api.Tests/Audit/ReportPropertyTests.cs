using System.Diagnostics;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Domain.Participants;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit.Abstractions;

namespace CollectiveDismissal.Api.Tests.Audit;

/// <summary>
/// Issue item 6: on every generated case history the product's report equals the auditor's independent derivation from
/// the raw history, at several as-of dates before, during and after the activity. A disagreement is written to
/// <c>audit-failures/</c> in the test output folder, in the format of <c>Audit/Histories/*.json</c>, and printed in the
/// failure message: copy it into Audit/Histories to replay it as a fixed test (<see cref="ReplayedHistoryTests"/>).
/// The whole run replays with <c>AUDIT_REPLAY="seed1,seed2"</c> (printed by FsCheck on failure).
/// </summary>
public class ReportPropertyTests(AppFixture fixture, ITestOutputHelper output) : AuditContext(fixture)
{
    /// <summary>1000 per run; <c>AUDIT_HISTORIES</c> sets another number for a longer soak.</summary>
    private static readonly int Histories = int.TryParse(Environment.GetEnvironmentVariable("AUDIT_HISTORIES"), out var n) && n > 0 ? n : 1000;

    private sealed class Coverage
    {
        public int Events, Refused, AsOfDates;
        public readonly Stopwatch Deciding = new(), Appending = new(), Reading = new();
        public readonly Dictionary<string, int> Seen = [];
        public void Count(string what, int n = 1) => Seen[what] = Seen.GetValueOrDefault(what) + n;
    }

    [Fact]
    public async Task the_report_equals_an_independent_derivation_from_the_history_on_1000_generated_cases()
    {
        var coverage = new Coverage();
        var runs = 0;
        var config = Config.QuickThrowOnFailure.WithMaxTest(Histories).WithQuietOnSuccess(true);
        if (Environment.GetEnvironmentVariable("AUDIT_REPLAY") is { Length: > 0 } replay)
        {
            var seeds = replay.Trim('(', ')', ' ').Split(',');
            var size = seeds.Length > 2 ? FSharpOption<int>.Some(int.Parse(seeds[2])) : FSharpOption<int>.None;
            config = config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(ulong.Parse(seeds[0]), ulong.Parse(seeds[1])), size)));
        }
        var property = Prop.ForAll(CaseHistoryGenerator.Arbitrary, plan =>
        {
            runs++;
            coverage.Deciding.Start();
            var generated = CaseHistoryGenerator.Run(plan);
            coverage.Deciding.Stop();
            Task.Run(() => CheckOneAsync(generated, coverage)).GetAwaiter().GetResult();
        });

        var clock = Stopwatch.StartNew();
        await Task.Run(() => Check.One(config, property));
        clock.Stop();

        output.WriteLine($"{runs} generated histories, {coverage.Events} events ({coverage.Refused} commands refused by the deciders), " +
                         $"{coverage.AsOfDates} reports compared, in {clock.Elapsed.TotalSeconds:0.0} s (deciding {coverage.Deciding.Elapsed.TotalSeconds:0.0} s, " +
                         $"appending {coverage.Appending.Elapsed.TotalSeconds:0.0} s, reading and comparing {coverage.Reading.Elapsed.TotalSeconds:0.0} s)");
        output.WriteLine(string.Join(", ", coverage.Seen.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        Assert.Equal(Histories, runs);
        // The generator reaches every situation the issue names (counted over the whole run).
        foreach (var what in Enum.GetNames<DepartureReason>().Select(r => $"left {r}")
                     .Concat(Enum.GetNames<ContractType>().Select(t => $"job {t}"))
                     .Concat(["declined", "second job", "aftercare still employed", "aftercare not still employed", "extended",
                         "fixed-term < 6 months", "fixed-term >= 6 months", "session after the front-loading window",
                         "session after the minimum period", "as of before the first enrolment", "status employed",
                         "status searching", "status declined", "status left", "status searching after a lost job", "case closed",
                         "status employed durably", "front-loaded", "reached required hours", "extended as of the date",
                         "registered as a job seeker", "session without services", "session with one service",
                         "session with several services", "aftercare contact", "aftercare contact after the trajectory",
                         "group session", "second works council meeting", "pre-trajectory activity",
                         "stakeholder consultation", "as of the day of a meeting",
                         "voided session", "voided job", "voided aftercare closure", "voided extension",
                         "voided departure", "corrected decision", "corrected enrolment date", "reopened", "cancelled"]))
            Assert.True(coverage.Seen.GetValueOrDefault(what) > 0, $"The generator never produced: {what}");
    }

    private async Task CheckOneAsync(GeneratedCase generated, Coverage coverage)
    {
        coverage.Appending.Start();
        await AppendAsync(generated.CaseId, generated.Events);
        coverage.Appending.Stop();
        coverage.Reading.Start();
        // The history and the reports are read together: the reports do not depend on the history's answer.
        var reading = HistoryAsync(generated.CaseId);
        var differences = await CompareAsync(generated.CaseId, reading, generated.AsOf);
        var history = await reading;
        coverage.Reading.Stop();
        lock (coverage) Count(generated, coverage);
        if (differences.Count == 0) return;

        var file = Replayable(history, generated.AsOf, $"Generated; the product's report differed: {differences[0]}");
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "audit-failures"));
        // While FsCheck shrinks a failure, each smaller failing history is written: the latest file is the smallest.
        var path = Path.Combine(folder.FullName, $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{generated.CaseId}.json");
        await File.WriteAllTextAsync(path, file);
        throw new Xunit.Sdk.XunitException(
            $"The product's report and the independent derivation differ:{Environment.NewLine}  " +
            string.Join($"{Environment.NewLine}  ", differences) + $"{Environment.NewLine}" +
            $"Replay: copy {path} into tests/Api.Tests/Audit/Histories/. The history and the as-of dates:{Environment.NewLine}{file}");
    }

    private static void Count(GeneratedCase generated, Coverage coverage)
    {
        coverage.Events += generated.Events.Count;
        coverage.Refused += generated.Refused;
        coverage.AsOfDates += generated.AsOf.Distinct().Count();
        var participants = new Dictionary<Guid, Participant>();
        foreach (var e in generated.Events)
        {
            if (e is IParticipantEvent pe) participants[pe.ParticipantId] = Participant.Evolve(participants.GetValueOrDefault(pe.ParticipantId), e)!;
            switch (e)
            {
                case ParticipantLeft left: coverage.Count($"left {left.Reason}"); break;
                case OutplacementDeclined: coverage.Count("declined"); break;
                case TrajectoryExtended: coverage.Count("extended"); break;
                case RegisteredAsJobSeeker: coverage.Count("registered as a job seeker"); break;
                case AftercareContactLogged contact:
                    coverage.Count(contact.HeldOn > participants[contact.ParticipantId].TrajectoryEndsOn
                        ? "aftercare contact after the trajectory" : "aftercare contact");
                    break;
                case GuidanceSessionLogged session:
                    coverage.Count(session.Services switch
                    {
                        null => "session without services",
                        { Count: 1 } => "session with one service",
                        _ => "session with several services"
                    });
                    if (session.Kind == GuidanceKind.Group) coverage.Count("group session");
                    break;
                case CollectiveDismissal.Domain.Cases.CaseClosed: coverage.Count("case closed"); break;
                case CollectiveDismissal.Domain.Cases.InformationSessionHeld: coverage.Count("pre-trajectory activity"); break;
                case CollectiveDismissal.Domain.Cases.StakeholderConsulted: coverage.Count("stakeholder consultation"); break;
                case GuidanceSessionVoided: coverage.Count("voided session"); break;
                case JobVoided: coverage.Count("voided job"); break;
                case AftercareClosureVoided: coverage.Count("voided aftercare closure"); break;
                case TrajectoryExtensionVoided: coverage.Count("voided extension"); break;
                case DepartureVoided: coverage.Count("voided departure"); break;
                case OutplacementDecisionCorrected: coverage.Count("corrected decision"); break;
                case EnrolmentCorrected { EnrolledOn: not null }: coverage.Count("corrected enrolment date"); break;
                case CollectiveDismissal.Domain.Cases.CaseReopened: coverage.Count("reopened"); break;
                case CollectiveDismissal.Domain.Cases.CaseCancelled: coverage.Count("cancelled"); break;
                case AftercareClosed closed: coverage.Count(closed.StillEmployed ? "aftercare still employed" : "aftercare not still employed"); break;
                case JobFound job:
                    coverage.Count($"job {job.ContractType}");
                    if (job.ContractType == ContractType.FixedTerm) coverage.Count(job.ContractMonths >= 6 ? "fixed-term >= 6 months" : "fixed-term < 6 months");
                    if (participants[job.ParticipantId].JobList().Count > 1) coverage.Count("second job");
                    break;
            }
        }
        foreach (var p in participants.Values)
        {
            if (p.SessionList().Any(s => s.HeldOn > p.FrontLoadingWindowEndsOn())) coverage.Count("session after the front-loading window");
            if (p.SessionList().Any(s => s.HeldOn > p.MinimumPeriodEndsOn())) coverage.Count("session after the minimum period");
            foreach (var asOf in generated.AsOf.Distinct())
            {
                var status = p.StatusAt(asOf);
                if (status is { } s) coverage.Count($"status {s.ToString().ToLowerInvariant()}");
                if (status == ParticipantStatus.Searching && p.JobList().Any(j => j.StartsOn <= asOf)) coverage.Count("status searching after a lost job");
                if (status == ParticipantStatus.Employed && p.CurrentJobAt(asOf)!.IsDurable()) coverage.Count("status employed durably");
                if (status is not null && p.FrontLoaded(asOf)) coverage.Count("front-loaded");
                if (status is not null && p.ReachedRequiredHours(asOf)) coverage.Count("reached required hours");
                if (status is not null && p.ExtensionList().Any(e => e.DecidedOn <= asOf)) coverage.Count("extended as of the date");
            }
        }
        if (participants.Count > 0 && generated.AsOf.Any(d => d < participants.Values.Min(p => p.EnrolledOn))) coverage.Count("as of before the first enrolment");
        if (generated.Events.OfType<CollectiveDismissal.Domain.Cases.WorksCouncilConsulted>().Count() > 1) coverage.Count("second works council meeting");
        var meetingDays = generated.Events.Select(e => e switch
        {
            CollectiveDismissal.Domain.Cases.WorksCouncilConsulted m => m.HeldOn,
            CollectiveDismissal.Domain.Cases.TwcMeetingHeld m => m.HeldOn,
            CollectiveDismissal.Domain.Cases.InformationSessionHeld m => m.HeldOn,
            CollectiveDismissal.Domain.Cases.StakeholderConsulted m => (DateOnly?)m.HeldOn,
            _ => null
        }).OfType<DateOnly>().ToHashSet();
        if (generated.AsOf.Any(meetingDays.Contains)) coverage.Count("as of the day of a meeting");
    }
}
