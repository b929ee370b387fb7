using CollectiveDismissal.Domain.Participants;
using JasperFx.Events;
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

    public override Participant? Evolve(Participant? snapshot, Guid id, IEvent e) => Participant.Evolve(snapshot, e.Data);
}
