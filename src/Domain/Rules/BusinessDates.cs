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

    /// <summary>
    /// Sessions, meetings, decisions, offers and formal notices record what has happened, so a date after today is a
    /// typing error, and would count as done what is not (hours, a frozen progress report, a board without a deadline).
    /// The caller passes today (the calendar date in Belgium), so a decision stays a pure function of its input.
    /// </summary>
    public static void RequireNotAfterToday(DateOnly on, DateOnly today, string rule, string what) =>
        CaseRuleViolation.Require(on <= today, rule,
            $"{what} is dated {on:yyyy-MM-dd}, after today ({today:yyyy-MM-dd} in Belgium); record it once it has taken place.");
}
