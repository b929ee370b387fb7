using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Participants;

// The facts a participant's events record, each with the one function that folds its event into it. Participant,
// ReportFacts and the deadline board keep some of these facts and fold them only through these functions, so they
// cannot disagree.

public sealed record OutplacementDecision(bool Accepted, DateOnly DecidedOn)
{
    public static OutplacementDecision Of(OutplacementAccepted e) => new(true, e.DecidedOn);

    public static OutplacementDecision Of(OutplacementDeclined e) => new(false, e.DecidedOn);

    public static OutplacementDecision Of(OutplacementDecisionCorrected e) => new(e.Accepted, e.DecidedOn);
}

public sealed record Intake(DateOnly HeldOn, string? Coach, IReadOnlyList<string> Goals, IReadOnlyList<string> TargetOccupations)
{
    public static Intake Of(IntakeHeld e) => new(e.HeldOn, e.Coach, e.Goals, e.TargetOccupations);
}

/// <summary>
/// The guidance of one day: its hours, how many sessions gave them, and how many of the hours were in group. Every figure
/// needs only the hours per date, so the participant's document grows with the days of guidance (at most one year's),
/// not with the sessions logged.
/// </summary>
public sealed record GuidanceDay(DateOnly HeldOn, decimal Hours, int Sessions, IReadOnlyList<ServiceHours>? Services = null, decimal GroupHours = 0)
{
    public static decimal HoursUpTo(IEnumerable<GuidanceDay> days, DateOnly lastDay) => days.Where(d => d.HeldOn <= lastDay).Sum(d => d.Hours);

    /// <summary>The hours per service of the days up to and including <paramref name="lastDay"/>.</summary>
    public static IReadOnlyList<ServiceHours> HoursByServiceUpTo(IEnumerable<GuidanceDay> days, DateOnly lastDay) =>
        ServiceHours.Sum(days.Where(d => d.HeldOn <= lastDay).SelectMany(d => ServiceHours.OrUnspecified(d.Services, d.Hours)));

    public static decimal GroupHoursUpTo(IEnumerable<GuidanceDay> days, DateOnly lastDay) => days.Where(d => d.HeldOn <= lastDay).Sum(d => d.GroupHours);

    /// <summary>The session's hours when it was held in group, else 0.</summary>
    public static decimal GroupHoursOf(GuidanceSessionLogged e) => e.Kind == GuidanceKind.Group ? e.Hours : 0;

    /// <summary>A voided session's hours when it was held in group, else 0.</summary>
    public static decimal GroupHoursOf(GuidanceSessionVoided e) => e.Kind == GuidanceKind.Group ? e.Hours : 0;

    /// <summary>The days, by date, with the session added to its day.</summary>
    public static IReadOnlyList<GuidanceDay> Add(IReadOnlyList<GuidanceDay>? days, GuidanceSessionLogged e)
    {
        var list = (days ?? []).ToList();
        var index = list.FindIndex(d => d.HeldOn >= e.HeldOn);
        if (index >= 0 && list[index].HeldOn == e.HeldOn)
            list[index] = list[index] with
            {
                Hours = list[index].Hours + e.Hours, Sessions = list[index].Sessions + 1,
                Services = ServiceHours.Add(list[index].Services, list[index].Hours, ServiceHours.Of(e.Hours, e.Services), e.Hours),
                GroupHours = list[index].GroupHours + GroupHoursOf(e)
            };
        else
            list.Insert(index < 0 ? list.Count : index, new GuidanceDay(e.HeldOn, e.Hours, 1, ServiceHours.Of(e.Hours, e.Services), GroupHoursOf(e)));
        return list;
    }

    /// <summary>The days with a voided session taken off its day, per service too; a day left without sessions goes.</summary>
    public static IReadOnlyList<GuidanceDay> Remove(IReadOnlyList<GuidanceDay>? days, GuidanceSessionVoided e) =>
        [.. (days ?? []).Select(d => d.HeldOn == e.HeldOn
                ? d with
                {
                    Hours = d.Hours - e.Hours, Sessions = d.Sessions - 1,
                    Services = ServiceHours.Add(d.Services, d.Hours, ServiceHours.Of(-e.Hours, e.Services), -e.Hours),
                    GroupHours = d.GroupHours - GroupHoursOf(e)
                }
                : d)
            .Where(d => d.Sessions > 0)];
}

/// <summary>One session as logged, by its id: what a correction names and the participant reads list.</summary>
public sealed record GuidanceSession(Guid Id, DateOnly HeldOn, decimal Hours, GuidanceKind Kind,
    IReadOnlyList<GuidanceService>? Services = null)
{
    public static IReadOnlyList<GuidanceSession> Add(IReadOnlyList<GuidanceSession>? sessions, GuidanceSessionLogged e)
    {
        var list = sessions ?? [];
        return [.. list, new GuidanceSession(EntryIds.Or(e.SessionId, e.ParticipantId, EntryIds.Session, list.Count), e.HeldOn, e.Hours, e.Kind,
            e.Services)];
    }

    public static IReadOnlyList<GuidanceSession> Remove(IReadOnlyList<GuidanceSession>? sessions, GuidanceSessionVoided e) =>
        [.. (sessions ?? []).Where(s => s.Id != e.SessionId)];
}

/// <summary>
/// Running totals of a participant's guidance: all hours, the hours inside the front-loading window and inside the minimum
/// period, the last day with a session, and the hours in group. For any date on or after <c>LastSessionOn</c> they are the report's guidance
/// values, so a report as of today reads these few numbers instead of every day of guidance.
/// </summary>
public sealed record GuidanceTotals(decimal Hours, decimal HoursInFrontLoadingWindow, decimal HoursInMinimumPeriod, DateOnly? LastSessionOn,
    IReadOnlyList<ServiceHours>? HoursByService = null,
    decimal GroupHours = 0)
{
    public static readonly GuidanceTotals None = new(0, 0, 0, null);

    /// <param name="byService">The added hours per service; null when they name none.</param>
    /// <param name="groupHours">The added hours held in group.</param>
    public GuidanceTotals With(DateOnly heldOn, decimal hours, DateOnly enrolledOn, int ageAtAnnouncement, IReadOnlyList<ServiceHours>? byService,
        decimal groupHours) => new(
        Hours + hours,
        HoursInFrontLoadingWindow + (TrajectoryRules.CountsForFrontLoading(enrolledOn, heldOn) ? hours : 0),
        HoursInMinimumPeriod + (heldOn <= TrajectoryRules.TrajectoryEnd(enrolledOn, ageAtAnnouncement) ? hours : 0),
        LastSessionOn is { } last && last > heldOn ? last : heldOn,
        ServiceHours.Add(HoursByService, Hours, byService, hours),
        GroupHours + groupHours);

    /// <summary>
    /// A voided session's hours taken off, per service too. <c>LastSessionOn</c> stays: it may then be later than the last
    /// session left, and a report before it reads the days, which gives the same figures.
    /// </summary>
    public GuidanceTotals Without(DateOnly heldOn, decimal hours, DateOnly enrolledOn, int ageAtAnnouncement,
        IReadOnlyList<GuidanceService>? services, decimal groupHours) =>
        With(heldOn, -hours, enrolledOn, ageAtAnnouncement, ServiceHours.Of(-hours, services), -groupHours) with { LastSessionOn = LastSessionOn };

    /// <summary>All hours per service (those of sessions that named none as unspecified).</summary>
    public IReadOnlyList<ServiceHours> ServiceHoursOrUnspecified() => ServiceHours.OrUnspecified(HoursByService, Hours);
}

public sealed record Extension(DateOnly DecidedOn, DateOnly EndsOn, Guid Id = default)
{
    public static IReadOnlyList<Extension> Add(IReadOnlyList<Extension>? extensions, TrajectoryExtended e)
    {
        var list = extensions ?? [];
        return [.. list, new Extension(e.DecidedOn, e.EndsOn, EntryIds.Or(e.ExtensionId, e.ParticipantId, EntryIds.Extension, list.Count))];
    }

    public static IReadOnlyList<Extension> Remove(IReadOnlyList<Extension>? extensions, TrajectoryExtensionVoided e) =>
        [.. (extensions ?? []).Where(x => x.Id != e.ExtensionId)];
}

public sealed record Job(DateOnly StartsOn, string EmployerName, ContractType ContractType, int? ContractMonths,
    decimal? WorkTimeFraction, DateOnly? AftercareClosedOn = null, bool? StillEmployed = null, Guid Id = default)
{
    public bool IsDurable() => TrajectoryRules.IsDurable(ContractType, ContractMonths);

    public bool AftercareOpen() => AftercareClosedOn is null;

    public static IReadOnlyList<Job> Add(IReadOnlyList<Job>? jobs, JobFound e)
    {
        var list = jobs ?? [];
        return [.. list, new Job(e.StartsOn, e.EmployerName, e.ContractType, e.ContractMonths, e.WorkTimeFraction,
            Id: EntryIds.Or(e.JobId, e.ParticipantId, EntryIds.Job, list.Count))];
    }

    /// <summary>The aftercare closes for the last job: a participant has one job at a time.</summary>
    public static IReadOnlyList<Job> CloseLast(IReadOnlyList<Job> jobs, AftercareClosed e) =>
        [.. jobs.Take(jobs.Count - 1), jobs[^1] with { AftercareClosedOn = e.ClosedOn, StillEmployed = e.StillEmployed }];

    /// <summary>A voided job goes, with its aftercare closure.</summary>
    public static IReadOnlyList<Job> Remove(IReadOnlyList<Job>? jobs, JobVoided e) => [.. (jobs ?? []).Where(j => j.Id != e.JobId)];

    public static IReadOnlyList<Job> Reopen(IReadOnlyList<Job>? jobs, AftercareClosureVoided e) =>
        [.. (jobs ?? []).Select(j => j.Id == e.JobId ? j with { AftercareClosedOn = null, StillEmployed = null } : j)];

    /// <summary>The job's aftercare was open on the date: from the job's start up to and including its closing.</summary>
    public bool InAftercareOn(DateOnly date) => StartsOn <= date && (AftercareClosedOn is null || date <= AftercareClosedOn);

    /// <summary>The job was lost on or before <paramref name="date"/>: its aftercare closed then with "not still employed".</summary>
    public bool EndedOnOrBefore(DateOnly date) => AftercareClosedOn <= date && StillEmployed == false;
}

public sealed record Departure(DateOnly LeftOn, DepartureReason Reason, Guid Id = default)
{
    /// <summary>A participant leaves once, so a departure stored without an id is the participant's first (position 0).</summary>
    public static Departure Of(ParticipantLeft e) => new(e.LeftOn, e.Reason, EntryIds.Or(e.DepartureId, e.ParticipantId, EntryIds.Departure, 0));
}

/// <summary>R22: one registration as a job seeker; in date order, since a registration follows the latest one.</summary>
public sealed record JobSeekerRegistration(DateOnly RegisteredOn, EmploymentService Service)
{
    public static JobSeekerRegistration Of(RegisteredAsJobSeeker e) => new(e.RegisteredOn, e.Service);

    public static IReadOnlyList<JobSeekerRegistration> Add(IReadOnlyList<JobSeekerRegistration>? registrations, RegisteredAsJobSeeker e) =>
        [.. registrations ?? [], Of(e)];
}
