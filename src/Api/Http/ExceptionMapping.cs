using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace CollectiveDismissal.Api.Http;

/// <summary>
/// Maps what escapes an endpoint to ProblemDetails: a refused rule is 409, a body that cannot be read is 400.
/// A database that cannot be reached for now (a restart, a network cut, every pooled connection busy past the pool's
/// <c>Timeout</c>) is 503 with <c>Retry-After</c>, which clients retry; a command retried with its Idempotency-Key has no second effect.
/// Anything else is a fault of ours (500), logged without the request body.
/// </summary>
public sealed class ExceptionMapping(ILogger<ExceptionMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var result = exception switch
        {
            CaseRuleViolation v => Problems.RuleViolation(v.Rule, v.Message),
            NotFoundException missing => Problems.NotFound(missing.Message),
            BadHttpRequestException { InnerException: JsonException json } => FromJson(json),
            JsonException json => FromJson(json),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problems.TooLarge(),
            BadHttpRequestException bad => Problems.Validation("body", bad.Message),
            _ => null
        };
        if (result is null && DatabaseUnavailable(exception))
        {
            logger.LogWarning("Database unavailable ({ExceptionType}) on {Method} {Path}: answered 503", exception.GetType().Name,
                context.Request.Method, context.Request.Path);
            context.Response.Headers.RetryAfter = "1";
            result = Problems.Unavailable();
        }
        if (result is null)
        {
            logger.LogError(exception, "Unhandled {ExceptionType} on {Method} {Path}", exception.GetType().Name,
                context.Request.Method, context.Request.Path);
            return false;
        }
        await result.ExecuteAsync(context);
        return true;
    }

    /// <summary>
    /// Npgsql's own verdict (<c>IsTransient</c>: a broken or refused connection, a timeout, a pool exhausted past its
    /// <c>Timeout</c>), wherever Marten or Wolverine wrapped it.
    /// </summary>
    public static bool DatabaseUnavailable(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is Npgsql.NpgsqlException { IsTransient: true }) return true;
        return false;
    }

    private static IResult FromJson(JsonException json)
    {
        var (field, message) = JsonBody.Describe(json);
        return Problems.Validation(field, message);
    }
}
