using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;

namespace CollectiveDismissal.Api.Reports;

/// <summary>Where a report comes from: the frozen final report of a closed case, the cache, or the participants' report facts.</summary>
public static class ReportSource
{
    /// <summary>
    /// The closed case's frozen report when <paramref name="asOf"/> is absent or the closing date; otherwise the figures as of
    /// <paramref name="asOf"/> (default: today in Belgium), computed from the participants' <see cref="ReportFacts"/> (or the cache, for the same version and date), and the
    /// guidance day by day of just the participants whose last session falls after the date. The case's version is read
    /// before and after: equal, no command committed in between (every participant event moves the case's version), so it
    /// is the version the figures were computed from; otherwise everything is read again. A computed report is issued
    /// today (in Belgium); a frozen one keeps the date it was frozen.
    /// </summary>
    public static async Task<ReportWithRows> Load(IQuerySession session, CaseDetails details, DateOnly? asOf, TimeProvider clock,
        ReportCache cache, CancellationToken ct)
    {
        if (details.ClosedOn is { } closedOn && (asOf is null || asOf == closedOn)
            && await session.LoadAsync<FinalReport>(details.Id, ct) is { } frozen)
            return frozen.WithRows();

        var today = BusinessDate.Today(clock);
        var day = asOf ?? details.ClosedOn ?? today;
        if (!cache.TryGet(details.Id, details.Version, day, out var computed))
        {
            (computed, var consistent) = await Compute(session, details, day, ct);
            if (consistent) cache.Add(computed);
        }
        return computed! with { Report = computed!.Report with { IssuedOn = today } };
    }

    /// <summary>The report, and whether no command committed while it was read (only then is it kept).</summary>
    private static async Task<(ReportWithRows Report, bool Consistent)> Compute(IQuerySession session, CaseDetails details, DateOnly day, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var batch = session.CreateBatchQuery();
            // The case's document as of the first read: its version, and the process the report counts.
            var before = batch.Load<CaseDetails>(details.Id);
            var pending = batch.Query<ReportFacts>().Where(p => p.CaseId == details.Id && p.EnrolledOn <= day).ToList();
            await batch.Execute(ct);
            var facts = await pending;

            var needDays = facts.Where(f => f.NeedsGuidanceDays(day)).Select(f => f.Id).ToArray();
            var days = needDays.Length == 0
                ? new Dictionary<Guid, IReadOnlyList<GuidanceDay>>()
                : (await session.LoadManyAsync<Participant>(ct, needDays)).ToDictionary(p => p.Id, p => p.SessionList());
            var version = await session.Query<CaseDetails>().Where(c => c.Id == details.Id).Select(c => c.Version).FirstAsync(ct);
            var known = await before;
            var consistent = known?.Version == version;
            if (consistent || attempt == 3)
                return (EmploymentReports.Compute(details.Id, day, version,
                    EmploymentReports.Rows(facts, day, id => days.GetValueOrDefault(id)), (known ?? details).ProcessOrNone()), consistent);
        }
    }
}
