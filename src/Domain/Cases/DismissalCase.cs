namespace CollectiveDismissal.Domain.Cases;

/// <summary>
/// The write model: only what the deciders need, folded from the case's stream. Kept small on purpose,
/// because every command on the case loads it.
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
    DateOnly? ClosedOn = null)
{
    private static DismissalCase Start(DossierPrepared e) => new(e.CaseId, e.Employer.Region);

    private DismissalCase On(IntentionAnnounced e) => this with { AnnouncedOn = e.AnnouncedOn };

    private DismissalCase On(WorksCouncilConsulted e) => this with
    {
        LastWorksCouncilMeetingOn = LegalRules.Latest(LastWorksCouncilMeetingOn, e.HeldOn)
    };

    private DismissalCase On(ConsultationClosed e) => this with { ConsultationClosedOn = e.ClosedOn };

    private DismissalCase On(CollectiveDismissalNotified e) => this with
    {
        NotifiedOn = e.NotifiedOn,
        WaitingPeriodEndsOn = LegalRules.WaitingPeriodEnd(e.NotifiedOn)
    };

    private DismissalCase On(WaitingPeriodExtended e) => this with { WaitingPeriodEndsOn = e.EndsOn };

    private DismissalCase On(TwcOpened e) => this with { TwcOpenedOn = e.OpenedOn };

    /// <summary>Folds any event of the case; events that change no decision leave the state as it is.</summary>
    public static DismissalCase? Evolve(DismissalCase? state, object @event) => (state, @event) switch
    {
        (_, DossierPrepared e) => Start(e),
        (null, _) => null,
        ({ } s, IntentionAnnounced e) => s.On(e),
        ({ } s, WorksCouncilConsulted e) => s.On(e),
        ({ } s, ConsultationClosed e) => s.On(e),
        ({ } s, CollectiveDismissalNotified e) => s.On(e),
        ({ } s, WaitingPeriodExtended e) => s.On(e),
        ({ } s, TwcOpened e) => s.On(e),
        ({ } s, _) => s
    };
}
