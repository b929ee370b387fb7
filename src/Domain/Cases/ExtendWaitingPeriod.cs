using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

public sealed record ExtendWaitingPeriod(DateOnly EndsOn, string? Reason);

public static partial class CaseDecider
{
    public static WaitingPeriodExtended Decide(DismissalCase current, ExtendWaitingPeriod cmd)
    {
        EnsureOpen(current);
        if (current is not { NotifiedOn: { } notifiedOn, WaitingPeriodEndsOn: { } currentEnd })
            throw new CaseRuleViolation("waiting-period.needs-notification",
                "R9: there is no waiting period to extend before the collective dismissal is notified.");
        Require(cmd.EndsOn > currentEnd, "waiting-period.not-later",
            $"R9: the new end must be later than the current end ({currentEnd:yyyy-MM-dd}).");
        var latest = LegalRules.LatestWaitingPeriodEnd(notifiedOn);
        Require(cmd.EndsOn <= latest, "waiting-period.beyond-60-days",
            $"R9: the waiting period ends at the latest 60 days after the notification ({latest:yyyy-MM-dd}).");
        return new(current.Id, cmd.EndsOn, cmd.Reason);
    }
}
