using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace CollectiveDismissal.Api.Tests.Observability;

[Collection(ApiCollection.Name)]
public sealed class TelemetryTests(AppFixture app)
{
    [Fact]
    public async Task A_command_leaves_spans_from_ASP_NET_Core_and_Npgsql_Marten_has_its_own_and_logs_with_its_correlation_id()
    {
        var spans = new List<Activity>();
        var logs = new ScopeCapture();
        var database = await IsolatedApp.CreateDatabase(app, "telemetry");
        await using var host = await IsolatedApp.Start(database, services: services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddLogging(logging => logging.AddFilter<ScopeCapture>(null, LogLevel.Debug));
        });
        var client = IsolatedApp.Client(host, AppFixture.Token("ProjectManager", "pm.tests"));
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "telemetry-test-1");

        var response = await client.PostAsJsonAsync("/api/cases", CaseScenarios.Dossier());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        // The test server answers before the request's span has ended and been exported.
        List<Activity> seen = [];
        for (var wait = 0; wait < 50 && !(seen.Any(IsTheRequest) && seen.Any(IsMartens)); wait++)
        {
            await Task.Delay(100);
            lock (spans) seen = spans.ToList();
        }
        var request = Assert.Single(seen, IsTheRequest);
        Assert.Equal("telemetry-test-1", request.GetTagItem("correlation.id"));
        // The async daemon's (marten.daemon.highwatermark), every 250 ms or so.
        Assert.Contains(seen, IsMartens);
        Assert.Contains(seen, s => s.Source.Name == "Npgsql" && s.TraceId == request.TraceId);
        Assert.Contains(logs.CorrelationIds, id => id == "telemetry-test-1");
    }

    private static bool IsTheRequest(Activity span) => span.Source.Name == "Microsoft.AspNetCore" && span.DisplayName.StartsWith("POST");

    private static bool IsMartens(Activity span) => span.Source.Name == "Marten";

    /// <summary>The CorrelationId scope value of every line logged.</summary>
    private sealed class ScopeCapture : ILoggerProvider, ISupportExternalScope, ILogger
    {
        private IExternalScopeProvider? _scopes;
        public ConcurrentBag<string> CorrelationIds { get; } = [];

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;
        public ILogger CreateLogger(string categoryName) => this;
        public void Dispose() { }
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _scopes?.ForEachScope((scope, ids) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object>> values)
                    foreach (var (key, value) in values)
                        if (key == "CorrelationId") ids.Add(value.ToString()!);
            }, CorrelationIds);
    }
}
