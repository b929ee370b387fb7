using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Domain.Rules;

/// <summary>
/// The trajectory's rules (KB 9 maart 2006 for the restructuring regime; CAO 82bis for the content and phasing of the
/// outplacement) and its conventions, each in one place where the sources leave them open: months are date to date
/// (<see cref="DateOnly.AddMonths"/>: Jan 31 + 1 month = Feb 28/29), and a period of N months that starts on day S
/// covers S up to and including S + N months − 1 day.
/// </summary>
public static class TrajectoryRules
{
    /// <summary>R21, R23 (KB 9 maart 2006): from this age at the announcement on, the trajectory is 6 months and 60 hours.</summary>
    public const int OlderWorkerAge = 45;

    /// <summary>R23: 20 hours in the first 2 months, the first phase of CAO 82bis.</summary>
    public const decimal FrontLoadingHours = 20m;

    public const int FrontLoadingMonths = 2;

    /// <summary>
    /// Extensions included, a trajectory stays within 12 months of enrolment: the house's limit, taken from the 12 months
    /// of CAO 82bis's three outplacement phases (R34).
    /// </summary>
    public const int MaximumMonths = 12;

    /// <summary>A session lasts at most a working day; the house's limit, no legal term.</summary>
    public const decimal MaximumSessionHours = 8m;

    /// <summary>
    /// Age in whole years on a date; R21 takes it at the announcement, where the sources differ. The convention for a
    /// birthday on 29 February: in a common year the person turns a year older on 28 February (<see cref="DateOnly.AddYears"/>).
    /// </summary>
    public static int AgeOn(DateOnly birthDate, DateOnly on)
    {
        var age = on.Year - birthDate.Year;
        return birthDate.AddYears(age) > on ? age - 1 : age;
    }

    public static bool IsOlderWorker(int ageAtAnnouncement) => ageAtAnnouncement >= OlderWorkerAge;

    /// <summary>R21 (KB 9 maart 2006): the minimum enrolment, 3 months under 45 and 6 months from 45.</summary>
    public static int MinimumMonths(int ageAtAnnouncement) => IsOlderWorker(ageAtAnnouncement) ? 6 : 3;

    /// <summary>R23 (KB 9 maart 2006): 30 hours of outplacement under 45, 60 hours from 45.</summary>
    public static int RequiredHours(int ageAtAnnouncement) => IsOlderWorker(ageAtAnnouncement) ? 60 : 30;

    public static bool IsFrontLoaded(decimal hoursInsideWindow) => hoursInsideWindow >= FrontLoadingHours;

    public static bool HasRequiredHours(decimal hoursInsideMinimumPeriod, int ageAtAnnouncement) =>
        hoursInsideMinimumPeriod >= RequiredHours(ageAtAnnouncement);

    public static DateOnly PeriodEnd(DateOnly start, int months) => start.AddMonths(months).AddDays(-1);

    public static DateOnly TrajectoryEnd(DateOnly enrolledOn, int ageAtAnnouncement) =>
        PeriodEnd(enrolledOn, MinimumMonths(ageAtAnnouncement));

    public static DateOnly FrontLoadingWindowEnd(DateOnly enrolledOn) => PeriodEnd(enrolledOn, FrontLoadingMonths);

    /// <summary>R23: a session counts for front-loading when held on or before the window's last day.</summary>
    public static bool CountsForFrontLoading(DateOnly enrolledOn, DateOnly heldOn) => heldOn <= FrontLoadingWindowEnd(enrolledOn);

    public static DateOnly LatestTrajectoryEnd(DateOnly enrolledOn) => PeriodEnd(enrolledOn, MaximumMonths);

    /// <summary>R38: a durable job as VDAB defines it for the final report (no legal text).</summary>
    public static bool IsDurable(ContractType contractType, int? contractMonths) => contractType switch
    {
        ContractType.Indefinite or ContractType.SelfEmployed => true,
        ContractType.FixedTerm => contractMonths >= 6,
        _ => false
    };

    /// <summary>Not available for the labour market: the report's rates leave them out of the denominator.</summary>
    public static bool IsUnavailableForWork(DepartureReason reason) =>
        reason is DepartureReason.Retired or DepartureReason.LongTermSick or DepartureReason.Deceased;

    public static string AgeBand(int ageAtAnnouncement) => ageAtAnnouncement switch
    {
        < 45 => "<45",
        < 50 => "45-49",
        < 55 => "50-54",
        _ => "55+"
    };

    public static readonly IReadOnlyList<string> AgeBands = ["<45", "45-49", "50-54", "55+"];

    /// <summary>The ages of a band of <see cref="AgeBands"/>: from <c>Min</c> (inclusive) to <c>Max</c> (exclusive).</summary>
    public static (int Min, int Max) AgeRange(string band) => band switch
    {
        "<45" => (0, 45),
        "45-49" => (45, 50),
        "50-54" => (50, 55),
        "55+" => (55, int.MaxValue),
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Not an age band.")
    };

    /// <summary>
    /// R16 (KB 9 maart 2006): the employment cell stays available 3 months after the last dismissal of a worker under 45
    /// and 6 months after the last of a worker of 45 or older, date to date; the later of the two.
    /// </summary>
    public static DateOnly? TwcAvailableUntil(DateOnly? lastDismissalUnder45, DateOnly? lastDismissalFrom45)
    {
        var under = lastDismissalUnder45?.AddMonths(3);
        var older = lastDismissalFrom45?.AddMonths(6);
        return (under, older) switch
        {
            (null, null) => null,
            ({ } u, null) => u,
            (null, { } o) => o,
            ({ } u, { } o) => u > o ? u : o
        };
    }
}
