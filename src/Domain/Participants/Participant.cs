using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Participants;

public sealed record OutplacementDecision(bool Accepted, DateOnly DecidedOn);

public sealed record Intake(DateOnly HeldOn, string? Coach, IReadOnlyList<string> Goals, IReadOnlyList<string> TargetOccupations);

/// <summary>
/// The guidance of one day: its hours and how many sessions gave them. Every figure needs only the hours per date, so
/// the participant's document grows with the days of guidance (at most one year's), not with the sessions logged.
/// </summary>
public sealed record GuidanceDay(DateOnly HeldOn, decimal Hours, int Sessions)
{
    /// <summary>The hours of the days on or before <paramref name="lastDay"/>.</summary>
    public static decimal HoursUpTo(IEnumerable<GuidanceDay> days, DateOnly lastDay) => days.Where(d => d.HeldOn <= lastDay).Sum(d => d.Hours);
}

public sealed record Job(DateOnly StartsOn, string EmployerName, ContractType ContractType, int? ContractMonths,
    decimal? WorkTimeFraction, DateOnly? AftercareClosedOn = null, bool? StillEmployed = null)
{
    public bool IsDurable() => TrajectoryRules.IsDurable(ContractType, ContractMonths);

    public bool AftercareOpen() => AftercareClosedOn is null;

    public static Job Of(JobFound e) => new(e.StartsOn, e.EmployerName, e.ContractType, e.ContractMonths, e.WorkTimeFraction);

    /// <summary>The jobs after the aftercare of the last one closed.</summary>
    public static IReadOnlyList<Job> CloseLast(IReadOnlyList<Job> jobs, AftercareClosed e) =>
        [.. jobs.Take(jobs.Count - 1), jobs[^1] with { AftercareClosedOn = e.ClosedOn, StillEmployed = e.StillEmployed }];

    /// <summary>The job was lost on or before <paramref name="date"/>: its aftercare closed then with "not still employed".</summary>
    public bool EndedOnOrBefore(DateOnly date) => AftercareClosedOn <= date && StillEmployed == false;
}

public sealed record Departure(DateOnly LeftOn, DepartureReason Reason);

/// <summary>
/// Running totals of a participant's guidance: all hours, the hours inside the front-loading window and inside the minimum
/// period, and the last day with a session. For any date on or after <c>LastSessionOn</c> they are the report's guidance
/// values, so a report as of today reads these few numbers instead of every day of guidance.
/// </summary>
public sealed record GuidanceTotals(decimal Hours, decimal HoursInFrontLoadingWindow, decimal HoursInMinimumPeriod, DateOnly? LastSessionOn)
{
    public static readonly GuidanceTotals None = new(0, 0, 0, null);

    public GuidanceTotals With(DateOnly heldOn, decimal hours, DateOnly frontLoadingWindowEnd, DateOnly minimumPeriodEnd) => new(
        Hours + hours,
        HoursInFrontLoadingWindow + (heldOn <= frontLoadingWindowEnd ? hours : 0),
        HoursInMinimumPeriod + (heldOn <= minimumPeriodEnd ? hours : 0),
        LastSessionOn is { } last && last > heldOn ? last : heldOn);
}

/// <summary>A trajectory extension: decided on a date, to a new end.</summary>
public sealed record Extension(DateOnly DecidedOn, DateOnly EndsOn);

/// <summary>
/// One participant, folded from its events in the case's stream. It is both the participant's write model (a
/// command loads this one document, not the case's whole stream) and the source of the participant reads and the
/// report. It holds no personal data.
/// </summary>
public sealed record Participant(
    Guid Id,
    Guid CaseId,
    string PersonnelReference,
    Gender Gender,
    ContractKind ContractKind,
    WorkerCategory WorkerCategory,
    TerminationMode TerminationMode,
    DateOnly DismissedOn,
    DateOnly ContractEndsOn,
    DateOnly EnrolledOn,
    int AgeAtAnnouncement,
    DateOnly TrajectoryEndsOn,
    OutplacementDecision? Decision = null,
    Intake? Intake = null,
    IReadOnlyList<GuidanceDay>? Guidance = null,
    IReadOnlyList<Extension>? Extensions = null,
    IReadOnlyList<Job>? Jobs = null,
    Departure? Departure = null,
    bool PersonalDataErased = false,
    GuidanceTotals? Totals = null)
{
    /// <summary>The guidance's running totals (every session, whatever its date).</summary>
    public GuidanceTotals TotalsOrNone() => Totals ?? GuidanceTotals.None;

    /// <summary>The days of guidance, by date.</summary>
    public IReadOnlyList<GuidanceDay> SessionList() => Guidance ?? [];

    /// <summary>Sessions held on or before <paramref name="asOf"/> (all of them without a date).</summary>
    public int SessionCount(DateOnly? asOf = null) => SessionList().Where(s => asOf is null || s.HeldOn <= asOf).Sum(s => s.Sessions);

    private Participant WithSession(DateOnly heldOn, decimal hours)
    {
        var days = SessionList().ToList();
        var index = days.FindIndex(d => d.HeldOn >= heldOn);
        if (index >= 0 && days[index].HeldOn == heldOn)
            days[index] = days[index] with { Hours = days[index].Hours + hours, Sessions = days[index].Sessions + 1 };
        else
            days.Insert(index < 0 ? days.Count : index, new GuidanceDay(heldOn, hours, 1));
        return this with { Guidance = days, Totals = TotalsOrNone().With(heldOn, hours, FrontLoadingWindowEndsOn(), MinimumPeriodEndsOn()) };
    }

    public IReadOnlyList<Job> JobList() => Jobs ?? [];

    public int RequiredHours() => TrajectoryRules.RequiredHours(AgeAtAnnouncement);

    public string AgeBand() => TrajectoryRules.AgeBand(AgeAtAnnouncement);

    public DateOnly FrontLoadingWindowEndsOn() => TrajectoryRules.FrontLoadingWindowEnd(EnrolledOn);

    /// <summary>The last day of the minimum period (3 or 6 months), before any extension.</summary>
    public DateOnly MinimumPeriodEndsOn() => TrajectoryRules.TrajectoryEnd(EnrolledOn, AgeAtAnnouncement);

    public bool Accepted() => Decision is { Accepted: true };

    public IReadOnlyList<Extension> ExtensionList() => Extensions ?? [];

    /// <summary>The trajectory's end as known on a date: the minimum period, or the last extension decided by then.</summary>
    public DateOnly TrajectoryEndsOnAt(DateOnly asOf) =>
        ExtensionList().LastOrDefault(e => e.DecidedOn <= asOf)?.EndsOn ?? MinimumPeriodEndsOn();

    /// <summary>Hours of the sessions held on or before <paramref name="asOf"/> (all of them without a date).</summary>
    public decimal DeliveredHours(DateOnly? asOf = null) =>
        SessionList().Where(s => asOf is null || s.HeldOn <= asOf).Sum(s => s.Hours);

    /// <summary>R23: 20 hours or more with sessions inside the first 2 months (held on or before <paramref name="asOf"/>).</summary>
    public bool FrontLoaded(DateOnly? asOf = null) =>
        TrajectoryRules.IsFrontLoaded(GuidanceDay.HoursUpTo(SessionList(), Earlier(asOf, FrontLoadingWindowEndsOn())));

    /// <summary>The required hours (30 or 60) reached with sessions inside the minimum period (3 or 6 months).</summary>
    public bool ReachedRequiredHours(DateOnly? asOf = null) =>
        TrajectoryRules.HasRequiredHours(GuidanceDay.HoursUpTo(SessionList(), Earlier(asOf, MinimumPeriodEndsOn())), AgeAtAnnouncement);

    private static DateOnly Earlier(DateOnly? asOf, DateOnly end) => asOf is { } d && d < end ? d : end;

    /// <summary>The latest job with a start on or before the date.</summary>
    public Job? CurrentJobAt(DateOnly date) => CurrentJobAt(Jobs, date);

    public static Job? CurrentJobAt(IReadOnlyList<Job>? jobs, DateOnly date) =>
        (jobs ?? []).Where(j => j.StartsOn <= date).MaxBy(j => j.StartsOn);

    /// <summary>The report's status rules, the first that holds; null when not enrolled on or before the date.</summary>
    public ParticipantStatus? StatusAt(DateOnly date) => StatusAt(date, EnrolledOn, Decision, Jobs, Departure);

    /// <summary>The status rules on just the facts they need, so a list can filter without loading whole documents.</summary>
    public static ParticipantStatus? StatusAt(DateOnly date, DateOnly enrolledOn, OutplacementDecision? decision, IReadOnlyList<Job>? jobs,
        Departure? departure)
    {
        if (enrolledOn > date) return null;
        if (departure is { } d && d.LeftOn <= date) return ParticipantStatus.Left;
        if (decision is { Accepted: false } declined && declined.DecidedOn <= date) return ParticipantStatus.Declined;
        var job = CurrentJobAt(jobs, date);
        if (job is not null && !job.EndedOnOrBefore(date)) return ParticipantStatus.Employed;
        return ParticipantStatus.Searching;
    }

    /// <summary>The latest business date recorded for the participant: leaving cannot precede it.</summary>
    public DateOnly LatestRecordedDate() => new[]
        {
            (DateOnly?)EnrolledOn, Decision?.DecidedOn, Intake?.HeldOn,
            SessionList().Count > 0 ? SessionList().Max(s => s.HeldOn) : null,
            ExtensionList().Count > 0 ? ExtensionList().Max(e => e.DecidedOn) : null,
            JobList().Count > 0 ? JobList().Max(j => j.AftercareClosedOn ?? j.StartsOn) : null
        }.Max()!.Value;

    private static Participant Start(ParticipantEnrolled e) => new(e.ParticipantId, e.CaseId, e.PersonnelReference, e.Gender,
        e.ContractKind, e.WorkerCategory, e.TerminationMode, e.DismissedOn, e.ContractEndsOn, e.EnrolledOn, e.AgeAtAnnouncement,
        TrajectoryRules.TrajectoryEnd(e.EnrolledOn, e.AgeAtAnnouncement));

    /// <summary>Folds one event of the case's stream into the participant it names.</summary>
    public static Participant? Evolve(Participant? state, object @event) => (state, @event) switch
    {
        (_, ParticipantEnrolled e) => Start(e),
        (null, _) => null,
        ({ } p, OutplacementAccepted e) => p with { Decision = new OutplacementDecision(true, e.DecidedOn) },
        ({ } p, OutplacementDeclined e) => p with { Decision = new OutplacementDecision(false, e.DecidedOn) },
        ({ } p, IntakeHeld e) => p with { Intake = new Intake(e.HeldOn, e.Coach, e.Goals, e.TargetOccupations) },
        ({ } p, GuidanceSessionLogged e) => p.WithSession(e.HeldOn, e.Hours),
        ({ } p, TrajectoryExtended e) => p with { TrajectoryEndsOn = e.EndsOn, Extensions = [.. p.ExtensionList(), new Extension(e.DecidedOn, e.EndsOn)] },
        ({ } p, JobFound e) => p with { Jobs = [.. p.JobList(), Job.Of(e)] },
        ({ } p, AftercareClosed e) => p with { Jobs = Job.CloseLast(p.JobList(), e) },
        ({ } p, ParticipantLeft e) => p with { Departure = new Departure(e.LeftOn, e.Reason) },
        ({ } p, PersonalDataErased _) => p with { PersonalDataErased = true },
        ({ } p, _) => p
    };
}
