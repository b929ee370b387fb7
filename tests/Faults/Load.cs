using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;

namespace CollectiveDismissal.Faults;

/// <summary>One command: its key, where it goes, and the markers its facts carry in the event store.</summary>
/// <param name="Pause">A wait after its answer: a partner sends a batch now and then, not as fast as it can.</param>
public sealed record Op(string Key, string Path, object Body, IReadOnlyList<string> Markers, TimeSpan Pause = default);

/// <summary>What the clients sent and what was acknowledged (a 2xx answer), with when.</summary>
public sealed class Ledger
{
    public ConcurrentDictionary<string, DateTime> Acknowledged { get; } = new();
    public ConcurrentBag<string> Sent { get; } = [];
    public ConcurrentBag<string> Refused { get; } = [];
    public ConcurrentBag<DateTime> AnswersAt { get; } = [];
    /// <summary>Called on each acknowledgement with the index of the node that gave it.</summary>
    public Action<int, Op>? OnAcknowledged { get; set; }
    public int Failures;
    public int GaveUp;

    /// <summary>The first acknowledgement at or after <paramref name="since"/>.</summary>
    public DateTime? FirstAnswerAfter(DateTime since) => AnswersAt.Where(t => t >= since).Order().Cast<DateTime?>().FirstOrDefault();
}

/// <summary>
/// Closed-loop writers, loopback only. Each sends one command at a time with an <c>Idempotency-Key</c>; a failed request
/// (an error answer 5xx, a refused or cut connection, a timeout) is sent again with the same key, to the next node when
/// there are several, until acknowledged, or until <c>finishWithin</c> after the stop.
/// </summary>
public static class Load
{
    public static Task Run(Ledger ledger, HttpClient[][] writers, Func<int, int, Op?> next, CancellationToken stop, TimeSpan finishWithin) =>
        Task.WhenAll(writers.Select((nodes, w) => Task.Run(() => Write(ledger, nodes, w, next, stop, finishWithin))));

    private static async Task Write(Ledger ledger, HttpClient[] nodes, int writer, Func<int, int, Op?> next, CancellationToken stop, TimeSpan finishWithin)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            if (next(writer, n) is not { } op) break;
            foreach (var marker in op.Markers) ledger.Sent.Add(marker);
            var node = n % nodes.Length;
            DateTime? giveUpAt = null;
            while (true)
            {
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, op.Path) { Content = JsonContent.Create(op.Body) };
                    request.Headers.Add("Idempotency-Key", op.Key);
                    using var response = await nodes[node].SendAsync(request);
                    if (response.IsSuccessStatusCode)
                    {
                        var at = DateTime.UtcNow;
                        foreach (var marker in op.Markers) ledger.Acknowledged[marker] = at;
                        ledger.AnswersAt.Add(at);
                        ledger.OnAcknowledged?.Invoke(node, op);
                        break;
                    }
                    if ((int)response.StatusCode is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests))
                    {
                        ledger.Refused.Add($"{op.Path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                        break;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException) { }
                Interlocked.Increment(ref ledger.Failures);
                node = (node + 1) % nodes.Length;
                if (stop.IsCancellationRequested)
                {
                    giveUpAt ??= DateTime.UtcNow + finishWithin;
                    if (DateTime.UtcNow > giveUpAt)
                    {
                        Interlocked.Increment(ref ledger.GaveUp);
                        break;
                    }
                }
                await Task.Delay(50);
            }
            if (op.Pause > TimeSpan.Zero) await Task.Delay(op.Pause);
        }
    }
}
