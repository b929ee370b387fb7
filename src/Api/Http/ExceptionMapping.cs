using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace CollectiveDismissal.Api.Http;

/// <summary>
/// Maps what escapes an endpoint to ProblemDetails: a refused rule is 409, a body that cannot be read is 400.
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
        if (result is null)
        {
            logger.LogError(exception, "Unhandled {ExceptionType} on {Method} {Path}", exception.GetType().Name,
                context.Request.Method, context.Request.Path);
            return false;
        }
        await result.ExecuteAsync(context);
        return true;
    }

    private static IResult FromJson(JsonException json)
    {
        var (field, message) = JsonBody.Describe(json);
        return Problems.Validation(field, message);
    }
}
