using System.Diagnostics;

namespace CollectiveDismissal.Benchmarks;

/// <summary>A closed loop of <c>workers</c> concurrent callers for a fixed time; every call's latency is kept.</summary>
public sealed record Measurement(string Name, int Operations, int Failures, TimeSpan Elapsed, double[] LatenciesMs)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
    public double P50 => Percentile(0.50);
    public double P99 => Percentile(0.99);

    private double Percentile(double p)
    {
        if (LatenciesMs.Length == 0) return double.NaN;
        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public override string ToString() =>
        $"{Name,-44} {PerSecond,8:F0}/s  p50 {P50,6:F2} ms  p99 {P99,6:F2} ms  ({Operations} ok, {Failures} failed)";

    public static async Task<Measurement> Run(string name, int workers, TimeSpan duration, Func<Task<bool>> operation)
    {
        var latencies = new List<double>[workers];
        var failures = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            latencies[w] = [];
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await operation();
                if (ok) latencies[w].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                else Interlocked.Increment(ref failures);
            }
        })));
        var all = latencies.SelectMany(l => l).ToArray();
        return new Measurement(name, all.Length, failures, clock.Elapsed, all);
    }

    /// <summary>
    /// An open loop: calls start at a fixed rate whatever the answers do, and each latency is measured from the moment
    /// the call was due, so a stall counts against every call it delays (no coordinated omission).
    /// </summary>
    public static async Task<Measurement> RunAtRate(string name, double perSecond, TimeSpan duration, Func<Task<bool>> operation)
    {
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var failures = 0;
        var calls = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = (int)(perSecond * duration.TotalSeconds);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            calls.Add(Task.Run(async () =>
            {
                var ok = await operation();
                if (ok) latencies.Add((clock.Elapsed - due).TotalMilliseconds);
                else Interlocked.Increment(ref failures);
            }));
        }
        await Task.WhenAll(calls);
        return new Measurement(name, latencies.Count, failures, clock.Elapsed, [.. latencies]);
    }

    /// <summary>Several rounds alternate so machine noise hits both sides alike; the median round is reported.</summary>
    public static Measurement Median(IEnumerable<Measurement> rounds)
    {
        var ordered = rounds.OrderBy(r => r.PerSecond).ToArray();
        return ordered[ordered.Length / 2];
    }
}
