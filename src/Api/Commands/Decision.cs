namespace CollectiveDismissal.Api.Commands;

/// <summary>
/// What a command saved by <see cref="CaseCommands.AppendInChunks"/> decided: the events to append (none: nothing
/// changes, the answer is still 204), how to answer once they are appended, or a refusal that is not a rule (a 400
/// listing bad rows). <c>Inserts</c> are new documents saved with the events (the personal records of an import).
/// </summary>
public sealed record Decision(IReadOnlyList<object> Events, Func<long, CommandResponse>? Respond = null, IResult? Refused = null,
    IReadOnlyList<object>? Inserts = null);
