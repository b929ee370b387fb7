namespace CollectiveDismissal.Domain.Cases;

public sealed record CancelCase(string Reason);

public static partial class CaseDecider
{
    /// <summary>
    /// A case created by mistake. Not a closed one: its final report was handed over, so it is reopened first, and the
    /// reopening says why.
    /// </summary>
    public static CaseCancelled Decide(DismissalCase current, CancelCase cmd)
    {
        EnsureOpen(current);
        return new(current.Id, cmd.Reason);
    }
}
