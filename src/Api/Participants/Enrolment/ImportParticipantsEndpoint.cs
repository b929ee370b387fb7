using System.Text;
using System.Text.Json;

namespace CollectiveDismissal.Api.Participants.Enrolment;

public sealed record ImportedParticipant(int Line, string PersonnelReference, Guid Id);

public sealed record ImportResult(int Enrolled, IReadOnlyList<ImportedParticipant> Participants) : IOpenApiExample<ImportResult>
{
    public static ImportResult Example => new(1, [new ImportedParticipant(2, "E-1042", Guid.Parse("01a20919-1347-7420-b138-a77c3cc89e0a"))]);
}

/// <summary>The employer's list in the OpenAPI document: its columns and a one-row example.</summary>
public sealed class ParticipantCsvBodyAttribute() : CsvBodyAttribute(
    $"Columns: {string.Join(", ", ParticipantCsv.Columns)}; email and phone may stay empty.", ParticipantCsv.Example);

public static class ImportParticipantsEndpoint
{
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// Enrols the employer's list in one transaction: all rows, or none. Send <c>text/csv</c> (UTF-8), comma or
    /// semicolon separated, with a header line naming the columns: personnelReference, name, nationalRegisterNumber,
    /// birthDate, email, phone, gender, contractKind, workerCategory, terminationMode, dismissedOn, contractEndsOn,
    /// enrolledOn (email and phone may stay empty). Every row is checked first, against the fields' rules and the
    /// case's; one bad row gives a 400 whose <c>errors</c> map has a key per bad row ("line 7") listing its problems,
    /// and nobody is enrolled. A personnel reference already in the case, or twice in the file, is a bad row.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/import"), Authorize(Policy = Policies.WriteCases), Tags("Participants"), ParticipantCsvBody,
     Microsoft.AspNetCore.Mvc.ProducesResponseType<ImportResult>(201), Microsoft.AspNetCore.Mvc.RequestSizeLimit(MaxBytes)]
    public static async Task<IResult> Post(Guid caseId, IDocumentStore store, HttpContext http)
    {
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(mediaType, "text/csv", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem("Send the list as text/csv.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type.");

        string text;
        try
        {
            using var reader = new StreamReader(http.Request.Body, new UTF8Encoding(false, throwOnInvalidBytes: true));
            text = await reader.ReadToEndAsync(http.RequestAborted);
        }
        catch (DecoderFallbackException)
        {
            return Problems.Validation("body", "The file is not UTF-8 text.");
        }

        List<ParticipantCsv.Row> rows;
        try
        {
            var (read, fileProblem) = ParticipantCsv.Read(text);
            if (fileProblem is not null) return Problems.Validation("file", fileProblem);
            rows = read;
        }
        catch (CsvText.FormatError e)
        {
            return Problems.Validation("file", $"Not valid CSV: {e.Message}");
        }

        // Thousands of enrolments at once: saved in chunks, in one transaction (see CaseCommands.AppendInChunks).
        return await CaseCommands.AppendInChunks(http, store, caseId, async (session, current) =>
        {
            ParticipantDecider.EnsureCanEnrol(current);
            var taken = (await session.Query<Participant>().Where(p => p.CaseId == caseId).Select(p => p.PersonnelReference)
                .ToListAsync(http.RequestAborted)).ToHashSet();
            var firstLine = new Dictionary<string, int>();
            var events = new List<object>();
            var records = new List<PersonalRecord>();
            var imported = new List<ImportedParticipant>();
            foreach (var row in rows)
            {
                // Personnel references are compared exactly, as the case's unique index does.
                if (row.Request.PersonnelReference?.Trim() is { Length: > 0 } reference)
                {
                    if (firstLine.TryGetValue(reference, out var earlier))
                        ParticipantCsv.Add(row.Errors, "personnelReference", $"Also on line {earlier}.");
                    else firstLine[reference] = row.Line;
                }
                if (row.Errors.Count > 0) continue;
                var command = row.Request.ToCommand(Guid.CreateVersion7());
                try
                {
                    events.Add(ParticipantDecider.Decide(current, command, taken.Contains(command.PersonnelReference)));
                    records.Add(PersonalRecord.Of(command.ParticipantId, caseId, command.Person));
                    imported.Add(new ImportedParticipant(row.Line, command.PersonnelReference, command.ParticipantId));
                }
                catch (CaseRuleViolation violation)
                {
                    ParticipantCsv.Add(row.Errors, "rule", $"{violation.Rule}: {violation.Message}");
                }
            }
            var bad = rows.Where(r => r.Errors.Count > 0).ToList();
            if (bad.Count > 0)
                return new Decision([], Refused: Problems.Validation(bad.ToDictionary(r => $"line {r.Line}",
                    r => r.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")).ToArray())));
            return new Decision(events, version => new CommandResponse(StatusCodes.Status201Created, version,
                $"/api/cases/{caseId}/participants", JsonSerializer.Serialize(new ImportResult(imported.Count, imported), Json.Options)),
                Inserts: records);
        });
    }
}
