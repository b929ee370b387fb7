namespace CollectiveDismissal.Api.Commands;

/// <summary>
/// What a command decided: the events to append (none: nothing changes, the answer is still 204), how to answer
/// once they are appended, or a refusal that is not a rule (a 400 listing bad rows, for instance). <c>Document</c> is a
/// document to store in the same transaction, given the stream's new version (the frozen final report). <c>Inserts</c>
/// are new documents to insert with the events (the personal records of an import; <see cref="CaseCommands.AppendInChunks"/>).
/// </summary>
public sealed record Decision(IReadOnlyList<object> Events, Func<long, CommandResponse>? Respond = null, IResult? Refused = null,
    Func<long, object>? Document = null, IReadOnlyList<object>? Inserts = null)
{
    public static Decision Of(object @event) => new([@event]);
}
