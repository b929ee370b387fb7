using CollectiveDismissal.Domain.Cases;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record VoidTrajectoryExtension(Guid ExtensionId, string Reason);

public static partial class ParticipantDecider
{
    /// <summary>
    /// An extension recorded by mistake stops counting; the trajectory then ends on the last extension left, or the minimum
    /// period's end. Not while a session falls after that end: it was logged inside the trajectory (step 11) only thanks to
    /// this extension, so it must be voided first.
    /// </summary>
    public static TrajectoryExtensionVoided Decide(DismissalCase current, Participant p, VoidTrajectoryExtension cmd)
    {
        EnsureCanVoid(current, p, cmd.ExtensionId, "extension");
        var extensions = p.ExtensionList();
        var extension = extensions.SingleOrDefault(e => e.Id == cmd.ExtensionId) ?? throw UnknownEntry("extension", cmd.ExtensionId);
        var endsOn = extensions.Where(e => e.Id != extension.Id).LastOrDefault()?.EndsOn ?? p.MinimumPeriodEndsOn();
        var outside = p.GuidanceSessionList().Where(s => s.HeldOn > endsOn).Select(s => s.HeldOn).Order().ToList();
        Require(outside.Count == 0, "guidance.outside-trajectory",
            $"Without this extension the trajectory ends on {endsOn:yyyy-MM-dd}, and {outside.Count} session(s) fall after it (from {outside.FirstOrDefault():yyyy-MM-dd}); void them first.");
        return new(current.Id, p.Id, extension.Id, cmd.Reason);
    }
}
