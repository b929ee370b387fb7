using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using Marten.Events.Aggregation;

namespace CollectiveDismissal.Projections.Cases;

/// <summary>
/// Stores the write model inline, next to the events, so a command loads one small document instead of replaying the
/// stream. It folds only the events a decision depends on, so a rebuild reads the procedure and the enrolments, not
/// every session.
/// </summary>
public sealed partial class DismissalCaseProjection : SingleStreamProjection<DismissalCase, Guid>
{
    public static DismissalCase Create(DossierPrepared e) => DismissalCase.Of(e);
    public DismissalCase Apply(IntentionAnnounced e, DismissalCase c) => c.With(e);
    public DismissalCase Apply(WorksCouncilConsulted e, DismissalCase c) => c.With(e);
    public DismissalCase Apply(ConsultationClosed e, DismissalCase c) => c.With(e);
    public DismissalCase Apply(CollectiveDismissalNotified e, DismissalCase c) => c.With(e);
    public DismissalCase Apply(WaitingPeriodExtended e, DismissalCase c) => c.With(e);
    public DismissalCase Apply(TwcOpened e, DismissalCase c) => c.With(e);
    public DismissalCase Apply(ParticipantEnrolled e, DismissalCase c) => c.Enrolled(e.AgeAtAnnouncement, e.DismissedOn);
    public DismissalCase Apply(CaseClosed e, DismissalCase c) => c.With(e);
    public DismissalCase Apply(EnrolmentCorrected e, DismissalCase c) => c.With(e);
    public DismissalCase Apply(CaseReopened e, DismissalCase c) => c.With(e);
    public DismissalCase Apply(CaseCancelled e, DismissalCase c) => c.With(e);
}
