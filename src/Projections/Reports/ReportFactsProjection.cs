using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;
using JasperFx.Events;
using Marten.Events.Projections;

namespace CollectiveDismissal.Projections.Reports;

/// <summary>
/// The small document a report reads per participant, folded inline beside the participant's own document: a report of a
/// 5,000-participant case reads 5,000 of these instead of 5,000 whole participant documents.
/// </summary>
public sealed partial class ReportFactsProjection : MultiStreamProjection<ReportFacts, Guid>
{
    public ReportFactsProjection() => Identity<IParticipantEvent>(e => e.ParticipantId);

    public override ReportFacts? Evolve(ReportFacts? snapshot, Guid id, IEvent e) => ReportFacts.Evolve(snapshot, e.Data);
}
