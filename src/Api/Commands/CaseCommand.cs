using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace CollectiveDismissal.Api.Commands;

/// <summary>
/// What Wolverine's aggregate handler workflow does not do for a command on a case, as middleware around the endpoint
/// (<see cref="CaseCommandPolicy"/> places it): <c>If-Match</c> checked against the version <c>[WriteAggregate]</c>
/// loaded under the case's row lock; who recorded the events and in which request; the answer's ETag (the stream's
/// new version, known once the events are appended); and, under an Idempotency-Key, the answer stored in the same
/// transaction as the events, so that an acknowledged command always has its answer to replay. Between its
/// <c>Before</c> and <c>After</c> the endpoint returns the decider's events, and Wolverine appends them and commits
/// (<c>AutoApplyTransactions</c>). The import takes <see cref="CaseCommands.AppendInChunks"/> instead.
/// </summary>
public static class CaseCommand
{
    public static IResult? Before(HttpContext http, IEventStream<DismissalCase> stream, IDocumentSession session)
    {
        // Answered here rather than by Wolverine's guard, whose ProblemDetails has another title.
        if (stream.Aggregate is null) return Problems.NotFound($"No case {stream.Id}.");
        if (!TryReadIfMatch(http.Request, out var expected)) return Problems.Validation(HeaderNames.IfMatch, "Expected a version, as \"7\".");
        if (expected is { } version && version != stream.CurrentVersion) return Problems.StaleVersion(stream.CurrentVersion ?? 0);
        Stamp(http, session);
        return null;
    }

    /// <summary>A new case has no version to match yet.</summary>
    public static void BeforeStart(HttpContext http, IDocumentSession session) => Stamp(http, session);

    public static void After(HttpContext http, IEventStream<DismissalCase> stream, IDocumentSession session) =>
        Answer(http, session, new CommandResponse(StatusCodes.Status204NoContent, stream.CurrentVersion ?? 1, null, null));

    public static void AfterCreating(HttpContext http, IEventStream<DismissalCase> stream, IDocumentSession session, CreatedResponse created) =>
        Answer(http, session, Created(http, stream.CurrentVersion ?? 1, created));

    public static void AfterStart(HttpContext http, IDocumentSession session, CreatedResponse created) =>
        Answer(http, session, Created(http, 1, created));

    private static CommandResponse Created(HttpContext http, long version, CreatedResponse created) =>
        new(StatusCodes.Status201Created, version, $"{http.Request.Path}/{created.Id}", JsonSerializer.Serialize(created, Json.Options));

    /// <summary>Who recorded the events and in which request, for the events' metadata.</summary>
    public static void Stamp(HttpContext http, IDocumentSession session)
    {
        session.LastModifiedBy = http.User.FindFirst("sub")?.Value;
        session.CorrelationId = Correlation.Id(http);
    }

    /// <summary>
    /// The status and headers are set before the commit and the body is written after it (by Wolverine, for a created
    /// resource): a commit that fails still answers 500, never an acknowledgement.
    /// </summary>
    private static void Answer(HttpContext http, IDocumentSession session, CommandResponse response)
    {
        response.WriteHeaders(http);
        Remember(http, session, response);
    }

    /// <summary>Under an Idempotency-Key, the answer is saved by the session that saves the events.</summary>
    public static void Remember(HttpContext http, IDocumentSession session, CommandResponse response)
    {
        if (http.Features.Get<IdempotencyClaim>() is { } claim)
            session.Insert(new IdempotentResponse(claim.Id, claim.RequestHash, response, claim.At));
    }

    /// <summary>Absent: no check. <c>"7"</c>, <c>7</c> or <c>W/"7"</c>: the case must be at version 7. <c>*</c>: any version.</summary>
    public static bool TryReadIfMatch(HttpRequest request, out long? expected)
    {
        expected = null;
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value is "" or "*") return true;
        if (value.StartsWith("W/")) value = value[2..];
        if (long.TryParse(value.Trim('"'), out var version) && version > 0) { expected = version; return true; }
        return false;
    }
}
