using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CollectiveDismissal.Api.Participants.Enrolment;

/// <summary>Marks an endpoint whose body is the employer's list as CSV, for OpenAPI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CsvBodyAttribute : Attribute;

public sealed record ImportedParticipant(int Line, string PersonnelReference, Guid Id);

public sealed record ImportResult(int Enrolled, IReadOnlyList<ImportedParticipant> Participants);

/// <summary>
/// The employer's list of people to enrol: one row per person, the fields of <c>POST …/participants</c> flattened.
/// Comma or semicolon separated (the header line decides), UTF-8, dates as YYYY-MM-DD, enums by name.
/// </summary>
public static class ParticipantCsv
{
    public static readonly string[] Columns =
    [
        "personnelReference", "name", "nationalRegisterNumber", "birthDate", "email", "phone", "gender", "contractKind",
        "workerCategory", "terminationMode", "dismissedOn", "contractEndsOn", "enrolledOn"
    ];

    public static readonly string[] RequiredColumns = [.. Columns.Except(["email", "phone"])];

    public const int MaxRows = 10_000;

    public const string Example =
        "personnelReference;name;nationalRegisterNumber;birthDate;email;phone;gender;contractKind;workerCategory;terminationMode;dismissedOn;contractEndsOn;enrolledOn\n"
        + "E-1042;An Peeters;85073003328;1985-07-30;an.peeters@example.be;+32 470 12 34 56;Female;Indefinite;BlueCollar;Indemnity;2027-04-03;2027-04-03;2027-04-05\n";

    public sealed record Row(int Line, EnrollParticipantRequest Request, Dictionary<string, List<string>> Errors);

    /// <summary>Reads every row, collecting the problems of each; a file-level problem (no header, a missing column) is returned apart.</summary>
    public static (List<Row> Rows, string? FileProblem) Read(string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var records = CsvText.Parse(text, delimiter);
        if (records.Count == 0) return ([], "The file is empty: the first line names the columns.");
        var header = records[0].Fields;
        var index = header.Select((name, i) => (name: name.Trim(), i))
            .GroupBy(h => h.name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        var missing = RequiredColumns.Where(c => !index.ContainsKey(c)).ToList();
        // An unknown column is named by its position: without a header line, the first person's row is read as one.
        var unknown = header.Select((name, i) => (name: name.Trim(), position: i + 1))
            .Where(h => !Columns.Contains(h.name, StringComparer.OrdinalIgnoreCase)).Select(h => h.position).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
            return ([], string.Join(" ", new[]
            {
                missing.Count > 0 ? $"Missing columns: {string.Join(", ", missing)}." : null,
                unknown.Count > 0 ? $"Unknown columns at positions {string.Join(", ", unknown)} (counted from 1)." : null,
                $"The columns are: {string.Join(", ", Columns)}."
            }.Where(m => m is not null)));
        if (records.Count - 1 > MaxRows) return ([], $"At most {MaxRows} rows per file.");

        var rows = new List<Row>();
        foreach (var record in records.Skip(1))
        {
            var line = record.Line;
            var errors = new Dictionary<string, List<string>>();
            if (record.Fields.Count != header.Count)
                Add(errors, "row", $"Has {record.Fields.Count} fields; the header has {header.Count}.");
            string? Field(string column)
            {
                if (!index.TryGetValue(column, out var i) || i >= record.Fields.Count || string.IsNullOrWhiteSpace(record.Fields[i])) return null;
                if (StorableText.IsStorable(record.Fields[i])) return record.Fields[i].Trim();
                if (!errors.ContainsKey(column)) Add(errors, column, StorableText.Message);
                return null;
            }
            DateOnly? Date(string column)
            {
                var value = Field(column);
                if (value is null) return null;
                if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    && BusinessDates.IsPlausible(d)) return d;
                Add(errors, column, BusinessDates.Message);
                return null;
            }
            T? Enum<T>(string column) where T : struct, System.Enum
            {
                var value = Field(column);
                if (value is null) return null;
                if (EnumNames.TryParse<T>(value, ignoreCase: true, out var e)) return e;
                Add(errors, column, EnumNames.OneOf<T>());
                return null;
            }
            var request = new EnrollParticipantRequest(Field("personnelReference"),
                new PersonRequest(Field("name"), Field("nationalRegisterNumber"), Date("birthDate"), Field("email"), Field("phone")),
                Enum<Gender>("gender"), Enum<ContractKind>("contractKind"), Enum<WorkerCategory>("workerCategory"),
                Enum<TerminationMode>("terminationMode"), Date("dismissedOn"), Date("contractEndsOn"), Date("enrolledOn"));
            var validation = new ValidationErrors();
            RequestBounds.Check(request, validation);
            request.Validate(validation);
            foreach (var (field, messages) in validation.ToDictionary())
            {
                var column = field.StartsWith("person.") ? field["person.".Length..] : field;
                // A value that could not be parsed is reported once, not again as "Required."
                if (errors.ContainsKey(column)) continue;
                foreach (var message in messages) Add(errors, column, message);
            }
            rows.Add(new Row(line, request, errors));
        }
        return rows.Count == 0 ? ([], "The file has a header but no rows.") : (rows, null);
    }

    public static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }
}

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
    [WolverinePost("/api/cases/{caseId}/participants/import"), Authorize(Policy = Policies.WriteCases), Tags("Participants"), CsvBody,
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
