namespace CollectiveDismissal.Domain.Cases;

public sealed record PrepareDossier(Guid CaseId, Employer Employer, int AverageHeadcount, int PlannedDismissals,
    IReadOnlyList<string> Reasons, string ProjectManager);

public static partial class CaseDecider
{
    public static DossierPrepared Decide(PrepareDossier cmd) =>
        new(cmd.CaseId, cmd.Employer, cmd.AverageHeadcount, cmd.PlannedDismissals, cmd.Reasons, cmd.ProjectManager);
}
