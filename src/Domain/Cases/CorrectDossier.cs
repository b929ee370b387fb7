using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

/// <summary>The dossier's facts as they should have been recorded (step 1); a null field stays as it is.</summary>
/// <param name="SecondCaseReason">Why the corrected enterprise number may have a second open case; null when none is intended.</param>
public sealed record CorrectDossier(string? EmployerName, string? EnterpriseNumber, IReadOnlyList<string>? JointCommittees,
    int? AverageHeadcount, int? PlannedDismissals, IReadOnlyList<string>? Reasons, string Reason, string? SecondCaseReason = null);

public static partial class CaseDecider
{
    /// <summary>
    /// The flags of R1, R13 and R14 follow, being derived from these facts whenever read. The field rules of step 1 are
    /// the request's (400); no rule of the procedure depends on these facts. A corrected enterprise number meets the rule
    /// of a new dossier: no second open case unless intended, with a reason, which the event keeps.
    /// </summary>
    /// <param name="openCasesOfEnterprise">The other cases of the corrected enterprise number, neither closed nor cancelled.</param>
    public static DossierCorrected Decide(DismissalCase current, CorrectDossier cmd, IReadOnlyList<Guid>? openCasesOfEnterprise = null)
    {
        EnsureOpen(current);
        var open = openCasesOfEnterprise ?? [];
        Require(open.Count == 0 || cmd.SecondCaseReason is not null, "dossier.enterprise-has-open-case",
            $"Enterprise number {cmd.EnterpriseNumber} already has an open case ({string.Join(", ", open.Take(5))}); " +
            "send allowSecondCase with a secondCaseReason if another one is intended.");
        return new(current.Id, cmd.EmployerName, cmd.EnterpriseNumber, cmd.JointCommittees, cmd.AverageHeadcount, cmd.PlannedDismissals,
            cmd.Reasons, cmd.Reason, open.Count == 0 ? null : cmd.SecondCaseReason);
    }
}
