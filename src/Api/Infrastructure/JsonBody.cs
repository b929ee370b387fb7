using System.Text.Json;

namespace CollectiveDismissal.Api.Infrastructure;

/// <summary>Describes an endpoint's JSON body to OpenAPI; the endpoint reads it with <see cref="JsonBody.Read{T}"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class JsonBodyAttribute<T> : Attribute, IJsonBodyMetadata where T : class
{
    public Type RequestType => typeof(T);
}

public interface IJsonBodyMetadata
{
    Type RequestType { get; }
}

/// <summary>
/// Reads and checks a command's body in one place, so that every malformed shape (not JSON, wrong types, unknown
/// members, bad dates or enum names, missing fields) becomes the same 400 ProblemDetails with an <c>errors</c> map.
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Body, IResult? Problem)> Read<T>(HttpRequest request) where T : class, IValidatedRequest
    {
        if (request.ContentType is { } contentType && !IsJson(contentType))
            return (null, TypedResults.Problem("Send the body as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type."));
        T? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<T>(request.Body, Json.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return (null, Problems.Validation(Field(e.Path), Describe(e)));
        }
        if (body is null) return (null, Problems.Validation("body", "A JSON object is required."));
        var errors = new ValidationErrors();
        body.Validate(errors);
        return errors.Any ? (null, Problems.Validation(errors.ToDictionary())) : (body, null);
    }

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
               || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static string Field(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    /// <summary>Names the problem without echoing the client's input back (it may hold personal data).</summary>
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        if (message.StartsWith(BusinessDates.Message)) return BusinessDates.Message;
        if (message.StartsWith("One of ")) return message.Split(". Path:")[0].TrimEnd('.') + ".";
        if (message.Contains("could not be mapped to any .NET member")) return "Unknown member.";
        if (message.Contains("could not be converted")) return "Not a valid value for this field (dates are YYYY-MM-DD, enums their names, numbers plain).";
        if (message.Contains("missing required properties")) return "Required members are missing.";
        return e.BytePositionInLine is { } position
            ? $"Not valid JSON (line {e.LineNumber + 1}, byte {position})."
            : "Not valid JSON.";
    }
}
