using Microsoft.Net.Http.Headers;

namespace CollectiveDismissal.Api.Http;

/// <summary>
/// How answers may be cached. Every answer is <c>Cache-Control: no-store</c> unless its endpoint says otherwise
/// (<see cref="CacheControlDefault"/>): safe by default, since most answers hold participants' personal data, and a new
/// endpoint that forgets to decide stores nothing. Answers without personal data that carry an ETag (the case, the report
/// as JSON or HTML) say <see cref="Revalidate"/>: a browser or client may keep them but asks with <c>If-None-Match</c>
/// each time, and shared caches keep none (every answer depends on who asks).
/// </summary>
public static class Caching
{
    public const string NoStore = "no-store";
    public const string Revalidate = "private, no-cache";

    /// <summary>
    /// Sets <paramref name="etag"/> (quoted) and <paramref name="cacheControl"/> on the answer, and whether the request's
    /// <c>If-None-Match</c> holds that ETag (or <c>*</c>), so the endpoint answers 304 without a body. The one mechanism of
    /// conditional GET in the service; If-None-Match compares weakly (RFC 9110 13.1.2).
    /// </summary>
    public static bool NotModified(HttpContext http, string etag, string cacheControl)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = cacheControl;
        if (!EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch.OfType<string>().ToList(), out var tags)) return false;
        var current = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }

    public static IResult NotModifiedResult() => TypedResults.StatusCode(StatusCodes.Status304NotModified);
}

/// <summary>Sets <c>Cache-Control: no-store</c> on every answer whose endpoint did not set a Cache-Control (<see cref="Caching"/>).</summary>
public sealed class CacheControlDefault(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            if (string.IsNullOrEmpty(http.Response.Headers.CacheControl)) http.Response.Headers.CacheControl = Caching.NoStore;
            return Task.CompletedTask;
        });
        return next(http);
    }
}
