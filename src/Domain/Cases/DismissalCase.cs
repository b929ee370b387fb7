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
    public DateOnly? TwcAvailableUntil() => LastDismissals().TwcAvailableUntil();

    private LastDismissals LastDismissals() => new(LastDismissalUnder45, LastDismissalFrom45);

    public static DismissalCase Of(DossierPrepared e) => new(e.CaseId, e.Employer.Region);

    public DismissalCase With(IntentionAnnounced e) => this with { AnnouncedOn = e.AnnouncedOn };

    public DismissalCase With(WorksCouncilConsulted e) => this with
    {
        LastWorksCouncilMeetingOn = LegalRules.Latest(LastWorksCouncilMeetingOn, e.HeldOn)
    };

    public DismissalCase With(ConsultationClosed e) => this with { ConsultationClosedOn = e.ClosedOn };

    public DismissalCase With(CollectiveDismissalNotified e) => this with
    {
        NotifiedOn = e.NotifiedOn,
        WaitingPeriodEndsOn = WaitingPeriod.EndsOn(e)
    };

    public DismissalCase With(WaitingPeriodExtended e) => this with { WaitingPeriodEndsOn = WaitingPeriod.EndsOn(e) };

    public DismissalCase With(TwcOpened e) => this with { TwcOpenedOn = e.OpenedOn };

    public DismissalCase With(ParticipantEnrolled e)
    {
        var last = LastDismissals().With(e);
        return this with { Participants = Participants + 1, LastDismissalUnder45 = last.Under45, LastDismissalFrom45 = last.From45 };
    }

    public DismissalCase With(CaseClosed e) => this with { ClosedOn = e.ClosedOn };

    /// <summary>The fold in memory, for tests and replays; the projection calls the same <c>Of</c> and <c>With</c>.</summary>
    public static DismissalCase? Evolve(DismissalCase? state, object @event) => (state, @event) switch
    {
        (_, DossierPrepared e) => Of(e),
        (null, _) => null,
        ({ } s, IntentionAnnounced e) => s.With(e),
        ({ } s, WorksCouncilConsulted e) => s.With(e),
        ({ } s, ConsultationClosed e) => s.With(e),
        ({ } s, CollectiveDismissalNotified e) => s.With(e),
        ({ } s, WaitingPeriodExtended e) => s.With(e),
        ({ } s, TwcOpened e) => s.With(e),
        ({ } s, ParticipantEnrolled e) => s.With(e),
        ({ } s, CaseClosed e) => s.With(e),
        ({ } s, _) => s
    };
}
