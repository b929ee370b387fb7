using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Domain.Tests.Participants;

// Attributes cannot hold decimals: the cases pass doubles, converted exactly for these short values.
public class outplacement_value
{
    [Theory]
    [InlineData(60_000, 1.0, 5_000)]
    [InlineData(12_000, 1.0, 1_800)]  // 1,000 → the floor
    [InlineData(120_000, 1.0, 5_500)] // 10,000 → the cap
    [InlineData(21_600, 1.0, 1_800)]  // exactly the floor
    [InlineData(66_000, 1.0, 5_500)]  // exactly the cap
    [InlineData(0, 1.0, 1_800)]
    [InlineData(12_000, 0.5, 1_000)]  // within 900 … 2,750
    [InlineData(6_000, 0.5, 900)]     // 500 → the part-time floor
    [InlineData(60_000, 0.5, 2_750)]  // 5,000 → the part-time cap
    [InlineData(50_000, 1.0, 4_166.67)] // 4,166.666… → cents
    [InlineData(30_000.06, 1.0, 2_500.01)] // 2,500.005 → away from zero
    [InlineData(0, 0.8, 1_440)]
    public void one_twelfth_of_the_salary_within_the_work_time_bounds(double salary, double fraction, double expected) =>
        Assert.Equal((decimal)expected, OutplacementArithmetic.OutplacementValue((decimal)salary, (decimal)fraction));

    [Theory]
    [InlineData(-0.01, 1.0)]
    [InlineData(60_000, 0)]
    [InlineData(60_000, -0.5)]
    [InlineData(60_000, 1.01)]
    public void a_negative_salary_or_a_fraction_outside_zero_to_one_is_refused(double salary, double fraction) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OutplacementArithmetic.OutplacementValue((decimal)salary, (decimal)fraction));
}

public class notice_days_owed_on_switch_to_indemnity
{
    [Theory]
    [InlineData(0, 28)]
    [InlineData(20, 19)]  // 28 − 9.33… = 18.67
    [InlineData(30, 14)]  // exactly 14: no rounding up from a representation error
    [InlineData(15, 21)]  // exactly 21
    [InlineData(40, 10)]  // 28 − 18.67 = 9.33
    [InlineData(0.5, 28)] // 27.77
    [InlineData(2.5, 27)] // 26.83
    [InlineData(40.5, 0)] // module 3 started
    [InlineData(60, 0)]
    [InlineData(100, 0)]
    public void the_remaining_share_of_28_days_rounded_up_until_module_3(double hours, int expected) =>
        Assert.Equal(expected, OutplacementArithmetic.DaysOwedOnSwitchToIndemnity((decimal)hours));

    [Fact]
    public void negative_hours_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OutplacementArithmetic.DaysOwedOnSwitchToIndemnity(-1m));
}

public class participant_premium
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(19.5, 0)]
    [InlineData(20, 70)]
    [InlineData(39.99, 70)]
    [InlineData(40, 140)]
    [InlineData(59.9, 140)]
    [InlineData(60, 210)]
    [InlineData(100, 210)] // capped
    public void seventy_euro_per_completed_20_hour_phase_at_most_210(double hours, int expected) =>
        Assert.Equal((decimal)expected, OutplacementArithmetic.ParticipantPremium((decimal)hours));

    [Fact]
    public void negative_hours_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OutplacementArithmetic.ParticipantPremium(-0.5m));

    [Theory]
    [InlineData(19.99, 0)]
    [InlineData(20, 1)]
    [InlineData(59.5, 2)]
    [InlineData(60, 3)]
    [InlineData(90, 3)]
    public void completed_phases(double hours, int phases) =>
        Assert.Equal(phases, OutplacementArithmetic.CompletedPhases((decimal)hours));

    [Fact]
    public void value_bounds_scale_with_the_work_time_fraction() =>
        Assert.Equal((900m, 2750m), OutplacementArithmetic.ValueBounds(0.5m));
}
