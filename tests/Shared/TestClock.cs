namespace CollectiveDismissal.Tests;

/// <summary>
/// The clock of every test host: it starts on <see cref="Today"/> at 06:00 in Belgium and runs at the real pace. The
/// scenarios record facts in 2027 and 2028, and a fact dated after today is refused (sessions, meetings, offers, …),
/// so "today" must lie after every scenario date; a fixed day also keeps the tests that read "today" deterministic.
/// Only the service's own code reads it (through <see cref="TimeProvider"/>); Marten's and Wolverine's clocks stay real.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateOnly Today = new(2030, 1, 1);

    /// <summary>06:00 in Brussels (UTC+1 in January): the date stays <see cref="Today"/> for 18 hours of test run.</summary>
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 5, 0, 0, TimeSpan.Zero);

    private readonly long _started = System.GetTimestamp();

    public static TestClock Create() => new();

    public override DateTimeOffset GetUtcNow() => Start + System.GetElapsedTime(_started);
}
