using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record HoldIntake(DateOnly HeldOn, string? Coach, IReadOnlyList<string> Goals, IReadOnlyList<string> TargetOccupations);

public static partial class ParticipantDecider
{
    public static IntakeHeld Decide(DismissalCase current, Participant p, HoldIntake cmd, DateOnly today)
    {
        EnsureActive(current, p, cmd.HeldOn);
        BusinessDates.RequireNotAfterToday(cmd.HeldOn, today, "intake.in-the-future", "The intake");
        var acceptedOn = RequireAccepted(p, "intake.needs-acceptance", "An intake");
        Require(p.Intake is null, "intake.already-held", $"The intake was already held on {p.Intake?.HeldOn:yyyy-MM-dd}.");
        Require(cmd.HeldOn >= acceptedOn, "intake.before-acceptance", $"The intake follows the acceptance ({acceptedOn:yyyy-MM-dd}).");
        return new(current.Id, p.Id, cmd.HeldOn, cmd.Coach, cmd.Goals, cmd.TargetOccupations);
    }
}
