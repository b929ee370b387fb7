namespace CollectiveDismissal.Domain.Cases;

public sealed record ConsultStakeholder(DateOnly HeldOn, StakeholderParty Party, string? Subject);

public static partial class CaseDecider
{
    public static StakeholderConsulted Decide(DismissalCase current, ConsultStakeholder cmd)
    {
        EnsureOpen(current);
        return new(current.Id, cmd.HeldOn, cmd.Party, cmd.Subject);
    }
}
