using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

public sealed record HoldTwcMeeting(DateOnly HeldOn, string? Notes);

public static partial class CaseDecider
{
    public static TwcMeetingHeld Decide(DismissalCase current, HoldTwcMeeting cmd, DateOnly today)
    {
        EnsureOpen(current);
        BusinessDates.RequireNotAfterToday(cmd.HeldOn, today, "twc-meeting.in-the-future", "A TWC meeting");
        var openedOn = current.TwcOpenedOn
            ?? throw new CaseRuleViolation("twc-meeting.needs-open-cell", "A TWC meeting needs an open employment cell.");
        Require(cmd.HeldOn >= openedOn, "twc-meeting.before-opening",
            $"A TWC meeting cannot precede the opening of the employment cell ({openedOn:yyyy-MM-dd}).");
        return new(current.Id, cmd.HeldOn, cmd.Notes);
    }
}
