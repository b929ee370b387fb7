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

/// <summary>
/// The final report of an earlier closing, kept when the case was reopened: what was handed over then, never changed.
/// <see cref="Closing"/> counts the case's closings from 1; <see cref="SupersededByVersion"/> is the stream version of the
/// reopening that superseded it, whose reason the history shows. The next closing freezes a new <see cref="FinalReport"/>.
/// </summary>
public sealed record SupersededFinalReport(string Id, Guid CaseId, int Closing, DateTimeOffset SupersededAt, long SupersededByVersion,
    string Reason, EmploymentReport Report, IReadOnlyList<ReportRow> Rows)
{
    public static string IdOf(Guid caseId, int closing) => $"{caseId}/{closing}";

    public static SupersededFinalReport Of(FinalReport frozen, int closing, DateTimeOffset at, long version, string reason) =>
        new(IdOf(frozen.Id, closing), frozen.Id, closing, at, version, reason, frozen.Report, frozen.Rows);

    public ReportWithRows WithRows() => new(Report, Rows);
}
