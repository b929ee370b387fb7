using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

/// <summary>A guidance session and the services of CAO 82bis it gave; the API asks for at least one.</summary>
/// <param name="SessionId">The new session's id, given by the caller so the answer can name it.</param>
public sealed record LogGuidanceSession(DateOnly HeldOn, decimal Hours, GuidanceKind Kind, string? Topic, Guid SessionId,
    IReadOnlyList<GuidanceService>? Services = null);

public static partial class ParticipantDecider
{
    public static GuidanceSessionLogged Decide(DismissalCase current, Participant p, LogGuidanceSession cmd, DateOnly today)
    {
        EnsureActive(current, p, cmd.HeldOn);
        BusinessDates.RequireNotAfterToday(cmd.HeldOn, today, "guidance.in-the-future", "A guidance session");
        Require(cmd.Hours is > 0 and <= TrajectoryRules.MaximumSessionHours, "guidance.hours",
            "A session lasts more than 0 and at most 8 hours.");
        var acceptedOn = RequireAccepted(p, "guidance.needs-acceptance", "A guidance session");
        Require(cmd.HeldOn >= acceptedOn, "guidance.before-acceptance",
            $"Guidance starts once the offer is accepted ({acceptedOn:yyyy-MM-dd}).");
        Require(cmd.HeldOn <= p.TrajectoryEndsOn, "guidance.outside-trajectory",
            $"The session must fall inside the trajectory, which ends on {p.TrajectoryEndsOn:yyyy-MM-dd}.");
        return new(current.Id, p.Id, cmd.HeldOn, cmd.Hours, cmd.Kind, cmd.Topic, cmd.SessionId,
            cmd.Services is { Count: > 0 } services ? [.. services.Distinct().Order()] : null);
    }
}
