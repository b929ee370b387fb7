using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Api.Tests.Audit;

/// <summary>
/// Plans written by hand for what the random cases (at most 24 participants) rarely reach: a percentage and a mean whose
/// second decimal is exactly 5, rounded half away from zero (6.25 → 6.3, 10.25 → 10.3), and an even median.
/// </summary>
public class RoundingPlanTests(AppFixture fixture) : AuditContext(fixture)
{
    private static ParticipantPlan Young(params Step[] steps) => new(30, 10, 0, 0, 0, false, true, steps);

    private async Task AssertSameReport(CasePlan plan, params (string Path, decimal Value)[] expected)
    {
        var generated = CaseHistoryGenerator.Run(plan);
        Assert.Equal(0, generated.Refused);
        await AppendAsync(generated.CaseId, generated.Events);
        var differences = await CompareAsync(generated.CaseId, HistoryAsync(generated.CaseId), generated.AsOf);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));

        // And the independent figures are the ones worked out by hand here.
        var report = IndependentReport.Derive(await HistoryAsync(generated.CaseId), generated.AsOf[0]);
        foreach (var (path, value) in expected)
            Assert.Equal(value, decimal.Parse(path.Split('.').Aggregate(report.Root, (n, name) => n[name]!).ToJsonString(),
                System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task one_employed_of_16_available_is_6_3_percent() => AssertSameReport(
        new CasePlan(0, 0,
            [Young(new DecideStep(0, true), new JobStep(10, ContractType.Indefinite, null)), .. Enumerable.Repeat(Young(new DecideStep(0, true)), 15)],
            [new AsOfPlan(0, 0, 600)], null),
        ("reEmploymentRate", 6.3m), ("durableReEmploymentRate", 6.3m), ("availableForWork", 16));

    [Fact]
    public Task days_to_job_10_10_10_11_have_a_mean_of_10_3_and_a_median_of_10() => AssertSameReport(
        new CasePlan(0, 0,
            [.. new[] { 10, 10, 10, 11 }.Select(d => Young(new DecideStep(0, true), new JobStep(d, ContractType.Training, null)))],
            [new AsOfPlan(0, 0, 600)], null),
        ("daysToJob.mean", 10.3m), ("daysToJob.median", 10.0m));

    [Fact]
    public Task days_to_job_10_and_13_have_a_median_of_11_5() => AssertSameReport(
        new CasePlan(0, 0,
            [.. new[] { 13, 10 }.Select(d => Young(new DecideStep(0, true), new JobStep(d, ContractType.FixedTerm, 5)))],
            [new AsOfPlan(0, 0, 600)], null),
        ("daysToJob.median", 11.5m), ("daysToJob.mean", 11.5m), ("durableReEmploymentRate", 0m));
}
