using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using JasperFx;
using Npgsql;

namespace CollectiveDismissal.Api.Commands;

/// <summary>
/// <c>Idempotency-Key</c> on a POST: the first accepted answer is stored with the command's events (one
/// transaction, so an acknowledged command always has its answer stored, and a stored answer always its events),
/// and every repeat gets it back without a second effect. Repeats that arrive while the first is running wait for
/// it on a PostgreSQL advisory lock on the key. Keys are scoped to the caller (token subject); the same key with
/// another path or body is 422. Refused requests store nothing: a repeat is decided again.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task InvokeAsync(HttpContext context, IDocumentStore store, NpgsqlDataSource dataSource, TimeProvider clock)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Headers.TryGetValue(Header, out var values))
        {
            await next(context);
            return;
        }

        var key = values.ToString();
        if (values.Count != 1 || key.Length is 0 or > 255 || key.Any(char.IsControl) || !StorableText.IsStorable(key))
        {
            await Problems.Validation(Header, "One key of 1 to 255 printable characters.").ExecuteAsync(context);
            return;
        }

        var subject = context.User.FindFirst("sub")?.Value ?? "";
        var id = $"{subject}\n{key}";
        // The body was bounded by the RequestGate before it is buffered here.
        var hash = await HashRequest(context.Request);

        await using var connection = await dataSource.OpenConnectionAsync(context.RequestAborted);
        var lockKey = BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
        await Execute(connection, "select pg_advisory_lock($1)", lockKey, context.RequestAborted);
        try
        {
            if (await Replay(context, store, id, hash)) return;
            context.Features.Set(new IdempotencyClaim(id, hash, clock.GetUtcNow()));
            try
            {
                await next(context);
            }
            catch (DocumentAlreadyExistsException) when (!context.Response.HasStarted)
            {
                // Only possible if the lock was bypassed (another node on another database role); the unique id
                // rolled the second transaction back, so answer as a repeat.
                context.Response.Clear();
                await Replay(context, store, id, hash);
            }
        }
        finally
        {
            await Execute(connection, "select pg_advisory_unlock($1)", lockKey, CancellationToken.None);
        }
    }

    private static async Task<bool> Replay(HttpContext context, IDocumentStore store, string id, string hash)
    {
        await using var query = store.QuerySession();
        var stored = await query.LoadAsync<IdempotentResponse>(id, context.RequestAborted);
        if (stored is null) return false;
        if (stored.RequestHash != hash)
        {
            await Problems.IdempotencyKeyReused().ExecuteAsync(context);
            return true;
        }
        context.Response.Headers[ReplayedHeader] = "true";
        await stored.Response.ExecuteAsync(context);
        return true;
    }

    private static async Task<string> HashRequest(HttpRequest request)
    {
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        sha.AppendData(buffer.GetBuffer(), 0, (int)buffer.Length);
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, long key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(key);
        await command.ExecuteScalarAsync(ct);
    }
}
