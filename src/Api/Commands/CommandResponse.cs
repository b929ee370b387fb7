using System.Text;

namespace CollectiveDismissal.Api.Commands;

/// <summary>
/// The answer to an accepted command. It is built before the commit so that the same bytes can be stored
/// with the events under an Idempotency-Key and replayed for a repeat.
/// </summary>
public sealed record CommandResponse(int Status, long Version, string? Location, string? Body) : IResult
{
    public string ETag => $"\"{Version}\"";

    public void WriteHeaders(HttpContext context)
    {
        context.Response.StatusCode = Status;
        context.Response.Headers.ETag = ETag;
        if (Location is not null) context.Response.Headers.Location = Location;
    }

    public async Task ExecuteAsync(HttpContext context)
    {
        WriteHeaders(context);
        if (Body is null) return;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Body));
    }
}
