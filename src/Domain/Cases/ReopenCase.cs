using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

public sealed record ReopenCase(string Reason);

public static partial class CaseDecider
{
    /// <summary>A closed case opens again so it can be corrected; its frozen final report is kept as superseded.</summary>
    public static CaseReopened Decide(DismissalCase current, ReopenCase cmd)
    {
        Require(!current.Cancelled, "case.cancelled", "The case was cancelled as created by mistake; it cannot be reopened.");
        Require(current.ClosedOn is not null, "reopening.not-closed", "The case is open: it needs no reopening to be corrected.");
        return new(current.Id, cmd.Reason);
    }
}
