namespace CollectiveDismissal.Api;

/// <summary>The business date of "today": the calendar date in Belgium.</summary>
public static class BusinessDate
{
    private static readonly TimeZoneInfo Belgium = Find();

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Belgium).DateTime);

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
