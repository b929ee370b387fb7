using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

/// <param name="SecondCaseReason">Why a second open case for the same enterprise number is intended (a second site, a
/// second wave); null when none is.</param>
public sealed record PrepareDossier(Guid CaseId, Employer Employer, int AverageHeadcount, int PlannedDismissals,
    IReadOnlyList<string> Reasons, string ProjectManager, string? SecondCaseReason = null);

public static partial class CaseDecider
{
    /// <summary>
    /// A second open case for an enterprise number is far more often a case created twice than a second procedure, so it
    /// is refused unless the request says it is intended, with a reason, which the event keeps. Closed cases do not count.
    /// </summary>
    /// <param name="openCasesOfEnterprise">The enterprise's cases not closed, read under the enterprise's lock.</param>
    public static DossierPrepared Decide(PrepareDossier cmd, IReadOnlyList<Guid> openCasesOfEnterprise)
    {
        Require(openCasesOfEnterprise.Count == 0 || cmd.SecondCaseReason is not null, "dossier.enterprise-has-open-case",
            $"Enterprise number {cmd.Employer.EnterpriseNumber} already has an open case ({string.Join(", ", openCasesOfEnterprise.Take(5))}); " +
            "send allowSecondCase with a secondCaseReason if another one is intended.");
        return new(cmd.CaseId, cmd.Employer, cmd.AverageHeadcount, cmd.PlannedDismissals, cmd.Reasons, cmd.ProjectManager,
            openCasesOfEnterprise.Count == 0 ? null : cmd.SecondCaseReason);
    }
}
