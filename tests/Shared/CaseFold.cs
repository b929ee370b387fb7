using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Tests;

/// <summary>The case's write model folded in memory, with the same functions the projection calls.</summary>
public static class CaseFold
{
    public static DismissalCase? Evolve(DismissalCase? state, object @event) => (state, @event) switch
    {
        (_, DossierPrepared e) => DismissalCase.Of(e),
        (null, _) => null,
        ({ } s, IntentionAnnounced e) => s.With(e),
        ({ } s, WorksCouncilConsulted e) => s.With(e),
        ({ } s, ConsultationClosed e) => s.With(e),
        ({ } s, CollectiveDismissalNotified e) => s.With(e),
        ({ } s, WaitingPeriodExtended e) => s.With(e),
        ({ } s, TwcOpened e) => s.With(e),
        ({ } s, ParticipantEnrolled e) => s.Enrolled(e.AgeAtAnnouncement, e.DismissedOn),
        ({ } s, CaseClosed e) => s.With(e),
        ({ } s, EnrolmentCorrected e) => s.With(e),
        ({ } s, CaseReopened e) => s.With(e),
        ({ } s, CaseCancelled e) => s.With(e),
        ({ } s, _) => s
    };
}
