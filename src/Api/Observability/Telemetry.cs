using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CollectiveDismissal.Api.Observability;

/// <summary>
/// OpenTelemetry traces, metrics and logs from ASP.NET Core, HttpClient (report deliveries), Npgsql, Marten and
/// Wolverine; sent over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the other <c>OTEL_*</c> variables,
/// such as <c>OTEL_SERVICE_NAME</c>, are read by the SDK itself).
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "collective-dismissal";

    /// <summary>Marten's and Wolverine's sources. Wolverine's meter is named "Wolverine:" and its service name.</summary>
    public static readonly string[] Sources = ["Marten", "Wolverine"];
    public static readonly string[] Meters = ["Marten", "Wolverine:*"];

    public static void Add(WebApplicationBuilder builder)
    {
        // Personal data: span names and attributes hold routes, ids and SQL text, never SQL parameters or bodies; the
        // ASP.NET Core and HttpClient instrumentations blank query string values ("Redacted") by default.
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeScopes = true; // the correlation id (CorrelationScope)
            logging.IncludeFormattedMessage = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(Sources))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(Meters));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.UseOtlpExporter();

        // Not Marten's connection spans (OpenTelemetry.TrackConnections): with them Marten 9.58 refuses a session on an
        // external transaction (the participant import) with "does not implement ITransactionStarter". Npgsql's spans
        // show the same statements.
    }
}
