namespace CollectiveDismissal.Domain.Participants;

/// <summary>
/// Guidance hours for one service of CAO 82bis (<see cref="GuidanceService"/>), or, with no service, hours of sessions that
/// named none (logged before sessions named their services). A session that names several services counts its hours for
/// each of them, so the hours per service can add up to more than the hours.
/// </summary>
public sealed record ServiceHours(GuidanceService? Service, decimal Hours)
{
    /// <summary>A session's hours for each service it names; null when it names none (all unspecified).</summary>
    public static IReadOnlyList<ServiceHours>? Of(decimal hours, IReadOnlyList<GuidanceService>? services) =>
        services is { Count: > 0 } ? [.. services.Distinct().Order().Select(s => new ServiceHours(s, hours))] : null;

    /// <summary>The hours per service kept with some hours; null keeps them all as unspecified, which costs nothing in old documents.</summary>
    public static IReadOnlyList<ServiceHours> OrUnspecified(IReadOnlyList<ServiceHours>? byService, decimal hours) =>
        byService ?? (hours == 0 ? [] : [new ServiceHours(null, hours)]);

    /// <summary>
    /// What is kept (<paramref name="kept"/> per service of <paramref name="keptHours"/>) with more hours added; stays null
    /// as long as every hour is unspecified.
    /// </summary>
    public static IReadOnlyList<ServiceHours>? Add(IReadOnlyList<ServiceHours>? kept, decimal keptHours, IReadOnlyList<ServiceHours>? added,
        decimal addedHours) =>
        kept is null && added is null ? null : Sum(OrUnspecified(kept, keptHours).Concat(OrUnspecified(added, addedHours)));

    /// <summary>Summed per service, in the order of the services, the unspecified last; services without hours left out.</summary>
    public static IReadOnlyList<ServiceHours> Sum(IEnumerable<ServiceHours> hours) =>
    [
        .. hours.GroupBy(h => h.Service).Select(g => new ServiceHours(g.Key, g.Sum(h => h.Hours))).Where(h => h.Hours != 0)
            .OrderBy(h => h.Service is null).ThenBy(h => h.Service)
    ];
}
