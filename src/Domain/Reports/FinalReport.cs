using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Domain.Reports;

/// <summary>
/// The report frozen when the case closed: computed as of the closing date, in the closing transaction, from the stream
/// version the closure produced. Later reads of the closed case return exactly this. One document per case.
/// </summary>
public sealed record FinalReport(Guid Id, EmploymentReport Report, IReadOnlyList<ReportRow> Rows)
{
    public static FinalReport Freeze(Guid caseId, DateOnly closedOn, long version, IEnumerable<Participant> participants)
    {
        var computed = EmploymentReports.Compute(caseId, closedOn, version, participants);
        return new FinalReport(caseId, computed.Report with { Final = true }, computed.Rows);
    }

    public ReportWithRows WithRows() => new(Report, Rows);
}
