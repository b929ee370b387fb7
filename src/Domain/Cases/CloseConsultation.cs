using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

public sealed record CloseConsultation(DateOnly ClosedOn);

public static partial class CaseDecider
{
    public static ConsultationClosed Decide(DismissalCase current, CloseConsultation cmd)
    {
        EnsureOpen(current);
        Require(current.ConsultationClosedOn is null, "consultation.already-closed",
            $"The consultation was already closed on {current.ConsultationClosedOn:yyyy-MM-dd}.");
        var lastMeeting = current.LastWorksCouncilMeetingOn
            ?? throw new CaseRuleViolation("consultation.needs-a-meeting",
                "The consultation can only be closed after at least one works council meeting.");
        Require(cmd.ClosedOn >= lastMeeting, "consultation.before-last-meeting",
            $"The consultation cannot close before its last meeting ({lastMeeting:yyyy-MM-dd}).");
        return new(current.Id, cmd.ClosedOn);
    }
}
