using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Cases;

public sealed record ConsultStakeholder(DateOnly HeldOn, StakeholderParty Party, string? Subject);

public static partial class CaseDecider
{
    public static StakeholderConsulted Decide(DismissalCase current, ConsultStakeholder cmd, DateOnly today)
    {
        EnsureOpen(current);
        BusinessDates.RequireNotAfterToday(cmd.HeldOn, today, "consultation-party.in-the-future", "A consultation");
        return new(current.Id, cmd.HeldOn, cmd.Party, cmd.Subject);
    }
}
