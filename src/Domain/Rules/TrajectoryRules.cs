using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Domain.Rules;

/// <summary>
/// The trajectory's arithmetic, each convention in one place (domain.md, "Conventions"): months are date to date
/// (<see cref="DateOnly.AddMonths"/>: Jan 31 + 1 month = Feb 28/29), and a period of N months that starts on day S
/// covers S up to and including S + N months − 1 day.
/// </summary>
public static class TrajectoryRules
{
    /// <summary>R21, R23: from this age at the announcement on, the trajectory is 6 months and 60 hours.</summary>
    public const int OlderWorkerAge = 45;

    /// <summary>R23: the hours to front-load, within <see cref="FrontLoadingMonths"/>.</summary>
    public const decimal FrontLoadingHours = 20m;

    public const int FrontLoadingMonths = 2;

    /// <summary>Step 12: the whole trajectory, extensions included, stays within 12 months of enrolment.</summary>
    public const int MaximumMonths = 12;

    /// <summary>Step 11: at most 8 hours per session.</summary>
    public const decimal MaximumSessionHours = 8m;

    /// <summary>
    /// Age in whole years on a date (R21: at the announcement). The convention for a birthday on 29 February:
    /// in a common year the person turns a year older on 28 February (<see cref="DateOnly.AddYears"/>).
    /// </summary>
    public static int AgeOn(DateOnly birthDate, DateOnly on)
    {
        var age = on.Year - birthDate.Year;
        return birthDate.AddYears(age) > on ? age - 1 : age;
    }

    public static bool IsOlderWorker(int ageAtAnnouncement) => ageAtAnnouncement >= OlderWorkerAge;

    /// <summary>R21: under 45, 3 months; 45 or older, 6 months.</summary>
    public static int MinimumMonths(int ageAtAnnouncement) => IsOlderWorker(ageAtAnnouncement) ? 6 : 3;

    /// <summary>R23: under 45, 30 hours; 45 or older, 60 hours.</summary>
    public static int RequiredHours(int ageAtAnnouncement) => IsOlderWorker(ageAtAnnouncement) ? 60 : 30;

    /// <summary>R23: front-loaded with 20 hours or more inside the first 2 months.</summary>
    public static bool IsFrontLoaded(decimal hoursInsideWindow) => hoursInsideWindow >= FrontLoadingHours;

    /// <summary>R21, R23: the required hours (30 or 60) reached inside the minimum period.</summary>
    public static bool HasRequiredHours(decimal hoursInsideMinimumPeriod, int ageAtAnnouncement) =>
        hoursInsideMinimumPeriod >= RequiredHours(ageAtAnnouncement);

    /// <summary>The last day of a period of <paramref name="months"/> months starting on <paramref name="start"/>.</summary>
    public static DateOnly PeriodEnd(DateOnly start, int months) => start.AddMonths(months).AddDays(-1);

    /// <summary>The trajectory runs from enrolment for the minimum period of the participant's age.</summary>
    public static DateOnly TrajectoryEnd(DateOnly enrolledOn, int ageAtAnnouncement) =>
        PeriodEnd(enrolledOn, MinimumMonths(ageAtAnnouncement));

    /// <summary>R23: the last day of the first 2 months, in which 20 hours should be followed.</summary>
    public static DateOnly FrontLoadingWindowEnd(DateOnly enrolledOn) => PeriodEnd(enrolledOn, FrontLoadingMonths);

    /// <summary>R23: a session counts for front-loading when held on or before the window's last day.</summary>
    public static bool CountsForFrontLoading(DateOnly enrolledOn, DateOnly heldOn) => heldOn <= FrontLoadingWindowEnd(enrolledOn);

    /// <summary>Step 12: the last day an extended trajectory may reach: enrolment + 12 months − 1 day.</summary>
    public static DateOnly LatestTrajectoryEnd(DateOnly enrolledOn) => PeriodEnd(enrolledOn, MaximumMonths);

    /// <summary>R38: Indefinite, SelfEmployed, or FixedTerm of 6 months or more.</summary>
    public static bool IsDurable(ContractType contractType, int? contractMonths) => contractType switch
    {
        ContractType.Indefinite or ContractType.SelfEmployed => true,
        ContractType.FixedTerm => contractMonths >= 6,
        _ => false
    };

    /// <summary>Retired, LongTermSick and Deceased are not available for the labour market.</summary>
    public static bool IsUnavailableForWork(DepartureReason reason) =>
        reason is DepartureReason.Retired or DepartureReason.LongTermSick or DepartureReason.Deceased;

    /// <summary>The report's age bands: "&lt;45", "45-49", "50-54", "55+".</summary>
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
    /// R16: the employment cell stays available until the later of the last dismissal of a participant under 45
    /// plus 3 months and the last dismissal of a participant of 45 or older plus 6 months, date to date.
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
