using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

/// <summary>
/// Pure decisions on a case: the same state and command always give the same event, or the same refusal. One file per
/// command holds the command and its decision; the guards they share are here.
/// </summary>
public static partial class CaseDecider
{
    public static void EnsureOpen(DismissalCase current)
    {
        Require(!current.Cancelled, "case.cancelled", "The case was cancelled as created by mistake; it accepts no more commands.");
        Require(current.ClosedOn is null, "case.closed",
            $"The case was closed on {current.ClosedOn:yyyy-MM-dd}; it accepts no more commands unless reopened (POST …/reopening).");
    }

    private static DateOnly RequireAnnounced(DismissalCase current, string rule, string what) =>
        current.AnnouncedOn ?? throw new CaseRuleViolation(rule, $"{what} needs the intention to be announced first.");
}
