namespace CollectiveDismissal.Api.Reports.Rendering;

/// <summary>One bar of a chart: its key (stable across languages), its label, its value and the value as shown.</summary>
public sealed record ChartBar(string Key, string Label, decimal Value, string Shown, string? Colour = null);
