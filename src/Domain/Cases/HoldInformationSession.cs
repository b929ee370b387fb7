using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

public sealed record HoldInformationSession(DateOnly HeldOn, PreTrajectoryActivity Kind, int Attendees, string? Topic);

public static partial class CaseDecider
{
    public static InformationSessionHeld Decide(DismissalCase current, HoldInformationSession cmd, DateOnly today)
    {
        EnsureOpen(current);
        BusinessDates.RequireNotAfterToday(cmd.HeldOn, today, "pre-trajectory.in-the-future", "A pre-trajectory activity");
        var announcedOn = RequireAnnounced(current, "pre-trajectory.needs-announcement", "A pre-trajectory activity");
        Require(cmd.HeldOn >= announcedOn, "pre-trajectory.before-announcement",
            $"A pre-trajectory activity for the workers concerned cannot precede the announcement ({announcedOn:yyyy-MM-dd}).");
        return new(current.Id, cmd.HeldOn, cmd.Kind, cmd.Attendees, cmd.Topic);
    }
}
