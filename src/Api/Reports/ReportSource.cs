using CollectiveDismissal.Api.Participants.Reading;
using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;

namespace CollectiveDismissal.Api.Reports;

/// <summary>Where a report comes from: the frozen final report of a closed case, or the participants' documents.</summary>
public static class ReportSource
{
    /// <summary>
    /// The closed case's frozen report when <paramref name="asOf"/> is absent or the closing date; otherwise the figures as of
    /// <paramref name="asOf"/> (default: today in Belgium), computed from the participants' documents. The case's version is
    /// read before and after the participants in one round trip: equal, no command committed in between, so the version
    /// is the one the figures were computed from (otherwise read again).
    /// </summary>
    public static async Task<ReportWithRows> Load(IQuerySession session, CaseDetails details, DateOnly? asOf, TimeProvider clock,
        CancellationToken ct)
    {
        if (details.ClosedOn is { } closedOn && (asOf is null || asOf == closedOn)
            && await session.LoadAsync<FinalReport>(details.Id, ct) is { } frozen)
            return frozen.WithRows();

        var day = asOf ?? BusinessDate.Today(clock);
        for (var attempt = 1; ; attempt++)
        {
            var batch = session.CreateBatchQuery();
            var before = batch.Query<CaseDetails>().Where(c => c.Id == details.Id).Select(c => c.Version).First();
            var participants = batch.Query<Participant>().Where(p => p.CaseId == details.Id).ToList();
            var after = batch.Query<CaseDetails>().Where(c => c.Id == details.Id).Select(c => c.Version).First();
            await batch.Execute(ct);
            var version = await after;
            if (await before == version || attempt == 3)
                return EmploymentReports.Compute(details.Id, day, version, await participants);
        }
    }
}
