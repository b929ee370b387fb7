using System.Globalization;
using System.Text;
using CollectiveDismissal.Domain.Reports;

namespace CollectiveDismissal.Api.Reports.Rendering;

/// <summary>
/// The report as RFC 4180 CSV: one row per participant counted, with its status and every value a figure is computed
/// from, so the figures can be summed again from the file. No personal data: participants are named by their id. Headers
/// are in the report's language; values are the contract's codes (dates yyyy-MM-dd, decimals with a point, enums as in
/// the JSON), identical in every language.
/// </summary>
public static class ReportCsv
{
    private static readonly (string Key, Func<ReportRow, object?> Value)[] Columns =
    [
        ("participantId", r => r.ParticipantId),
        ("enrolledOn", r => r.EnrolledOn),
        ("ageAtAnnouncement", r => r.AgeAtAnnouncement),
        ("ageBand", r => r.AgeBand),
        ("status", r => r.Status),
        ("leftOn", r => r.LeftOn),
        ("leftReason", r => r.LeftReason),
        ("availableForWork", r => r.AvailableForWork),
        ("declinedOn", r => r.DeclinedOn),
        ("jobStartsOn", r => r.JobStartsOn),
        ("jobContractType", r => r.JobContractType),
        ("jobContractMonths", r => r.JobContractMonths),
        ("jobEndedOn", r => r.JobEndedOn),
        ("employedDurably", r => r.EmployedDurably),
        ("daysToJob", r => r.DaysToJob),
        ("hours", r => r.Hours),
        ("individualHours", r => r.IndividualHours),
        ("groupHours", r => r.GroupHours),
        ("requiredHours", r => r.RequiredHours),
        ("minimumPeriodEndsOn", r => r.MinimumPeriodEndsOn),
        ("hoursInMinimumPeriod", r => r.HoursInMinimumPeriod),
        ("reachedRequiredHours", r => r.ReachedRequiredHours),
        ("frontLoadingWindowEndsOn", r => r.FrontLoadingWindowEndsOn),
        ("hoursInFrontLoadingWindow", r => r.HoursInFrontLoadingWindow),
        ("frontLoaded", r => r.FrontLoaded),
        ("extensions", r => r.Extensions),
        ("aftercareClosures", r => r.AftercareClosures),
        ("aftercareStillEmployed", r => r.AftercareStillEmployed),
    ];

    public static IReadOnlyList<string> Keys => Columns.Select(c => c.Key).ToList();

    public static string Write(IReadOnlyList<ReportRow> rows, ReportLanguage language)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns.Select(c => Quote(ReportLabels.Get(c.Key, language)))).Append("\r\n");
        foreach (var row in rows)
            csv.AppendJoin(',', Columns.Select(c => Quote(Format(c.Value(row))))).Append("\r\n");
        return csv.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        decimal m => EmploymentReports.Normalized(m).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? ""
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
