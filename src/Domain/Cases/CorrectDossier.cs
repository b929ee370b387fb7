namespace CollectiveDismissal.Domain.Cases;

/// <summary>The dossier's facts as they should have been recorded (step 1); a null field stays as it is.</summary>
public sealed record CorrectDossier(string? EmployerName, string? EnterpriseNumber, IReadOnlyList<string>? JointCommittees,
    int? AverageHeadcount, int? PlannedDismissals, IReadOnlyList<string>? Reasons, string Reason);

public static partial class CaseDecider
{
    /// <summary>
    /// The flags of R1, R13 and R14 follow, being derived from these facts whenever read. The field rules of step 1 are
    /// the request's (400); no rule of the procedure depends on these facts.
    /// </summary>
    public static DossierCorrected Decide(DismissalCase current, CorrectDossier cmd)
    {
        EnsureOpen(current);
        return new(current.Id, cmd.EmployerName, cmd.EnterpriseNumber, cmd.JointCommittees, cmd.AverageHeadcount, cmd.PlannedDismissals,
            cmd.Reasons, cmd.Reason);
    }
}
