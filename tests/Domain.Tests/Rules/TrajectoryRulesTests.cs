using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Tests.Rules;

public class trajectory_rules
{
    [Theory]
    [InlineData("1985-07-30", "2026-10-01", 41)]
    [InlineData("1981-10-01", "2026-10-01", 45)] // the birthday itself counts
    [InlineData("1981-10-02", "2026-10-01", 44)] // one day short of 45
    [InlineData("1980-02-29", "2025-02-28", 45)] // convention: born on 29 February, a year older on 28 February of a common year
    [InlineData("1980-02-29", "2025-02-27", 44)]
    [InlineData("1980-02-29", "2024-02-29", 44)]
    public void age_in_whole_years(string birth, string on, int age) =>
        Assert.Equal(age, TrajectoryRules.AgeOn(DateOnly.Parse(birth), DateOnly.Parse(on)));

    [Theory]
    [InlineData(44, 3, 30)]
    [InlineData(45, 6, 60)]
    [InlineData(61, 6, 60)]
    public void the_age_band_sets_months_and_hours(int age, int months, int hours)
    {
        Assert.Equal(months, TrajectoryRules.MinimumMonths(age));
        Assert.Equal(hours, TrajectoryRules.RequiredHours(age));
    }

    [Fact]
    public void the_worked_example_of_the_conventions()
    {
        var enrolled = new DateOnly(2027, 1, 10);
        Assert.Equal(new DateOnly(2027, 4, 9), TrajectoryRules.TrajectoryEnd(enrolled, 44));
        Assert.Equal(new DateOnly(2027, 7, 9), TrajectoryRules.TrajectoryEnd(enrolled, 51));
        Assert.Equal(new DateOnly(2027, 3, 9), TrajectoryRules.FrontLoadingWindowEnd(enrolled));
        Assert.Equal(new DateOnly(2028, 1, 9), TrajectoryRules.LatestTrajectoryEnd(enrolled));
    }

    [Fact]
    public void months_are_date_to_date_at_the_end_of_a_month()
    {
        // Jan 31 + 1 month = Feb 28 (Feb 29 in a leap year); the period ends the day before.
        Assert.Equal(new DateOnly(2027, 2, 27), TrajectoryRules.PeriodEnd(new DateOnly(2027, 1, 31), 1));
        Assert.Equal(new DateOnly(2028, 2, 28), TrajectoryRules.PeriodEnd(new DateOnly(2028, 1, 31), 1));
        Assert.Equal(new DateOnly(2027, 4, 29), TrajectoryRules.TrajectoryEnd(new DateOnly(2027, 1, 30), 30));
    }

    [Theory]
    [InlineData(ContractType.Indefinite, null, true)]
    [InlineData(ContractType.SelfEmployed, null, true)]
    [InlineData(ContractType.FixedTerm, 6, true)]
    [InlineData(ContractType.FixedTerm, 5, false)]
    [InlineData(ContractType.TemporaryAgency, 12, false)]
    [InlineData(ContractType.Training, 12, false)]
    public void durable_jobs(ContractType type, int? months, bool durable) =>
        Assert.Equal(durable, TrajectoryRules.IsDurable(type, months));

    [Theory]
    [InlineData(44, "<45")]
    [InlineData(45, "45-49")]
    [InlineData(49, "45-49")]
    [InlineData(50, "50-54")]
    [InlineData(54, "50-54")]
    [InlineData(55, "55+")]
    public void report_age_bands(int age, string band) => Assert.Equal(band, TrajectoryRules.AgeBand(age));

    [Theory]
    [InlineData("<45", 44, 45)]
    [InlineData("45-49", 45, 50)]
    [InlineData("50-54", 54, 55)]
    [InlineData("55+", 70, 54)]
    public void an_age_range_holds_exactly_its_band(string band, int inside, int outside)
    {
        var (min, max) = TrajectoryRules.AgeRange(band);
        Assert.True(inside >= min && inside < max);
        Assert.False(outside >= min && outside < max);
        Assert.Equal(band, TrajectoryRules.AgeBand(inside));
    }

    [Fact]
    public void twc_availability_is_the_later_of_three_and_six_months()
    {
        var under = new DateOnly(2027, 3, 31);
        var older = new DateOnly(2027, 1, 15);
        Assert.Null(TrajectoryRules.TwcAvailableUntil(null, null));
        Assert.Equal(new DateOnly(2027, 6, 30), TrajectoryRules.TwcAvailableUntil(under, null));
        Assert.Equal(new DateOnly(2027, 7, 15), TrajectoryRules.TwcAvailableUntil(under, older));
        Assert.Equal(new DateOnly(2027, 7, 30), TrajectoryRules.TwcAvailableUntil(new DateOnly(2027, 4, 30), older));
    }

    [Theory]
    [InlineData(DepartureReason.Retired, true)]
    [InlineData(DepartureReason.LongTermSick, true)]
    [InlineData(DepartureReason.Deceased, true)]
    [InlineData(DepartureReason.MovedAbroad, false)]
    [InlineData(DepartureReason.Unreachable, false)]
    [InlineData(DepartureReason.Other, false)]
    public void availability_for_work(DepartureReason reason, bool unavailable) =>
        Assert.Equal(unavailable, TrajectoryRules.IsUnavailableForWork(reason));
}
