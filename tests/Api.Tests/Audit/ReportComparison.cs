using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CollectiveDismissal.Api.Tests.Audit;

/// <summary>
/// Compares the figures of an expected report with the product's answer: every member of the expected report must be
/// in the answer with the same value (numbers by value, so 70 equals 70.0); members the expected report does not
/// have (<c>final</c>, a version) are not figures and are ignored.
/// </summary>
public static class ReportComparison
{
    public static IReadOnlyList<string> Differences(JsonNode expected, JsonElement actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonElement actual, string path, List<string> differences)
    {
        switch (expected)
        {
            case JsonObject obj:
                if (actual.ValueKind != JsonValueKind.Object)
                {
                    differences.Add($"{path}: expected an object, got {actual.GetRawText()}");
                    return;
                }
                foreach (var (name, value) in obj)
                {
                    if (actual.TryGetProperty(name, out var member)) Compare(value, member, $"{path}.{name}", differences);
                    else differences.Add($"{path}.{name}: missing, expected {value?.ToJsonString()}");
                }
                return;
            case JsonArray array:
                if (actual.ValueKind != JsonValueKind.Array || actual.GetArrayLength() != array.Count)
                {
                    differences.Add($"{path}: expected {array.ToJsonString()}, got {actual.GetRawText()}");
                    return;
                }
                for (var i = 0; i < array.Count; i++) Compare(array[i], actual[i], $"{path}[{i}]", differences);
                return;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                if (actual.ValueKind != JsonValueKind.Number || actual.GetDecimal() != decimal.Parse(value.ToJsonString(), CultureInfo.InvariantCulture))
                    differences.Add($"{path}: expected {value.ToJsonString()}, got {actual.GetRawText()}");
                return;
            default:
                var expectedText = expected?.ToJsonString() ?? "null";
                if (!JsonElement.DeepEquals(JsonDocument.Parse(expectedText).RootElement, actual))
                    differences.Add($"{path}: expected {expectedText}, got {actual.GetRawText()}");
                return;
        }
    }
}
