using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;
using Marten.Events.Projections;

namespace CollectiveDismissal.Projections.Reports;

/// <summary>
/// The small document a report reads per participant, folded inline beside the participant's own document: a report of a
/// 5,000-participant case reads 5,000 of these instead of 5,000 whole participant documents.
/// </summary>
public sealed partial class ReportFactsProjection : MultiStreamProjection<ReportFacts, Guid>
{
    public ReportFactsProjection() => Identity<IParticipantEvent>(e => e.ParticipantId);

    public static ReportFacts Create(ParticipantEnrolled e) => ReportFacts.Of(e);
    public ReportFacts Apply(OutplacementAccepted e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(OutplacementDeclined e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(GuidanceSessionLogged e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(TrajectoryExtended e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(JobFound e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(AftercareClosed e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(ParticipantLeft e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(OutplacementDecisionCorrected e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(GuidanceSessionVoided e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(TrajectoryExtensionVoided e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(JobVoided e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(AftercareClosureVoided e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(DepartureVoided e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(EnrolmentCorrected e, ReportFacts f) => f.With(e);
    public ReportFacts Apply(AftercareContactLogged e, ReportFacts f) => f.With(e);
}
