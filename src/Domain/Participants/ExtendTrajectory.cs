using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record ExtendTrajectory(DateOnly DecidedOn, DateOnly EndsOn, string Reason, Guid ExtensionId);

public static partial class ParticipantDecider
{
    public static TrajectoryExtended Decide(DismissalCase current, Participant p, ExtendTrajectory cmd)
    {
        EnsureActive(current, p, cmd.DecidedOn);
        var acceptedOn = RequireAccepted(p, "extension.needs-acceptance", "An extension");
        Require(cmd.DecidedOn >= acceptedOn, "extension.before-acceptance",
            $"An extension is decided on or after the acceptance of the offer ({acceptedOn:yyyy-MM-dd}).");
        Require(cmd.EndsOn > p.TrajectoryEndsOn, "extension.not-later",
            $"The new end must be later than the current end ({p.TrajectoryEndsOn:yyyy-MM-dd}).");
        var latest = TrajectoryRules.LatestTrajectoryEnd(p.EnrolledOn);
        Require(cmd.EndsOn <= latest, "extension.beyond-12-months",
            $"The whole trajectory stays within 12 months of enrolment: it ends on {latest:yyyy-MM-dd} at the latest.");
        return new(current.Id, p.Id, cmd.DecidedOn, cmd.EndsOn, cmd.Reason, cmd.ExtensionId);
    }
}
