using System.Globalization;

namespace CollectiveDismissal.Api.Integrations.Outbound;

/// <summary>
/// How reports are delivered, from configuration, read when the services are built (so a test host's settings count):
/// <list type="bullet">
/// <item><c>Integrations:{Service}:ReportEndpoint</c>: the absolute http(s) URL a service's reports are POSTed to
/// (<c>Vdab</c>, <c>Actiris</c>, <c>Forem</c>, <c>Adg</c>; environment <c>Integrations__Vdab__ReportEndpoint</c>).</item>
/// <item><c>Integrations:{Service}:ApiKey</c>, sent as <c>X-Api-Key</c>, and/or <c>Integrations:{Service}:BearerToken</c>,
/// sent as <c>Authorization: Bearer</c>: what the service asks for.</item>
/// <item><c>Integrations:Deliveries:Backoff</c>: the waits between attempts, comma-separated (<c>00:00:01,00:00:05</c>); the
/// last one repeats; none longer than an hour.</item>
/// <item><c>Integrations:Deliveries:Timeout</c>: how long one attempt waits for an answer (30 s).</item>
/// <item><c>Integrations:Deliveries:SchedulePolling</c>: how often Wolverine looks for scheduled messages that are due
/// (its own default, 5 s, when absent). A retry is due no earlier than its backoff and runs at most this much later.</item>
/// </list>
/// </summary>
public sealed record ReportDeliverySettings(IReadOnlyList<TimeSpan> Backoff, TimeSpan Timeout, TimeSpan? SchedulePolling)
{
    public const string Section = "Integrations:Deliveries";
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    public static readonly ReportDeliverySettings Default = new(
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), MaxBackoff],
        TimeSpan.FromSeconds(30), null);

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt (1-based).</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var delay = Backoff[Math.Clamp(attempts, 1, Backoff.Count) - 1];
        return delay < MaxBackoff ? delay : MaxBackoff;
    }

    public static ReportDeliverySettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var backoff = section["Backoff"] is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => Positive(v, "Backoff")).ToList()
            : Default.Backoff;
        return new ReportDeliverySettings(backoff,
            section["Timeout"] is { Length: > 0 } timeout ? Positive(timeout, "Timeout") : Default.Timeout,
            section["SchedulePolling"] is { Length: > 0 } polling ? Positive(polling, "SchedulePolling") : null);
    }

    private static TimeSpan Positive(string value, string key) =>
        TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero
            ? span
            : throw new InvalidOperationException($"{Section}:{key} must hold positive durations such as 00:00:05.");

    /// <summary>The configuration section of a service, as the contract spells it (<c>Integrations:Vdab</c>).</summary>
    public static string SectionOf(EmploymentService service) => "Integrations:" + service switch
    {
        EmploymentService.VDAB => "Vdab",
        EmploymentService.ADG => "Adg",
        _ => service.ToString()
    };
}
