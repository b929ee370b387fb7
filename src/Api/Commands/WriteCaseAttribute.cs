using Wolverine.Persistence;

namespace CollectiveDismissal.Api.Commands;

/// <summary>
/// <c>[WriteAggregate]</c> for the case named by the route's <c>caseId</c>. Exclusive: the case's stream row is locked
/// (<c>FetchForExclusiveWriting</c>) until the commit, so concurrent commands on one case queue instead of all but one
/// failing on the version check; a command without If-Match is refused only by a rule. Next: <see cref="CaseCommand"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class WriteCaseAttribute : WriteAggregateAttribute
{
    public WriteCaseAttribute() : base("caseId")
    {
        LoadStyle = Wolverine.Marten.ConcurrencyStyle.Exclusive;
        OnMissing = OnMissing.ProblemDetailsWith404;
        MissingMessage = "No case {Id}.";
    }
}
