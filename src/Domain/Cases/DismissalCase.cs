using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Cases;

/// <summary>
/// The write model: only what the deciders need, folded from the case's stream. Kept small on purpose,
/// because every command on the case loads it: participants are not in it (each has its own <see cref="Participant"/>
/// document), only their count and the two dismissal dates the employment cell's availability depends on.
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
    DateOnly? LastDismissalFrom45 = null)
{
    /// <summary>R16, <c>twcAvailableUntil</c>: null until a participant is enrolled.</summary>
    public DateOnly? TwcAvailableUntil() => TrajectoryRules.TwcAvailableUntil(LastDismissalUnder45, LastDismissalFrom45);

    private DismissalCase On(ParticipantEnrolled e) => TrajectoryRules.IsOlderWorker(e.AgeAtAnnouncement)
        ? this with { Participants = Participants + 1, LastDismissalFrom45 = LegalRules.Latest(LastDismissalFrom45, e.DismissedOn) }
        : this with { Participants = Participants + 1, LastDismissalUnder45 = LegalRules.Latest(LastDismissalUnder45, e.DismissedOn) };

    private DismissalCase On(CaseClosed e) => this with { ClosedOn = e.ClosedOn };

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

    /// <summary>The events <see cref="Evolve"/> folds; every other event of the case leaves the state as it is.</summary>
    public static readonly IReadOnlyList<Type> FoldedEventTypes =
    [
        typeof(DossierPrepared), typeof(IntentionAnnounced), typeof(WorksCouncilConsulted), typeof(ConsultationClosed),
        typeof(CollectiveDismissalNotified), typeof(WaitingPeriodExtended), typeof(TwcOpened),
        typeof(CollectiveDismissal.Domain.Participants.ParticipantEnrolled), typeof(CaseClosed)
    ];

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
        ({ } s, ParticipantEnrolled e) => s.On(e),
        ({ } s, CaseClosed e) => s.On(e),
        ({ } s, _) => s
    };
}
