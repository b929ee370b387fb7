using System.Text.Json;

namespace CollectiveDismissal.Api.Http;

/// <summary>
/// Reads and checks a command's body in one place, so that every malformed shape (not JSON, wrong types, unknown
/// members, bad dates or enum names, missing fields) becomes the same 400 ProblemDetails with an <c>errors</c> map.
/// </summary>
public static partial class JsonBody
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
            var (field, message) = Describe(e);
            return (null, Problems.Validation(field, message));
        }
        if (body is null) return (null, Problems.Validation("body", "A JSON object is required."));
        var errors = new ValidationErrors();
        RequestBounds.Check(body, errors);
        body.Validate(errors);
        return errors.Any ? (null, Problems.Validation(errors.ToDictionary())) : (body, null);
    }

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
               || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Names the field and the problem without echoing the client's input back: a value, or a member name that is not
    /// ours, may be personal data (a national register number sent as a member name, for one).
    /// </summary>
    public static (string Field, string Message) Describe(JsonException e)
    {
        var message = e.Message;
        if (message.Contains("could not be mapped to any .NET member"))
        {
            // A misspelt member ("anouncedBy") is named; anything else (digits, spaces, an @) is placed by position.
            var parent = Parent(e.Path);
            if (e.Path is { } path && IsPlainName(path[(parent?.Length ?? 0)..].TrimStart('.'))) return (Field(path), "Unknown member.");
            return (Field(parent), e.BytePositionInLine is { } at ? $"Unknown member (line {e.LineNumber + 1}, byte {at})." : "Unknown member.");
        }
        var field = Field(e.Path);
        if (message.StartsWith(BusinessDates.Message)) return (field, BusinessDates.Message);
        if (message.StartsWith(StorableText.Message)) return (field, StorableText.Message);
        if (message.StartsWith("One of ")) return (field, message.Split(". Path:")[0].TrimEnd('.') + ".");
        if (message.Contains("could not be converted")) return (field, "Not a valid value for this field (dates are YYYY-MM-DD, enums their names, numbers plain).");
        if (message.Contains("missing required properties")) return (field, "Required members are missing.");
        return (field, e.BytePositionInLine is { } position
            ? $"Not valid JSON (line {e.LineNumber + 1}, byte {position})."
            : "Not valid JSON.");
    }

    private static string Field(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    /// <summary>The path of the object holding the last member: <c>$.person['x']</c> and <c>$.person.x</c> give <c>$.person</c>.</summary>
    private static string? Parent(string? path)
    {
        if (string.IsNullOrEmpty(path)) return path;
        var cut = path.EndsWith("']") ? path.LastIndexOf("['", StringComparison.Ordinal) : path.LastIndexOf('.');
        return cut > 0 ? path[..cut] : "$";
    }

    /// <summary>A name made of letters only (<c>anouncedBy</c>) can be quoted back: it holds no number, address or full name.</summary>
    public static bool IsPlainName(string name) => PlainName().IsMatch(name);

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{1,40}$")]
    private static partial System.Text.RegularExpressions.Regex PlainName();
}
