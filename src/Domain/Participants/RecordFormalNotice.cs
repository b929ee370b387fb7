using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

/// <param name="Regime">The regime the notice invokes; null keeps the participant's (R29).</param>
public sealed record RecordFormalNotice(DateOnly GivenOn, OutplacementRegime? Regime);

public static partial class ParticipantDecider
{
    /// <summary>
    /// R31, R32, R34: when the employer made no offer by its deadline, the worker puts the employer on notice within a
    /// window (4 weeks, 39 weeks or 1 month), which starts the employer's new term (R32: 4 weeks; R34: 1 month). Only in
    /// a regime with an offer deadline, after that deadline, within the window, before any offer or decision; once.
    /// </summary>
    public static FormalNoticeGiven Decide(DismissalCase current, Participant p, RecordFormalNotice cmd, DateOnly today)
    {
        EnsureActive(current, p, cmd.GivenOn);
        BusinessDates.RequireNotAfterToday(cmd.GivenOn, today, "formal-notice.in-the-future", "The formal notice");
        Require(p.FormalNotice is null, "formal-notice.already-given", $"A formal notice was already given on {p.FormalNotice?.GivenOn:yyyy-MM-dd}.");
        Require(p.Offer is null, "formal-notice.offer-made", $"An offer was recorded, sent on {p.Offer?.OfferedOn:yyyy-MM-dd}; a formal notice answers a missing offer.");
        Require(p.Decision is null, "formal-notice.after-decision",
            $"The participant already decided on the outplacement on {p.Decision?.DecidedOn:yyyy-MM-dd}.");
        var facts = p.OfferFacts() with { Regime = cmd.Regime ?? p.RegimeOrDefault() };
        var due = facts.OfferDueOn() ?? throw new CaseRuleViolation("formal-notice.no-offer-deadline",
            $"The {facts.Regime} regime has no offer deadline in the sources (R23), so there is nothing to put the employer on notice for.");
        Require(cmd.GivenOn > due, "formal-notice.before-offer-due",
            $"R31, R32, R34: the employer may offer until {due:yyyy-MM-dd}; a formal notice follows that day.");
        var windowEnd = facts.FormalNoticeWindowEndsOn()!.Value;
        Require(cmd.GivenOn <= windowEnd, "formal-notice.too-late",
            $"R31, R32, R34: formal notice could be given until {windowEnd:yyyy-MM-dd} in the {facts.Regime} regime.");
        return new(current.Id, p.Id, cmd.GivenOn, facts.Regime);
    }
}
