using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

public sealed record CloseCase(DateOnly ClosedOn);

/// <summary>What closing a case asks of each participant. The participant implements it: participants know their case, not the reverse.</summary>
public interface IParticipantAtClosing
{
    string PersonnelReference { get; }

    /// <summary>Searching for work on the date, with a trajectory that runs on or after it.</summary>
    bool SearchesWithTrajectoryRunningOn(DateOnly date);
}

public static partial class CaseDecider
{
    /// <summary>
    /// Not before the employment cell's availability ends (R16), and not while a participant is searching with a
    /// trajectory that runs on. The participants are passed in: the case's write model does not hold them.
    /// </summary>
    public static CaseClosed Decide(DismissalCase current, CloseCase cmd, IEnumerable<IParticipantAtClosing> participants)
    {
        EnsureOpen(current);
        var openedOn = current.TwcOpenedOn
            ?? throw new CaseRuleViolation("closure.needs-open-cell", "A case is closed through its employment cell, which is not open.");
        Require(cmd.ClosedOn >= openedOn, "closure.before-cell-opened",
            $"The case cannot close before its employment cell opened ({openedOn:yyyy-MM-dd}).");
        if (current.TwcAvailableUntil() is { } availableUntil)
            Require(cmd.ClosedOn >= availableUntil, "closure.before-twc-availability-end",
                $"R16: the employment cell stays available until {availableUntil:yyyy-MM-dd}.");
        var stillSearching = participants
            .Where(p => p.SearchesWithTrajectoryRunningOn(cmd.ClosedOn))
            .Select(p => p.PersonnelReference).Order(StringComparer.Ordinal).ToList();
        Require(stillSearching.Count == 0, "closure.participants-searching",
            $"{stillSearching.Count} participant(s) are searching with a trajectory running on or after {cmd.ClosedOn:yyyy-MM-dd}: "
            + string.Join(", ", stillSearching.Take(10)) + (stillSearching.Count > 10 ? ", …" : "") + ".");
        return new CaseClosed(current.Id, cmd.ClosedOn);
    }
}
