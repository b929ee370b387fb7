using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Cases;

/// <summary>The employment cell's facts as they should have been recorded (step 7, R17); a null field stays as it is.</summary>
public sealed record CorrectEmploymentCell(IReadOnlyList<string>? Partners, string? Spoc, EmploymentService? EmploymentService, string Reason);

public static partial class CaseDecider
{
    public static EmploymentCellCorrected Decide(DismissalCase current, CorrectEmploymentCell cmd)
    {
        EnsureOpen(current);
        if (current.TwcOpenedOn is null)
            throw new CaseRuleViolation("correction.no-employment-cell", "The employment cell is not open: there is nothing to correct.");
        return new(current.Id, cmd.Partners, cmd.Spoc, cmd.EmploymentService, cmd.Reason);
    }
}
