using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Participants;

public sealed record OutplacementOffer(DateOnly OfferedOn, OfferChannel SentBy, OutplacementRegime Regime)
{
    public static OutplacementOffer Of(OutplacementOffered e) => new(e.OfferedOn, e.SentBy, e.Regime);
}

public sealed record FormalNotice(DateOnly GivenOn, OutplacementRegime Regime)
{
    public static FormalNotice Of(FormalNoticeGiven e) => new(e.GivenOn, e.Regime);
}

/// <summary>
/// What a participant's offer deadlines depend on (R31, R32, R34): the dismissal and the contract's end, how the contract
/// ends, the regime, and the offer or formal notice once recorded. Kept by the participant's document and by the
/// deadline board, each folding the events through these functions.
/// </summary>
public sealed record OfferFacts(DateOnly DismissedOn, DateOnly ContractEndsOn, TerminationMode TerminationMode,
    OutplacementRegime Regime = OutplacementRegime.Restructuring, OutplacementOffer? Offer = null, FormalNotice? FormalNotice = null)
{
    public static OfferFacts Of(ParticipantEnrolled e) => new(e.DismissedOn, e.ContractEndsOn, e.TerminationMode);

    /// <summary>The enrolment's facts corrected: the deadlines follow the dismissal, contract end and termination as corrected.</summary>
    public OfferFacts With(EnrolmentCorrected e) => this with
    {
        DismissedOn = e.DismissedOn ?? DismissedOn,
        ContractEndsOn = e.ContractEndsOn ?? ContractEndsOn,
        TerminationMode = e.TerminationMode ?? TerminationMode
    };

    public OfferFacts With(OutplacementRegimeChosen e) => this with { Regime = e.Regime };

    /// <summary>The offer names the regime it is made under; from then on that is the regime.</summary>
    public OfferFacts With(OutplacementOffered e) => this with { Offer = OutplacementOffer.Of(e), Regime = e.Regime };

    public OfferFacts With(FormalNoticeGiven e) => this with { FormalNotice = FormalNotice.Of(e), Regime = e.Regime };

    /// <summary>The facts as known on a date: an offer or formal notice dated later is not there yet.</summary>
    public OfferFacts AsOf(DateOnly asOf) => this with
    {
        Offer = Offer is { } o && o.OfferedOn <= asOf ? o : null,
        FormalNotice = FormalNotice is { } n && n.GivenOn <= asOf ? n : null
    };

    /// <summary>The last day for the employer's offer, before any formal notice (R31, R32, R34); null in the restructuring regime.</summary>
    public DateOnly? OfferDueOn() => OfferRules.OfferDue(Regime, TerminationMode, DismissedOn, ContractEndsOn);

    /// <summary>The last day the worker may give formal notice when no offer came (R31, R32, R34).</summary>
    public DateOnly? FormalNoticeWindowEndsOn() => OfferRules.FormalNoticeWindowEnd(Regime, TerminationMode, DismissedOn, ContractEndsOn);

    /// <summary>The last day for the employer's offer after the worker's formal notice (R32, R34); null without one.</summary>
    public DateOnly? OfferAfterFormalNoticeDueOn() =>
        FormalNotice is { } n ? OfferRules.OfferAfterFormalNoticeDue(Regime, TerminationMode, n.GivenOn) : null;

    /// <summary>The last day of the worker's decision on the offer (R31, R32, R34); null without an offer.</summary>
    public DateOnly? DecisionDueOn() => Offer is { } o ? OfferRules.DecisionDue(Regime, o.OfferedOn) : null;

    /// <summary>The offer came by its deadline: the first one, or the one after the formal notice; null without a deadline.</summary>
    public bool? OfferedInTime() => Offer is { } o && (FormalNotice is null ? OfferDueOn() : OfferAfterFormalNoticeDueOn()) is { } due
        ? o.OfferedOn <= due
        : null;
}
