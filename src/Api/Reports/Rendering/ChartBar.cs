namespace CollectiveDismissal.Api.Reports.Rendering;

/// <summary>
/// One bar of a chart: its key (stable across languages), its label, its value and the value as shown; <c>Marked</c>
/// puts the small-group mark beside the value (a percentage over few people).
/// </summary>
public sealed record ChartBar(string Key, string Label, decimal Value, string Shown, string? Colour = null, bool Marked = false);
