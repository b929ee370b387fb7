using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Tests.Rules;

public class collective_dismissal_thresholds_R1
{
    [Theory]
    [InlineData(20, 20, false)]  // 20 or fewer: never
    [InlineData(21, 9, false)]
    [InlineData(21, 10, true)]
    [InlineData(99, 9, false)]
    [InlineData(99, 10, true)]
    [InlineData(100, 9, false)]  // 10 % of 100 = 10
    [InlineData(100, 10, true)]
    [InlineData(105, 10, false)] // 10 % of 105 = 10.5: 10 is not enough
    [InlineData(105, 11, true)]
    [InlineData(299, 29, false)] // 10 % of 299 = 29.9
    [InlineData(299, 30, true)]
    [InlineData(300, 29, false)] // 300 or more: at least 30
    [InlineData(300, 30, true)]
    [InlineData(5000, 30, true)]
    public void a_dismissal_is_collective_from_the_threshold_of_its_headcount_band(int headcount, int dismissals, bool expected) =>
        Assert.Equal(expected, LegalRules.IsCollectiveDismissal(headcount, dismissals));
}

public class employer_in_restructuring_thresholds_R14
{
    [Theory]
    [InlineData(11, 5, false)]  // at least half of 11 = 5.5
    [InlineData(11, 6, true)]
    [InlineData(10, 5, true)]
    [InlineData(12, 5, false)]
    [InlineData(12, 6, true)]
    [InlineData(20, 6, true)]
    [InlineData(21, 9, false)]
    [InlineData(21, 10, true)]
    [InlineData(99, 10, true)]
    [InlineData(100, 9, false)]
    [InlineData(100, 10, true)]
    [InlineData(299, 29, false)]
    [InlineData(300, 29, false)] // unlike CAO 24, 10 % still applies above 300
    [InlineData(300, 30, true)]
    [InlineData(1000, 99, false)]
    [InlineData(1000, 100, true)]
    public void restructuring_follows_its_own_thresholds(int headcount, int dismissals, bool expected) =>
        Assert.Equal(expected, LegalRules.IsEmployerInRestructuring(headcount, dismissals));
}

public class employment_cell_requirement_R13
{
    [Fact]
    public void required_for_an_employer_in_restructuring_with_more_than_20_workers() =>
        Assert.True(LegalRules.IsEmploymentCellRequired(21, 10, ["200"]));

    [Fact]
    public void not_required_with_20_workers_even_in_restructuring() =>
        Assert.False(LegalRules.IsEmploymentCellRequired(20, 10, ["200"]));

    [Fact]
    public void not_required_when_not_in_restructuring() =>
        Assert.False(LegalRules.IsEmploymentCellRequired(50, 9, ["200"]));

    [Theory]
    [InlineData("225")]
    [InlineData("328")]
    [InlineData("328.01")]
    public void not_required_under_joint_committees_225_and_328(string exempt) =>
        Assert.False(LegalRules.IsEmploymentCellRequired(500, 100, ["200", exempt]));
}

public class deadlines_R9_R10
{
    private static readonly DateOnly Notified = new(2027, 1, 31);

    [Fact]
    public void the_waiting_period_ends_30_days_after_the_notification() =>
        Assert.Equal(new DateOnly(2027, 3, 2), LegalRules.WaitingPeriodEnd(Notified));

    [Fact]
    public void the_waiting_period_can_reach_60_days_after_the_notification() =>
        Assert.Equal(new DateOnly(2027, 4, 1), LegalRules.LatestWaitingPeriodEnd(Notified));

    [Fact]
    public void the_objection_deadline_is_30_days_after_the_notification() =>
        Assert.Equal(new DateOnly(2027, 3, 2), LegalRules.ObjectionDeadline(Notified));

    [Fact]
    public void the_first_works_council_meeting_is_the_day_after_the_announcement() =>
        Assert.Equal(new DateOnly(2027, 1, 1), LegalRules.EarliestWorksCouncilMeeting(new DateOnly(2026, 12, 31)));

    [Theory]
    [InlineData(Region.Flanders, EmploymentService.VDAB)]
    [InlineData(Region.Brussels, EmploymentService.Actiris)]
    [InlineData(Region.Wallonia, EmploymentService.Forem)]
    [InlineData(Region.GermanSpeaking, EmploymentService.ADG)]
    public void the_region_decides_the_competent_service(Region region, EmploymentService service) =>
        Assert.Equal(service, LegalRules.CompetentService(region));
}

public class enterprise_number_KBO
{
    [Theory]
    [InlineData("0403170701", "0403170701")]
    [InlineData("0403.170.701", "0403170701")]
    [InlineData("0403 170 701", "0403170701")]
    [InlineData("1000000021", "1000000021")] // 10000000 mod 97 = 76 → 21
    public void a_valid_number_is_accepted_and_normalized(string input, string normalized)
    {
        Assert.True(EnterpriseNumber.TryNormalize(input, out var result, out _));
        Assert.Equal(normalized, result);
    }

    [Theory]
    [InlineData("0403170702")]  // check digits off by one
    [InlineData("2403170701")]  // first digit must be 0 or 1
    [InlineData("040317070")]   // 9 digits
    [InlineData("04031707011")] // 11 digits
    [InlineData("04031707AB")]
    [InlineData("")]
    [InlineData(null)]
    public void an_invalid_number_is_refused(string? input) =>
        Assert.False(EnterpriseNumber.TryNormalize(input, out _, out _));

    [Theory]
    [InlineData("0403.170.701")]
    [InlineData("0403170701")]
    [InlineData("BE0403170701")]
    [InlineData(" be 0403.170.701 ")]
    [InlineData("BE-0403-170-701")]
    public void a_number_is_found_in_any_written_form(string input)
    {
        Assert.True(EnterpriseNumber.TryNormalizeAnyFormat(input, out var result));
        Assert.Equal("0403170701", result);
    }

    [Theory]
    [InlineData("BE0403170702")]
    [InlineData("NL0403170701")]
    [InlineData("Acme")]
    public void anything_else_is_no_number(string input) => Assert.False(EnterpriseNumber.TryNormalizeAnyFormat(input, out _));
}

public class joint_committees
{
    [Theory]
    [InlineData("200", true)]
    [InlineData("111.01", true)]
    [InlineData("140.03.01", true)]
    [InlineData("20", false)]
    [InlineData("111.1", false)]
    [InlineData("PC 200", false)]
    public void a_joint_committee_has_three_digits_and_optional_sub_committees(string code, bool valid) =>
        Assert.Equal(valid, JointCommittee.IsValid(code));
}
