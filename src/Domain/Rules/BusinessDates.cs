namespace CollectiveDismissal.Domain.Rules;

/// <summary>
/// The dates a case can hold. Deadlines add days and months to them, so a date near <see cref="DateOnly.MaxValue"/> would
/// overflow; a date outside this window is refused as invalid input instead.
/// </summary>
public static class BusinessDates
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    public static bool IsPlausible(DateOnly date) => date >= Earliest && date <= Latest;

    public const string Message = "A date from 1900-01-01 to 2199-12-31, as YYYY-MM-DD.";
}
