using CollectiveDismissal.Domain.Participants;
using Marten.Events.Projections;

namespace CollectiveDismissal.Projections.Participants;

/// <summary>
/// One document per participant, folded inline from the participant's events in the case's stream. A command on a
/// participant loads this document and the case's small write model, never the stream: the cost of a command does not
/// grow with the number of participants in the case.
/// </summary>
public sealed partial class ParticipantProjection : MultiStreamProjection<Participant, Guid>
{
    public ParticipantProjection() => Identity<IParticipantEvent>(e => e.ParticipantId);

    public static Participant Create(ParticipantEnrolled e) => Participant.Of(e);
    public Participant Apply(OutplacementAccepted e, Participant p) => p.With(e);
    public Participant Apply(OutplacementDeclined e, Participant p) => p.With(e);
    public Participant Apply(IntakeHeld e, Participant p) => p.With(e);
    public Participant Apply(GuidanceSessionLogged e, Participant p) => p.With(e);
    public Participant Apply(TrajectoryExtended e, Participant p) => p.With(e);
    public Participant Apply(JobFound e, Participant p) => p.With(e);
    public Participant Apply(AftercareClosed e, Participant p) => p.With(e);
    public Participant Apply(ParticipantLeft e, Participant p) => p.With(e);
    public Participant Apply(PersonalDataErased e, Participant p) => p.With(e);
    public Participant Apply(RegisteredAsJobSeeker e, Participant p) => p.With(e);
    public Participant Apply(OutplacementDecisionCorrected e, Participant p) => p.With(e);
    public Participant Apply(GuidanceSessionVoided e, Participant p) => p.With(e);
    public Participant Apply(TrajectoryExtensionVoided e, Participant p) => p.With(e);
    public Participant Apply(JobVoided e, Participant p) => p.With(e);
    public Participant Apply(AftercareClosureVoided e, Participant p) => p.With(e);
    public Participant Apply(DepartureVoided e, Participant p) => p.With(e);
    public Participant Apply(EnrolmentCorrected e, Participant p) => p.With(e);
    public Participant Apply(OutplacementRegimeChosen e, Participant p) => p.With(e);
    public Participant Apply(OutplacementOffered e, Participant p) => p.With(e);
    public Participant Apply(FormalNoticeGiven e, Participant p) => p.With(e);
    public Participant Apply(CoachAssigned e, Participant p) => p.With(e);
    public Participant Apply(AftercareContactLogged e, Participant p) => p.With(e);
}
