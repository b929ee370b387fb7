using CollectiveDismissal.Domain.Cases;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record RecordDeparture(DateOnly LeftOn, DepartureReason Reason, Guid DepartureId);

public static partial class ParticipantDecider
{
    public static ParticipantLeft Decide(DismissalCase current, Participant p, RecordDeparture cmd)
    {
        CaseDecider.EnsureOpen(current);
        Require(p.Departure is null, "departure.already-left", $"The participant already left on {p.Departure?.LeftOn:yyyy-MM-dd}.");
        var latest = p.LatestRecordedDate();
        Require(cmd.LeftOn >= latest, "departure.before-recorded-activity",
            $"The participant cannot leave before what is already recorded for them ({latest:yyyy-MM-dd}).");
        return new(current.Id, p.Id, cmd.LeftOn, cmd.Reason, cmd.DepartureId);
    }
}
