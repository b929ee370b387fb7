using CollectiveDismissal.Domain.Cases;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CollectiveDismissal.Projections.Cases;

/// <summary>
/// Stores the write model inline, next to the events, so a command loads one small document instead of
/// replaying the stream. The fold itself lives in the domain (<see cref="DismissalCase.Evolve"/>).
/// </summary>
public sealed partial class DismissalCaseProjection : SingleStreamProjection<DismissalCase, Guid>
{
    /// <summary>
    /// Only the events the write model folds: a rebuild then reads the procedure and the enrolments, not every session.
    /// </summary>
    public DismissalCaseProjection()
    {
        foreach (var type in DismissalCase.FoldedEventTypes) IncludeType(type);
    }

    public override DismissalCase? Evolve(DismissalCase? snapshot, Guid id, IEvent e) => DismissalCase.Evolve(snapshot, e.Data);
}
