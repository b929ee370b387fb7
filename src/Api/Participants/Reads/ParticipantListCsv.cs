using CollectiveDismissal.Api.Reports.Rendering;
using CollectiveDismissal.Domain.Deadlines;
using CollectiveDismissal.Projections.Cases;
using CollectiveDismissal.Projections.Deadlines;

namespace CollectiveDismissal.Api.Participants.Reads;

/// <summary>
/// The participant list as a file a team opens in a spreadsheet: one row per participant that matches the list's filters,
/// as of the list's date. The name is a column only for roles that see personal data. Headers follow the report's
/// language (the case's region, or <c>Accept-Language</c>); values are codes as in the JSON.
/// </summary>
public static class ParticipantListCsv
{
    /// <summary>Documents read per round trip: memory stays bounded whatever the size of the case.</summary>
    public const int BatchSize = 1_000;

    private static readonly string[] Keys =
        ["participantId", "personnelReference", "name", "status", "ageBand", "enrolledOn", "coach", "hours", "requiredHours",
         "trajectoryEndsOn", "nextDeadlineOn", "nextDeadlineKind"];

    private sealed record Row(ParticipantView View, PersonalRecord? Record, DueDate? NextDeadline);

    public static async Task<IResult> Answer(HttpContext http, IQuerySession session, CaseDetails details, IReadOnlyList<Guid> ids,
        DateOnly asOf, bool withPerson, CsvLayout layout, CancellationToken ct)
    {
        var language = ReportLanguages.Resolve(http.Request, details.Employer.Region);
        http.Response.Headers.ContentLanguage = language.Code();
        var keys = withPerson ? Keys : Keys.Where(k => k != "name").ToArray();
        var csv = new CsvWriter(layout).Row(keys.Select(k => ReportLabels.Get(k, language)));
        foreach (var batch in ids.Chunk(BatchSize))
        {
            var participants = await ListParticipantsEndpoint.Load(session, batch, ct);
            var records = withPerson ? (await session.LoadManyAsync<PersonalRecord>(ct, batch)).ToDictionary(r => r.Id) : [];
            // A closed case is off the board: its participants have no deadline left.
            var deadlines = details.ClosedOn is null
                ? (await session.LoadManyAsync<ParticipantDeadlines>(ct, batch)).ToDictionary(d => d.Id)
                : [];
            foreach (var p in participants)
            {
                var row = new Row(ParticipantView.Of(p, asOf), records.GetValueOrDefault(p.Id), NextDeadline(deadlines.GetValueOrDefault(p.Id), asOf));
                csv.Row(keys.Select(k => Value(k, row)));
            }
        }
        return csv.ToResult(http, ReportNegotiation.FileName("participants", details.Employer, asOf));
    }

    /// <summary>
    /// The first deadline the board (<c>GET /api/deadlines</c>) holds for the participant on or after the date: its
    /// trajectory's end, the front-loading window, the 12-month limit, the job-seeker registration check, whichever
    /// comes first. The board is built asynchronously, so a command of the last second may not show yet.
    /// </summary>
    public static DueDate? NextDeadline(ParticipantDeadlines? board, DateOnly asOf) =>
        board?.Due().Where(d => d.DueOn >= asOf).OrderBy(d => d.DueOn).ThenBy(d => d.Kind).FirstOrDefault();

    private static object? Value(string key, Row row) => key switch
    {
        "participantId" => row.View.Id,
        "personnelReference" => row.View.PersonnelReference,
        "name" => row.Record?.Name,
        "status" => row.View.Status,
        "ageBand" => row.View.AgeBand,
        "enrolledOn" => row.View.EnrolledOn,
        "coach" => row.View.Coach,
        "hours" => row.View.DeliveredHours,
        "requiredHours" => row.View.RequiredHours,
        "trajectoryEndsOn" => row.View.TrajectoryEndsOn,
        "nextDeadlineOn" => row.NextDeadline?.DueOn,
        "nextDeadlineKind" => row.NextDeadline?.Kind,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null)
    };
}
