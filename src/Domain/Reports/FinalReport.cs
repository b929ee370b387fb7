using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Domain.Reports;

/// <summary>
/// The report frozen when the case closed: computed as of the closing date, in the closing transaction, from the stream
/// version the closure produced. Later reads of the closed case return exactly this. One document per case.
/// </summary>
public sealed record FinalReport(Guid Id, EmploymentReport Report, IReadOnlyList<ReportRow> Rows)
{
    /// <summary>The report as of the closing date, issued on <paramref name="issuedOn"/>: the Belgian date of the closing transaction.</summary>
    public static FinalReport Freeze(Guid caseId, DateOnly closedOn, long version, IEnumerable<Participant> participants, CaseProcess process,
        DateOnly issuedOn)
    {
        var computed = EmploymentReports.Compute(caseId, closedOn, version, participants, process);
        return new FinalReport(caseId, computed.Report with { Final = true, IssuedOn = issuedOn }, computed.Rows);
    }

    public ReportWithRows WithRows() => new(Report, Rows);
}
