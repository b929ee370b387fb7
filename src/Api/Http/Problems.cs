namespace CollectiveDismissal.Api.Http;

/// <summary>Every error answer of the API, as ProblemDetails, in one place.</summary>
public static class Problems
{
    public static IResult Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request is not valid.",
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.1");

    public static IResult Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>
    /// Wolverine answers a query value it cannot parse (<c>?asOf=…</c>) with a problem that quotes the value, which may be
    /// personal data (a name typed in the wrong box). The same answer, naming the parameter and its type only.
    /// </summary>
    public static void WithoutQueryValue(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Title != "Invalid query string value" || problem.Extensions["parameter"] is not string parameter) return;
        var type = problem.Detail?.Split("expected type ").LastOrDefault()?.Split('.').Last() ?? "value";
        problem.Detail = $"Query string parameter '{parameter}' cannot be read as {type}.";
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [parameter] = [$"Not a valid {type}."] };
    }

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");

    public static IResult RuleViolation(string rule, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Refused by a rule of the procedure.",
            type: $"urn:collective-dismissal:rule:{rule}", extensions: new Dictionary<string, object?> { ["rule"] = rule });

    public static IResult StaleVersion(long actual) =>
        TypedResults.Problem($"The case is at version {actual}, not the version If-Match names: read it again and retry.",
            statusCode: StatusCodes.Status412PreconditionFailed, title: "The case has moved on.",
            extensions: new Dictionary<string, object?> { ["currentVersion"] = actual });

    public static IResult TooLarge(long? limit = null) =>
        TypedResults.Problem(limit is { } bytes ? $"At most {bytes / 1024:N0} KiB here." : "The body is too large.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large.");

    public static IResult NotAcceptable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status406NotAcceptable, title: "Not acceptable.");

    public static IResult IdempotencyKeyReused() =>
        TypedResults.Problem("This Idempotency-Key was already used for a different request (another path or body).",
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused.");

    public static IResult Unavailable() =>
        TypedResults.Problem("The database did not answer in time. Send the request again; with the same Idempotency-Key a command that was recorded after all is not recorded twice.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable.");
}
