using Microsoft.Extensions.Caching.Memory;
using CollectiveDismissal.Domain.Reports;

namespace CollectiveDismissal.Api.Reports;

/// <summary>
/// Computed reports by case, version and date. A case's version moves with every event, so an entry can never be stale:
/// a repeated read of an unchanged case (an integration polling, a page printed twice) is served without reading the
/// 5,000 participants of a large case again. Bounded by the rows held; entries unused for 10 minutes go.
/// </summary>
public sealed class ReportCache
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions
    {
        SizeLimit = 250_000
    });

    public bool TryGet(Guid caseId, long version, DateOnly asOf, out ReportWithRows? report) =>
        _cache.TryGetValue((caseId, version, asOf), out report);

    public void Add(ReportWithRows report) =>
        _cache.Set((report.Report.CaseId, report.Report.Version, report.Report.AsOf), report,
            new MemoryCacheEntryOptions { Size = report.Rows.Count + 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
}
