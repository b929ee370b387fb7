using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectiveDismissal.Api.Observability;

/// <summary>
/// Health endpoints and telemetry, as .NET's service defaults lay them out: <c>/health/live</c> (the process answers;
/// no dependency is checked, so a database outage never gets the process restarted) and <c>/health/ready</c>
/// (PostgreSQL answers, and how far each async projection is behind).
/// </summary>
public static class ServiceDefaults
{
    private const string Ready = "ready";

    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("postgresql", HealthStatus.Unhealthy, [Ready], TimeSpan.FromSeconds(5))
            .AddCheck<ProjectionLagHealthCheck>("projections", HealthStatus.Unhealthy, [Ready], TimeSpan.FromSeconds(5));
        Telemetry.Add(builder);
        return builder;
    }

    /// <summary>
    /// Call first after <c>Build()</c>: the correlation scope then covers every later middleware's logs. The health
    /// endpoints are anonymous (a load balancer has no token), out of the OpenAPI document, and without personal data.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseMiddleware<CorrelationScope>();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJson })
            .AllowAnonymous().ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteJson })
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>The overall status and each check's status, description and figures (the projections' lag).</summary>
    private static Task WriteJson(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsJsonAsync(new HealthAnswer(
            report.Status.ToString(),
            report.Entries.ToDictionary(e => e.Key, e => new HealthEntry(
                e.Value.Status.ToString(), e.Value.Description, (long)e.Value.Duration.TotalMilliseconds,
                e.Value.Data.Count == 0 ? null : e.Value.Data))), JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record HealthAnswer(string Status, Dictionary<string, HealthEntry> Entries);

    private sealed record HealthEntry(string Status, string? Description, long DurationMs, IReadOnlyDictionary<string, object>? Data);
}
