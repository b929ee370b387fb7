using CollectiveDismissal.Domain.Cases;

namespace CollectiveDismissal.Domain.Participants;

public sealed record VoidGuidanceSession(Guid SessionId, string Reason);

public static partial class ParticipantDecider
{
    /// <summary>A session logged by mistake (twice, or for the wrong participant) stops counting; nothing depends on one session.</summary>
    public static GuidanceSessionVoided Decide(DismissalCase current, Participant p, VoidGuidanceSession cmd)
    {
        EnsureCanVoid(current, p, cmd.SessionId, "guidance session");
        var session = p.GuidanceSessionList().SingleOrDefault(s => s.Id == cmd.SessionId) ?? throw UnknownEntry("guidance session", cmd.SessionId);
        return new(current.Id, p.Id, session.Id, session.HeldOn, session.Hours, cmd.Reason, session.Services, session.Kind);
    }
}
