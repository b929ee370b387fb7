using CollectiveDismissal.Domain.Reports;

namespace CollectiveDismissal.Api.Reports.Rendering;

/// <summary>
/// The report as CSV: one row per participant counted, with its status and every value a figure is computed from, so
/// the figures can be summed again from the file. No name, INSZ, birth date or contact: participants are named by their
/// id (and, for project managers, their personnel reference). Headers are in the report's language; values are the
/// contract's codes (dates yyyy-MM-dd, enums as in the JSON), identical in every language; the decimal separator
/// follows the <see cref="CsvLayout"/>.
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
        // CAO 82bis: one column per service, then the hours of sessions that named none. Empty in rows frozen before
        // sessions named services.
        .. EmploymentReports.ServiceKeys.Select(k => ($"hoursByService.{k}", (Func<ReportRow, object?>)(r => r.HoursByService?.GetValueOrDefault(k)))),
        ("aftercareContacts", r => r.AftercareContacts),
        ("aftercareContactHours", r => r.AftercareContactHours),
    ];

    public static IReadOnlyList<string> Keys => Columns.Select(c => c.Key).ToList();

    /// <summary>The column that follows the id when the reader may see it (<see cref="Write"/>).</summary>
    public const string PersonnelReferenceKey = "personnelReference";

    /// <summary>
    /// The rows in <paramref name="layout"/>. With <paramref name="personnelReferences"/> (for roles that see personal
    /// data), the employer's personnel reference follows the id, so a project manager can find the person; the
    /// rows themselves, the frozen final report's included, never hold it.
    /// </summary>
    public static string Write(IReadOnlyList<ReportRow> rows, ReportLanguage language, CsvLayout layout = CsvLayout.Plain,
        IReadOnlyDictionary<Guid, string>? personnelReferences = null)
    {
        var csv = new CsvWriter(layout);
        csv.Row(Header(language, personnelReferences is not null));
        foreach (var row in rows)
            csv.Row(Values(row, personnelReferences));
        return csv.ToString();
    }

    private static IEnumerable<object?> Header(ReportLanguage language, bool withReference)
    {
        foreach (var (key, _) in Columns)
        {
            yield return ReportLabels.Get(key, language);
            if (withReference && key == "participantId") yield return ReportLabels.Get(PersonnelReferenceKey, language);
        }
    }

    private static IEnumerable<object?> Values(ReportRow row, IReadOnlyDictionary<Guid, string>? references)
    {
        foreach (var (key, value) in Columns)
        {
            yield return value(row);
            if (references is not null && key == "participantId") yield return references.GetValueOrDefault(row.ParticipantId);
        }
    }
}
