using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Deadlines;

/// <summary>The deadlines of the board (<c>GET /api/deadlines</c>).</summary>
public enum DeadlineKind
{
    /// <summary>R9: the last day of the waiting period (notification + 30 days, or the extended end).</summary>
    WaitingPeriodEnd,

    /// <summary>R10: the last day the representatives may object (notification + 30 days).</summary>
    ObjectionDeadline,

    /// <summary>R16: the employment cell's availability end (<c>twcAvailableUntil</c>).</summary>
    TwcAvailabilityEnd,

    /// <summary>The participant's trajectory ends (the minimum period, or the latest extension).</summary>
    TrajectoryEnd,

    /// <summary>R23: the front-loading window (first 2 months) ends with hours still missing.</summary>
    FrontLoadingWindowEnd,

    /// <summary>The last day an extended trajectory may reach (enrolment + 12 months − 1 day; R34).</summary>
    TwelveMonthLimit,

    /// <summary>R24: the participant is not registered as a job seeker (R22) 30 days after enrolment; the TWC director is to be told.</summary>
    JobSeekerRegistrationCheck,

    /// <summary>R31, R32, R34: the employer's offer is due (general or 45+ regime), and none is recorded.</summary>
    OutplacementOfferDue,

    /// <summary>R31, R32, R34: the last day of the worker's formal notice when no offer came.</summary>
    FormalNoticeWindowEnd,

    /// <summary>R32, R34: the employer's offer is due after the worker's formal notice.</summary>
    OfferAfterFormalNoticeDue,

    /// <summary>R31, R32, R34: the worker's decision on the offer is due.</summary>
    OutplacementDecisionDue
}

public sealed record DueDate(DeadlineKind Kind, DateOnly DueOn, decimal? MissingHours = null);

/// <summary>
/// Which deadlines a case and a participant have, from the facts recorded so far. A departure, a declined offer or a job
/// takes off, as soon as it is recorded, only the participant's deadlines due on or after its own date: those due before
/// it stay, since the participant is in the trajectory until then.
/// </summary>
public static class DeadlineRules
{
    /// <summary>The case's deadlines once known: the waiting period and objection deadline from the notification, the
    /// cell's availability end from the first enrolment on.</summary>
    public static IReadOnlyList<DueDate> ForCase(DateOnly? waitingPeriodEndsOn, DateOnly? objectionDeadline, DateOnly? twcAvailableUntil) =>
    [
        .. waitingPeriodEndsOn is { } w ? [new DueDate(DeadlineKind.WaitingPeriodEnd, w)] : Array.Empty<DueDate>(),
        .. objectionDeadline is { } o ? [new DueDate(DeadlineKind.ObjectionDeadline, o)] : Array.Empty<DueDate>(),
        .. twcAvailableUntil is { } t ? [new DueDate(DeadlineKind.TwcAvailabilityEnd, t)] : Array.Empty<DueDate>()
    ];

    /// <summary>R23: the hours still missing to be front-loaded (20 h inside the first 2 months); 0 once reached.</summary>
    public static decimal FrontLoadingHoursMissing(decimal hoursInsideWindow) =>
        Math.Max(0m, TrajectoryRules.FrontLoadingHours - hoursInsideWindow);

    public static bool CountsForFrontLoading(DateOnly enrolledOn, DateOnly heldOn) => TrajectoryRules.CountsForFrontLoading(enrolledOn, heldOn);

    /// <summary>
    /// The board's convention for employment: a participant with a recorded job is employed, and has no trajectory
    /// deadlines, until that job's aftercare closes with "not still employed" (searching again, R33–R34). Closing the
    /// aftercare "still employed" keeps them employed.
    /// </summary>
    public static bool EmployedAfterAftercare(bool stillEmployed) => stillEmployed;

    /// <summary>
    /// The day a participant leaves the trajectory, by the dates of what was recorded: the earliest of the departure,
    /// the declined offer and the start of a job that still employs them (<see cref="EmployedAfterAftercare"/>); null
    /// while in it (an offer not yet decided counts as in). A job or departure dated ahead does not take the deadlines
    /// before it off the board.
    /// </summary>
    public static DateOnly? OutOfTrajectoryFrom(DateOnly? leftOn, DateOnly? declinedOn, DateOnly? employedFrom) =>
        new[] { leftOn, declinedOn, employedFrom }.Where(d => d is not null).Min();

    /// <summary>The start of the last job, unless its aftercare closed with "not still employed" (<see cref="EmployedAfterAftercare"/>).</summary>
    public static DateOnly? EmployedFrom(IReadOnlyList<Job>? jobs) =>
        jobs is [.., var last] && (last.AftercareOpen() || EmployedAfterAftercare(last.StillEmployed == true)) ? last.StartsOn : null;

    /// <summary>
    /// R24 (S26): the provider checks the job-seeker registration at the start of the guidance and tells the TWC director
    /// when there is none. The sources give no term: the board's is 30 days after enrolment, the service's own choice.
    /// </summary>
    public const int JobSeekerRegistrationCheckDays = 30;

    public static DateOnly JobSeekerRegistrationCheckDue(DateOnly enrolledOn) => enrolledOn.AddDays(JobSeekerRegistrationCheckDays);

    /// <summary>A participant's deadlines from the facts the report reads of it, and whether a job-seeker registration is recorded.</summary>
    public static IReadOnlyList<DueDate> ForParticipant(ReportFacts p, bool registeredAsJobSeeker) =>
        ForParticipant(p.EnrolledOn, p.TrajectoryEndsOn(), p.Totals?.HoursInFrontLoadingWindow ?? 0,
            OutOfTrajectoryFrom(p.Departure?.LeftOn, p.Decision is { Accepted: false } declined ? declined.DecidedOn : null, EmployedFrom(p.Jobs)),
            registeredAsJobSeeker);

    /// <summary>
    /// A participant's deadlines: the trajectory's end, the 12-month limit, the end of the front-loading window while
    /// hours are missing, and the job-seeker registration check while no registration is recorded (whatever its date: a
    /// registration at the dismissal, before enrolment, is the usual one); only those due before the day it leaves the
    /// trajectory.
    /// </summary>
    public static IReadOnlyList<DueDate> ForParticipant(DateOnly enrolledOn, DateOnly trajectoryEndsOn, decimal hoursInsideFrontLoadingWindow,
        DateOnly? outOfTrajectoryFrom, bool registeredAsJobSeeker)
    {
        var missing = FrontLoadingHoursMissing(hoursInsideFrontLoadingWindow);
        DueDate[] due =
        [
            new DueDate(DeadlineKind.TrajectoryEnd, trajectoryEndsOn),
            .. missing > 0 ? [new DueDate(DeadlineKind.FrontLoadingWindowEnd, TrajectoryRules.FrontLoadingWindowEnd(enrolledOn), missing)] : Array.Empty<DueDate>(),
            new DueDate(DeadlineKind.TwelveMonthLimit, TrajectoryRules.LatestTrajectoryEnd(enrolledOn)),
            .. registeredAsJobSeeker ? Array.Empty<DueDate>() : [new DueDate(DeadlineKind.JobSeekerRegistrationCheck, JobSeekerRegistrationCheckDue(enrolledOn))]
        ];
        return due.Where(d => outOfTrajectoryFrom is null || d.DueOn < outOfTrajectoryFrom).ToList();
    }

    /// <summary>
    /// The offer's deadlines still open (R31, R32, R34; none in the restructuring regime): before an offer, the offer's
    /// deadline and the end of the worker's formal-notice window; after a formal notice, the employer's new deadline;
    /// after an offer, the worker's decision. A decision on the offer closes them all; a departure takes off those due on
    /// or after its date, as for the trajectory's deadlines.
    /// </summary>
    public static IReadOnlyList<DueDate> ForOffer(OfferFacts? facts, DateOnly? decidedOn, DateOnly? leftOn)
    {
        if (facts is null || decidedOn is not null) return [];
        DueDate?[] due = facts switch
        {
            { Offer: not null } => [Due(DeadlineKind.OutplacementDecisionDue, facts.DecisionDueOn())],
            { FormalNotice: not null } => [Due(DeadlineKind.OfferAfterFormalNoticeDue, facts.OfferAfterFormalNoticeDueOn())],
            _ => [Due(DeadlineKind.OutplacementOfferDue, facts.OfferDueOn()), Due(DeadlineKind.FormalNoticeWindowEnd, facts.FormalNoticeWindowEndsOn())]
        };
        return [.. due.OfType<DueDate>().Where(d => leftOn is null || d.DueOn < leftOn)];
    }

    private static DueDate? Due(DeadlineKind kind, DateOnly? on) => on is { } d ? new DueDate(kind, d) : null;

    /// <summary>The board's default and bounds for <c>within</c> (days from today).</summary>
    public const int DefaultWithinDays = 30;
    public const int MinWithinDays = 1;
    public const int MaxWithinDays = 366;

    /// <summary>A deadline is on the board when due from <paramref name="from"/> up to and including from + within days;
    /// missed deadlines (before today) are not shown.</summary>
    public static bool IsDueWithin(DateOnly dueOn, DateOnly from, int withinDays) => dueOn >= from && dueOn <= from.AddDays(withinDays);

    /// <summary>
    /// The kinds a fact can satisfy, so that one past its date without that fact was missed (<c>?overdue=true</c>). A
    /// deadline is on the board only while unresolved, so a missed one stays until its fact is recorded:
    /// <list type="bullet">
    /// <item><c>JobSeekerRegistrationCheck</c>: a registration as a job seeker (R22, R24);</item>
    /// <item><c>OutplacementOfferDue</c>: an offer, a formal notice (which gives the employer a new deadline) or a
    /// decision on the outplacement (R31, R32, R34);</item>
    /// <item><c>OfferAfterFormalNoticeDue</c>: an offer or a decision (R32, R34);</item>
    /// <item><c>OutplacementDecisionDue</c>: the decision (R31, R32, R34).</item>
    /// </list>
    /// The others mark a period that ends, which no fact satisfies: the waiting period, the objection deadline, the cell's
    /// availability, the trajectory's end and its 12-month limit, the worker's formal-notice window (the right lapses),
    /// and the front-loading window (hours after it cannot count; the report's <c>frontLoaded</c> shows the miss).
    /// </summary>
    public static bool CanBeMissed(DeadlineKind kind) => kind is DeadlineKind.JobSeekerRegistrationCheck or DeadlineKind.OutplacementOfferDue
        or DeadlineKind.OfferAfterFormalNoticeDue or DeadlineKind.OutplacementDecisionDue;

    /// <summary>Missed on <paramref name="today"/>: a kind a fact satisfies, due before today and still unresolved.</summary>
    public static bool IsOverdue(DueDate due, DateOnly today) => CanBeMissed(due.Kind) && due.DueOn < today;
}
