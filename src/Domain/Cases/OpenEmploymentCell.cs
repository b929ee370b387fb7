using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

public sealed record OpenEmploymentCell(DateOnly OpenedOn, EmploymentService? EmploymentService, IReadOnlyList<string> Partners, string Spoc);

public static partial class CaseDecider
{
    public static TwcOpened Decide(DismissalCase current, OpenEmploymentCell cmd)
    {
        EnsureOpen(current);
        Require(current.TwcOpenedOn is null, "employment-cell.already-open",
            $"The employment cell was already opened on {current.TwcOpenedOn:yyyy-MM-dd}; a case has one.");
        var announcedOn = RequireAnnounced(current, "employment-cell.needs-announcement", "The employment cell");
        Require(cmd.OpenedOn >= announcedOn, "employment-cell.before-announcement",
            $"R13: the employment cell is set up on or after the announcement ({announcedOn:yyyy-MM-dd}).");
        return new(current.Id, cmd.OpenedOn, cmd.EmploymentService ?? LegalRules.CompetentService(current.Region),
            cmd.Partners, cmd.Spoc);
    }
}
