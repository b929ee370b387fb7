using System.Diagnostics;

namespace CollectiveDismissal.Api.Observability;

/// <summary>
/// Every log line written while a request runs carries its correlation id (the one recorded with its events) as the
/// scope value <c>CorrelationId</c>, and the request's span carries it as <c>correlation.id</c>, so a line, a trace
/// and an event of the case history can be matched.
/// </summary>
public sealed class CorrelationScope(RequestDelegate next, ILogger<CorrelationScope> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var id = Correlation.Id(http);
        Activity.Current?.SetTag("correlation.id", id);
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
            await next(http);
    }
}
