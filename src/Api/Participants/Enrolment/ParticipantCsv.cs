using System.Globalization;

namespace CollectiveDismissal.Api.Participants.Enrolment;

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
        + "E-1042;An Peeters;83073003383;1983-07-30;an.peeters@example.be;+32 470 12 34 56;Female;Indefinite;BlueCollar;Indemnity;2025-04-03;2025-04-03;2025-04-05\n";

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
