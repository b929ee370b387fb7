using System.Diagnostics;

namespace CollectiveDismissal.Api.Http;

public static class Correlation
{
    public const string Header = "X-Correlation-Id";

    /// <summary>The caller's X-Correlation-Id when it is a sane token, else the request's trace id.</summary>
    public static string Id(HttpContext http)
    {
        var given = http.Request.Headers[Header].ToString();
        return given.Length is > 0 and <= 100 && given.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? given
            : Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
    }
}
