using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Domain.Reports;

/// <summary>
/// The progress report frozen when a meeting of the employment cell (TWC) was recorded: computed as of the meeting's
/// date, in the meeting's transaction, from the stream version the meeting produced. It is what the SPOC reported at that
/// meeting and what the competent service received; later facts, even about earlier dates, never change it. One document
/// per meeting, <see cref="Meeting"/> counting the case's meetings from 1 in the order they were recorded.
/// </summary>
public sealed record TwcMeetingReport(string Id, Guid CaseId, int Meeting, DateOnly HeldOn, EmploymentReport Report, IReadOnlyList<ReportRow> Rows)
{
    public static string IdOf(Guid caseId, int meeting) => $"{caseId}/{meeting}";

    /// <summary>The report as of the meeting's date, issued on <paramref name="issuedOn"/>: the Belgian date of the meeting's transaction.</summary>
    /// <remarks><paramref name="process"/> includes the meeting itself: the report is computed from the version it produced.</remarks>
    public static TwcMeetingReport Freeze(Guid caseId, int meeting, DateOnly heldOn, long version, IEnumerable<Participant> participants,
        CaseProcess process, DateOnly issuedOn)
    {
        var computed = EmploymentReports.Compute(caseId, heldOn, version, participants, process);
        return new TwcMeetingReport(IdOf(caseId, meeting), caseId, meeting, heldOn, computed.Report with { IssuedOn = issuedOn }, computed.Rows);
    }

    public ReportWithRows WithRows() => new(Report, Rows);
}
