using Microsoft.AspNetCore.Http.Metadata;

namespace CollectiveDismissal.Api.Http;

/// <summary>
/// What every request must respect before an endpoint sees it: ids that can name something, query strings PostgreSQL can store
/// (<see cref="StorableText"/>), and a body no larger than the endpoint's limit: <see cref="DefaultMaxBodyBytes"/>, or its
/// <c>[RequestSizeLimit]</c>. The limit is counted here rather than left to Kestrel so that it holds under every
/// server, the test host included; beyond it the answer is 413.
/// </summary>
public sealed class RequestGate(RequestDelegate next)
{
    /// <summary>The largest command body (a dossier with every reason at its longest) is well under this.</summary>
    public const long DefaultMaxBodyBytes = 256 * 1024;

    /// <summary>Every query value: the longest filter (a project manager, a name searched) is far shorter.</summary>
    public const int MaxQueryLength = 200;

    public Task InvokeAsync(HttpContext context)
    {
        // The all-zero id names nothing, and Marten refuses it as a stream id.
        foreach (var (name, value) in context.Request.RouteValues)
            if (name.EndsWith("Id") && value is string text && Guid.TryParse(text, out var id) && id == Guid.Empty)
                return Problems.NotFound($"No {name[..^2]} {id}.").ExecuteAsync(context);

        var position = 0;
        foreach (var (name, values) in context.Request.Query)
        {
            position++;
            // A parameter is named when its name is a plain word; otherwise by position, as it may be personal data.
            var field = JsonBody.IsPlainName(name) ? name : "query";
            var where = field == "query" ? $"Parameter {position}: " : "";
            if (!StorableText.IsStorable(name) || values.Any(v => !StorableText.IsStorable(v)))
                return Problems.Validation(field, where + StorableText.Message).ExecuteAsync(context);
            if (name.Length > MaxQueryLength || values.Any(v => v?.Length > MaxQueryLength))
                return Problems.Validation(field, $"{where}At most {MaxQueryLength} characters.").ExecuteAsync(context);
        }

        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultMaxBodyBytes;
        if (context.Request.ContentLength > limit) return Problems.TooLarge(limit).ExecuteAsync(context);
        context.Request.Body = new LimitedStream(context.Request.Body, limit);
        return next(context);
    }

    /// <summary>Counts what is read and throws once more than the limit was sent (a body without Content-Length).</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) =>
            Count(await inner.ReadAsync(buffer, ct));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        private int Count(int read)
        {
            _read += read;
            if (_read > limit) throw new BadHttpRequestException($"The body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
