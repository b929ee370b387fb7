using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

public sealed record NotifyCollectiveDismissal(DateOnly NotifiedOn);

public static partial class CaseDecider
{
    public static CollectiveDismissalNotified Decide(DismissalCase current, NotifyCollectiveDismissal cmd)
    {
        EnsureOpen(current);
        Require(current.NotifiedOn is null, "notification.already-notified",
            $"The collective dismissal was already notified on {current.NotifiedOn:yyyy-MM-dd}.");
        var closedOn = current.ConsultationClosedOn
            ?? throw new CaseRuleViolation("notification.needs-closed-consultation",
                "R8: the collective dismissal can only be notified after the consultation is closed.");
        Require(cmd.NotifiedOn >= closedOn, "notification.before-consultation-closed",
            $"R8: the notification cannot precede the closing of the consultation ({closedOn:yyyy-MM-dd}).");
        return new(current.Id, cmd.NotifiedOn);
    }
}
