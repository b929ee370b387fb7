using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Cases;

/// <summary>The last day of the waiting period (R9): set by the notification, moved by an extension.</summary>
public static class WaitingPeriod
{
    public static DateOnly EndsOn(CollectiveDismissalNotified e) => LegalRules.WaitingPeriodEnd(e.NotifiedOn);

    public static DateOnly EndsOn(WaitingPeriodExtended e) => e.EndsOn;
}
