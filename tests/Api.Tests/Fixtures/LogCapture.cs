using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CollectiveDismissal.Api.Tests.Fixtures;

/// <summary>
/// Keeps every log line the host writes, exceptions included, at Debug level for every category but one: the request
/// lines of <c>Microsoft.AspNetCore.Hosting.Diagnostics</c>, which hold query strings (a search by name) and which the
/// service's configuration keeps at Warning (tested apart).
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>Lines are kept only while capturing, so the other tests pay nothing for the Debug level.</summary>
    public bool Capturing { get; private set; }

    public void Start()
    {
        _lines.Clear();
        Capturing = true;
    }

    public void Stop() => Capturing = false;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose() { }

    private sealed class Logger(string category, LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => capture.Capturing;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            if (!capture.Capturing) return;
            capture._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {structured} {exception}");
        }
    }
}
