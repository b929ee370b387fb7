using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Deadlines;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Tests.ParticipantSpec;

namespace CollectiveDismissal.Domain.Tests.Participants;

/// <summary>
/// R31, R32, R34: the offer's deadlines per regime. The spec's participant is dismissed on 2026-12-06, the contract ends
/// on 2027-01-09 (indemnity), enrolled on 2027-01-10.
/// </summary>
public class offer_deadlines_per_regime
{
    private static readonly DateOnly Dismissed = new(2026, 12, 6);
    private static readonly DateOnly ContractEnd = new(2027, 1, 9);

    [Fact]
    public void general_regime_with_notice_worked_r31_offer_within_4_weeks_of_the_notice_then_4_weeks_for_formal_notice_and_4_to_decide()
    {
        var f = new OfferFacts(Dismissed, ContractEnd, TerminationMode.NoticeWorked, OutplacementRegime.General);
        Assert.Equal(new DateOnly(2027, 1, 3), f.OfferDueOn());
        Assert.Equal(new DateOnly(2027, 1, 31), f.FormalNoticeWindowEndsOn());
        // R31 names no term for the employer after a formal notice: none is computed.
        Assert.Null((f with { FormalNotice = new FormalNotice(new DateOnly(2027, 1, 10), OutplacementRegime.General) }).OfferAfterFormalNoticeDueOn());
        Assert.Equal(new DateOnly(2027, 2, 1), (f with { Offer = new(new DateOnly(2027, 1, 4), OfferChannel.RegisteredLetter, OutplacementRegime.General) }).DecisionDueOn());
    }

    [Fact]
    public void general_regime_with_an_indemnity_r32_offer_within_15_days_of_the_end_39_weeks_for_formal_notice_then_4_weeks()
    {
        var f = new OfferFacts(Dismissed, ContractEnd, TerminationMode.Indemnity, OutplacementRegime.General);
        Assert.Equal(new DateOnly(2027, 1, 24), f.OfferDueOn());
        Assert.Equal(new DateOnly(2027, 10, 24), f.FormalNoticeWindowEndsOn()); // + 273 days
        var noticed = f with { FormalNotice = new FormalNotice(new DateOnly(2027, 3, 1), OutplacementRegime.General) };
        Assert.Equal(new DateOnly(2027, 3, 29), noticed.OfferAfterFormalNoticeDueOn());
        var offered = noticed with { Offer = new(new DateOnly(2027, 3, 30), OfferChannel.Email, OutplacementRegime.General) };
        Assert.False(offered.OfferedInTime());
        Assert.Equal(new DateOnly(2027, 4, 27), offered.DecisionDueOn());
    }

    [Fact]
    public void the_45_plus_regime_r34_offer_within_15_days_of_the_end_then_a_month_each()
    {
        var f = new OfferFacts(Dismissed, new DateOnly(2027, 1, 16), TerminationMode.NoticeWorked, OutplacementRegime.Special45Plus);
        Assert.Equal(new DateOnly(2027, 1, 31), f.OfferDueOn());
        Assert.Equal(new DateOnly(2027, 2, 28), f.FormalNoticeWindowEndsOn()); // months date to date: Jan 31 + 1 month
        Assert.Equal(new DateOnly(2027, 3, 28), (f with { FormalNotice = new(new DateOnly(2027, 2, 28), OutplacementRegime.Special45Plus) }).OfferAfterFormalNoticeDueOn());
        var offered = f with { Offer = new(new DateOnly(2027, 1, 31), OfferChannel.HandDeliveredWithReceipt, OutplacementRegime.Special45Plus) };
        Assert.True(offered.OfferedInTime());
        Assert.Equal(new DateOnly(2027, 2, 28), offered.DecisionDueOn());
    }

    [Fact]
    public void the_restructuring_regime_has_no_offer_deadline_in_the_sources()
    {
        var f = new OfferFacts(Dismissed, ContractEnd, TerminationMode.Indemnity);
        Assert.Equal(OutplacementRegime.Restructuring, f.Regime);
        Assert.Null(f.OfferDueOn());
        Assert.Null(f.FormalNoticeWindowEndsOn());
        Assert.Null((f with { Offer = new(ContractEnd, OfferChannel.RegisteredLetter, OutplacementRegime.Restructuring) }).DecisionDueOn());
        Assert.Empty(DeadlineRules.ForOffer(f, null, null));
    }

    [Fact]
    public void the_board_shows_the_open_step_only()
    {
        var f = new OfferFacts(Dismissed, ContractEnd, TerminationMode.Indemnity, OutplacementRegime.General);
        Assert.Equal([DeadlineKind.OutplacementOfferDue, DeadlineKind.FormalNoticeWindowEnd], DeadlineRules.ForOffer(f, null, null).Select(d => d.Kind));
        var noticed = f with { FormalNotice = new(new DateOnly(2027, 3, 1), OutplacementRegime.General) };
        Assert.Equal([new DueDate(DeadlineKind.OfferAfterFormalNoticeDue, new DateOnly(2027, 3, 29))], DeadlineRules.ForOffer(noticed, null, null));
        var offered = noticed with { Offer = new(new DateOnly(2027, 3, 20), OfferChannel.Email, OutplacementRegime.General) };
        Assert.Equal([new DueDate(DeadlineKind.OutplacementDecisionDue, new DateOnly(2027, 4, 17))], DeadlineRules.ForOffer(offered, null, null));
        Assert.Empty(DeadlineRules.ForOffer(offered, new DateOnly(2027, 3, 25), null));
        // A departure takes off what falls due on or after it.
        Assert.Empty(DeadlineRules.ForOffer(offered, null, new DateOnly(2027, 4, 17)));
        Assert.Single(DeadlineRules.ForOffer(offered, null, new DateOnly(2027, 4, 18)));
    }
}

public class recording_offers_and_formal_notices
{
    private static readonly ParticipantSpec.GivenEvents General = Given(Enrolled(), new OutplacementRegimeChosen(CaseId, ParticipantId, OutplacementRegime.General));
    private static readonly DateOnly OfferDue = new(2027, 1, 24); // contract end 2027-01-09 + 15 days (R32)

    private static RecordOutplacementOffer Offer(DateOnly on, OutplacementRegime? regime = null) => new(on, OfferChannel.RegisteredLetter, regime);

    [Fact]
    public void an_offer_is_recorded_under_the_participants_regime() =>
        General.When((c, p) => ParticipantDecider.Decide(c, p, Offer(EnrolledOn), Today))
            .Then(new OutplacementOffered(CaseId, ParticipantId, EnrolledOn, OfferChannel.RegisteredLetter, OutplacementRegime.General));

    [Fact]
    public void the_offer_may_name_its_regime_and_the_participant_then_has_it()
    {
        var offered = ParticipantDecider.Decide(General.Case, General.Participant, Offer(EnrolledOn, OutplacementRegime.Special45Plus), Today);
        Assert.Equal(OutplacementRegime.Special45Plus, General.Participant.With(offered).RegimeOrDefault());
    }

    [Fact]
    public void an_offer_is_made_once_not_before_the_dismissal_and_not_after_the_decision()
    {
        Given(Enrolled(), new OutplacementOffered(CaseId, ParticipantId, EnrolledOn, OfferChannel.Email, OutplacementRegime.Restructuring))
            .When((c, p) => ParticipantDecider.Decide(c, p, Offer(EnrolledOn.AddDays(1)), Today)).ThenRefuses("offer.already-made");
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, Offer(DismissedOn.AddDays(-1)), Today)).ThenRefuses("offer.before-dismissal");
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, Offer(DismissedOn), Today))
            .Then(new OutplacementOffered(CaseId, ParticipantId, DismissedOn, OfferChannel.RegisteredLetter, OutplacementRegime.Restructuring));
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, Offer(EnrolledOn), Today)).ThenRefuses("offer.after-decision");
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, Offer(EnrolledOn), EnrolledOn.AddDays(-1))).ThenRefuses("offer.in-the-future");
    }

    [Fact]
    public void the_decision_follows_the_offer()
    {
        var offered = Given(Enrolled(), new OutplacementOffered(CaseId, ParticipantId, EnrolledOn.AddDays(3), OfferChannel.Email, OutplacementRegime.General));
        offered.When((c, p) => ParticipantDecider.Decide(c, p, new DecideOutplacement(true, EnrolledOn.AddDays(2)), Today)).ThenRefuses("outplacement.before-offer");
        offered.When((c, p) => ParticipantDecider.Decide(c, p, new DecideOutplacement(true, EnrolledOn.AddDays(3)), Today))
            .Then(new OutplacementAccepted(CaseId, ParticipantId, EnrolledOn.AddDays(3)));
    }

    [Fact]
    public void the_regime_is_fixed_once_an_offer_a_formal_notice_or_a_decision_is_recorded()
    {
        var choose = new ChooseOutplacementRegime(OutplacementRegime.Special45Plus);
        General.When((c, p) => ParticipantDecider.Decide(c, p, choose))
            .Then(new OutplacementRegimeChosen(CaseId, ParticipantId, OutplacementRegime.Special45Plus));
        Given(Enrolled(), new OutplacementOffered(CaseId, ParticipantId, EnrolledOn, OfferChannel.Email, OutplacementRegime.General))
            .When((c, p) => ParticipantDecider.Decide(c, p, choose)).ThenRefuses("regime.fixed");
        Given(Enrolled(), new FormalNoticeGiven(CaseId, ParticipantId, OfferDue.AddDays(1), OutplacementRegime.General))
            .When((c, p) => ParticipantDecider.Decide(c, p, choose)).ThenRefuses("regime.fixed");
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, choose)).ThenRefuses("regime.fixed");
    }

    [Fact]
    public void a_formal_notice_follows_the_offer_deadline_within_the_workers_window()
    {
        General.When((c, p) => ParticipantDecider.Decide(c, p, new RecordFormalNotice(OfferDue, null), Today)).ThenRefuses("formal-notice.before-offer-due");
        General.When((c, p) => ParticipantDecider.Decide(c, p, new RecordFormalNotice(OfferDue.AddDays(1), null), Today))
            .Then(new FormalNoticeGiven(CaseId, ParticipantId, OfferDue.AddDays(1), OutplacementRegime.General));
        General.When((c, p) => ParticipantDecider.Decide(c, p, new RecordFormalNotice(OfferDue.AddDays(273), null), Today))
            .Then(new FormalNoticeGiven(CaseId, ParticipantId, OfferDue.AddDays(273), OutplacementRegime.General));
        General.When((c, p) => ParticipantDecider.Decide(c, p, new RecordFormalNotice(OfferDue.AddDays(274), null), Today)).ThenRefuses("formal-notice.too-late");
        // The 45+ regime's window is a month (R34), named by the notice itself.
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, new RecordFormalNotice(OfferDue.AddMonths(1).AddDays(1), OutplacementRegime.Special45Plus), Today))
            .ThenRefuses("formal-notice.too-late");
    }

    [Fact]
    public void a_formal_notice_needs_a_regime_with_an_offer_deadline_no_offer_no_decision_and_comes_once()
    {
        var on = OfferDue.AddDays(5);
        Given(Enrolled()).When((c, p) => ParticipantDecider.Decide(c, p, new RecordFormalNotice(on, null), Today)).ThenRefuses("formal-notice.no-offer-deadline");
        Given(Enrolled(), new OutplacementOffered(CaseId, ParticipantId, EnrolledOn, OfferChannel.Email, OutplacementRegime.General))
            .When((c, p) => ParticipantDecider.Decide(c, p, new RecordFormalNotice(on, null), Today)).ThenRefuses("formal-notice.offer-made");
        Given(Enrolled(), Accepted()).When((c, p) => ParticipantDecider.Decide(c, p, new RecordFormalNotice(on, OutplacementRegime.General), Today))
            .ThenRefuses("formal-notice.after-decision");
        Given(Enrolled(), new FormalNoticeGiven(CaseId, ParticipantId, on, OutplacementRegime.General))
            .When((c, p) => ParticipantDecider.Decide(c, p, new RecordFormalNotice(on.AddDays(1), null), Today)).ThenRefuses("formal-notice.already-given");
        General.When((c, p) => ParticipantDecider.Decide(c, p, new RecordFormalNotice(on, null), on.AddDays(-1))).ThenRefuses("formal-notice.in-the-future");
    }

    [Fact]
    public void the_offer_after_a_formal_notice_follows_it_under_its_regime()
    {
        var noticed = Given(Enrolled(), new FormalNoticeGiven(CaseId, ParticipantId, OfferDue.AddDays(5), OutplacementRegime.General));
        noticed.When((c, p) => ParticipantDecider.Decide(c, p, Offer(OfferDue.AddDays(4)), Today)).ThenRefuses("offer.before-formal-notice");
        noticed.When((c, p) => ParticipantDecider.Decide(c, p, Offer(OfferDue.AddDays(6), OutplacementRegime.Special45Plus), Today)).ThenRefuses("offer.regime-differs");
        noticed.When((c, p) => ParticipantDecider.Decide(c, p, Offer(OfferDue.AddDays(6)), Today))
            .Then(new OutplacementOffered(CaseId, ParticipantId, OfferDue.AddDays(6), OfferChannel.RegisteredLetter, OutplacementRegime.General));
    }

    [Fact]
    public void nothing_after_the_participant_left()
    {
        var left = Given(Enrolled(), new ParticipantLeft(CaseId, ParticipantId, EnrolledOn.AddDays(1), DepartureReason.MovedAbroad));
        left.When((c, p) => ParticipantDecider.Decide(c, p, Offer(EnrolledOn.AddDays(2)), Today)).ThenRefuses("participant.left");
        left.When((c, p) => ParticipantDecider.Decide(c, p, new ChooseOutplacementRegime(OutplacementRegime.General))).ThenRefuses("participant.left");
    }
}
