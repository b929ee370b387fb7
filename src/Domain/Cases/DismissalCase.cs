using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Cases;

/// <summary>
/// The write model: only what the deciders need, folded from the case's stream. Kept small on purpose,
/// because every command on the case loads it: participants are not in it (each has its own document), only their count and the two dismissal dates the employment cell's availability depends on.
/// </summary>
public sealed record DismissalCase(
    Guid Id,
    Region Region,
    DateOnly? AnnouncedOn = null,
    DateOnly? LastWorksCouncilMeetingOn = null,
    DateOnly? ConsultationClosedOn = null,
    DateOnly? NotifiedOn = null,
    DateOnly? WaitingPeriodEndsOn = null,
    DateOnly? TwcOpenedOn = null,
    DateOnly? ClosedOn = null,
    int Participants = 0,
    DateOnly? LastDismissalUnder45 = null,
    DateOnly? LastDismissalFrom45 = null,
    int QuestionsReceived = 0,
    int QuestionsAnswered = 0,
    bool Cancelled = false)
{
    public DateOnly? TwcAvailableUntil() => LastDismissals().TwcAvailableUntil();

    private LastDismissals LastDismissals() => new(LastDismissalUnder45, LastDismissalFrom45);

    public static DismissalCase Of(DossierPrepared e) => new(e.CaseId, e.Employer.Region);

    public DismissalCase With(IntentionAnnounced e) => this with { AnnouncedOn = e.AnnouncedOn };

    public DismissalCase With(WorksCouncilConsulted e) => this with
    {
        LastWorksCouncilMeetingOn = LegalRules.Latest(LastWorksCouncilMeetingOn, e.HeldOn),
        QuestionsReceived = QuestionsReceived + e.QuestionsReceived,
        QuestionsAnswered = QuestionsAnswered + e.QuestionsAnswered
    };

    public DismissalCase With(ConsultationClosed e) => this with { ConsultationClosedOn = e.ClosedOn };

    public DismissalCase With(CollectiveDismissalNotified e) => this with
    {
        NotifiedOn = e.NotifiedOn,
        WaitingPeriodEndsOn = WaitingPeriod.EndsOn(e)
    };

    public DismissalCase With(WaitingPeriodExtended e) => this with { WaitingPeriodEndsOn = WaitingPeriod.EndsOn(e) };

    public DismissalCase With(TwcOpened e) => this with { TwcOpenedOn = e.OpenedOn };

    /// <summary>A participant enrolled (the participant's own event, folded here by the projection).</summary>
    public DismissalCase Enrolled(int ageAtAnnouncement, DateOnly dismissedOn)
    {
        var last = LastDismissals().With(ageAtAnnouncement, dismissedOn);
        return this with { Participants = Participants + 1, LastDismissalUnder45 = last.Under45, LastDismissalFrom45 = last.From45 };
    }

    /// <summary>
    /// R16: a corrected dismissal date counts like an enrolled one, so the last dismissal date never moves back. The write
    /// model does not hold the participants whose dates would say how far back; a later date keeps the cell available
    /// longer than the rule's minimum, never shorter.
    /// </summary>
    public DismissalCase With(Participants.EnrolmentCorrected e)
    {
        if (e.DismissedOn is not { } dismissedOn) return this;
        var last = LastDismissals().With(e.AgeAtAnnouncement, dismissedOn);
        return this with { LastDismissalUnder45 = last.Under45, LastDismissalFrom45 = last.From45 };
    }

    public DismissalCase With(CaseClosed e) => this with { ClosedOn = e.ClosedOn };

    public DismissalCase With(CaseReopened e) => this with { ClosedOn = null };

    public DismissalCase With(CaseCancelled e) => this with { Cancelled = true };
}
