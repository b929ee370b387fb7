using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;

namespace CollectiveDismissal.Api.Tests.Audit;

/// <summary>
/// Fixed histories, each a file of Audit/Histories (the format the property test writes on a failure: the as-of dates and
/// the history as GET /history returned it): the events are appended again, and the product's report must equal the
/// independent derivation on every date.
/// </summary>
public class ReplayedHistoryTests(AppFixture fixture) : AuditContext(fixture)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Audit", "Histories");

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f)!).Order()];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task the_report_equals_the_independent_derivation_on_a_saved_history(string file)
    {
        var saved = JsonSerializer.Deserialize<JsonElement>(await File.ReadAllTextAsync(Path.Combine(Folder, file)));
        var (caseId, events) = EventsOf(saved.GetProperty("history"));
        var asOf = saved.GetProperty("asOf").EnumerateArray().Select(d => DateOnly.Parse(d.GetString()!)).ToList();
        Assert.NotEmpty(asOf);

        await AppendAsync(caseId, events);
        var history = await HistoryAsync(caseId);
        Assert.Equal(saved.GetProperty("history").GetArrayLength(), history.GetArrayLength());

        var differences = await CompareAsync(caseId, Task.FromResult(history), asOf);
        Assert.True(differences.Count == 0, $"{file}:{Environment.NewLine}  " + string.Join($"{Environment.NewLine}  ", differences));
    }
}
