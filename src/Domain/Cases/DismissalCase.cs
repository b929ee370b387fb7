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
    public static DismissalCase Create(DossierPrepared e) => new(e.CaseId, e.Employer.Region);

    public DismissalCase Apply(IntentionAnnounced e) => this with { AnnouncedOn = e.AnnouncedOn };

    public DismissalCase Apply(WorksCouncilConsulted e) => this with
    {
        LastWorksCouncilMeetingOn = LastWorksCouncilMeetingOn is { } last && last > e.HeldOn ? last : e.HeldOn
    };

    public DismissalCase Apply(ConsultationClosed e) => this with { ConsultationClosedOn = e.ClosedOn };

    public DismissalCase Apply(CollectiveDismissalNotified e) => this with
    {
        NotifiedOn = e.NotifiedOn,
        WaitingPeriodEndsOn = LegalRules.WaitingPeriodEnd(e.NotifiedOn)
    };

    public DismissalCase Apply(WaitingPeriodExtended e) => this with { WaitingPeriodEndsOn = e.EndsOn };

    public DismissalCase Apply(TwcOpened e) => this with { TwcOpenedOn = e.OpenedOn };

    /// <summary>Folds any event of the case; events that change no decision leave the state as it is.</summary>
    public static DismissalCase? Evolve(DismissalCase? state, object @event) => (state, @event) switch
    {
        (_, DossierPrepared e) => Create(e),
        (null, _) => null,
        ({ } s, IntentionAnnounced e) => s.Apply(e),
        ({ } s, WorksCouncilConsulted e) => s.Apply(e),
        ({ } s, ConsultationClosed e) => s.Apply(e),
        ({ } s, CollectiveDismissalNotified e) => s.Apply(e),
        ({ } s, WaitingPeriodExtended e) => s.Apply(e),
        ({ } s, TwcOpened e) => s.Apply(e),
        ({ } s, _) => s
    };
}
