namespace CollectiveDismissal.Domain.Participants;

/// <summary>
/// Outplacement figures of the general regime: the value of the offer (Wet 26 december 2013; R30), and for joint committee
/// 200, whose sector fund Cevora takes over the employer's duty (sector CAO of 10 juli 2014; R35), the notice days still
/// owed when a worker switches to an indemnity and the participant's premium. Exact decimal arithmetic.
/// </summary>
public static class OutplacementArithmetic
{
    public const decimal MinimumValue = 1800m;
    public const decimal MaximumValue = 5500m;
    public const decimal PremiumPerPhase = 70m;
    public const decimal HoursPerPhase = 20m;
    public const decimal MaximumPremium = 210m;
    public const decimal ModuleThreeStartsAfterHours = 40m;
    public const decimal FullOutplacementHours = 60m;
    public const decimal NoticeDaysAtStart = 28m;

    /// <summary>
    /// R30: one twelfth of the previous year's annual salary, at least 1,800 and at most 5,500 euro, both bounds
    /// multiplied by the work-time fraction; rounded to cents (midpoint away from zero).
    /// </summary>
    public static decimal OutplacementValue(decimal previousYearAnnualSalary, decimal workTimeFraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(previousYearAnnualSalary);
        if (workTimeFraction is <= 0m or > 1m)
            throw new ArgumentOutOfRangeException(nameof(workTimeFraction), workTimeFraction, "The work-time fraction lies in (0, 1].");
        var (minimum, maximum) = ValueBounds(workTimeFraction);
        var value = Math.Clamp(previousYearAnnualSalary / 12m, minimum, maximum);
        return Math.Round(value, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// R35: calendar days of notice the employer still owes when the worker switches from worked notice to an indemnity
    /// after <paramref name="hoursFollowed"/> hours: ⌈28 − X/60 × 28⌉, and none once more than 40 hours were followed
    /// (module 3 started).
    /// </summary>
    public static int DaysOwedOnSwitchToIndemnity(decimal hoursFollowed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hoursFollowed);
        if (hoursFollowed > ModuleThreeStartsAfterHours) return 0;
        // 28 − X/60 × 28 = 28 × (60 − X) / 60: multiplying first keeps whole results exact (30 h → 14, not 14.000…1).
        var days = Math.Ceiling(NoticeDaysAtStart * (FullOutplacementHours - hoursFollowed) / FullOutplacementHours);
        return (int)Math.Max(0m, days);
    }

    /// <summary>R35: 70 euro per completed 20-hour phase, at most 210 euro.</summary>
    public static decimal ParticipantPremium(decimal hoursFollowed) => CompletedPhases(hoursFollowed) * PremiumPerPhase;

    /// <summary>The 20-hour phases completed, at most the three of a 60-hour outplacement.</summary>
    public static int CompletedPhases(decimal hoursFollowed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hoursFollowed);
        return (int)Math.Min(Math.Floor(hoursFollowed / HoursPerPhase), MaximumPremium / PremiumPerPhase);
    }

    public static (decimal Minimum, decimal Maximum) ValueBounds(decimal workTimeFraction) =>
        (MinimumValue * workTimeFraction, MaximumValue * workTimeFraction);
}
