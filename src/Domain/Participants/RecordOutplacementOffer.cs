using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

/// <param name="Regime">The regime the offer is made under; null keeps the participant's (R29).</param>
public sealed record RecordOutplacementOffer(DateOnly OfferedOn, OfferChannel SentBy, OutplacementRegime? Regime);

public static partial class ParticipantDecider
{
    /// <summary>
    /// R31, R32, R34: the employer's offer, dated the day it was sent. One offer, made before the worker decides; an offer
    /// after its deadline is still recorded (the reads show it late). It may come after a formal notice, under that
    /// notice's regime.
    /// </summary>
    public static OutplacementOffered Decide(DismissalCase current, Participant p, RecordOutplacementOffer cmd, DateOnly today)
    {
        EnsureActive(current, p, cmd.OfferedOn);
        BusinessDates.RequireNotAfterToday(cmd.OfferedOn, today, "offer.in-the-future", "The offer");
        Require(p.Offer is null, "offer.already-made", $"An offer was already recorded, sent on {p.Offer?.OfferedOn:yyyy-MM-dd}.");
        Require(p.Decision is null, "offer.after-decision",
            $"The participant already decided on the outplacement on {p.Decision?.DecidedOn:yyyy-MM-dd}; the offer comes before the decision.");
        // The offer answers the dismissal: with notice worked it comes during the notice (R31), otherwise after the
        // contract's end (R32, R34), never before the dismissal itself.
        Require(cmd.OfferedOn >= p.DismissedOn, "offer.before-dismissal", $"The offer cannot precede the dismissal ({p.DismissedOn:yyyy-MM-dd}).");
        var regime = cmd.Regime ?? p.RegimeOrDefault();
        if (p.FormalNotice is { } notice)
        {
            Require(cmd.OfferedOn >= notice.GivenOn, "offer.before-formal-notice",
                $"A formal notice was given on {notice.GivenOn:yyyy-MM-dd} because no offer had come; an offer sent before it cannot be recorded after it.");
            Require(regime == notice.Regime, "offer.regime-differs",
                $"The formal notice was given under the {notice.Regime} regime; the offer answering it is made under the same one.");
        }
        return new(current.Id, p.Id, cmd.OfferedOn, cmd.SentBy, regime);
    }
}
