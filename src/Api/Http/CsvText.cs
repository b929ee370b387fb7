namespace CollectiveDismissal.Api.Http;

/// <summary>
/// RFC 4180 reading, small enough to read in one sitting: fields separated by the delimiter, quoted with <c>"</c>
/// when they hold a delimiter, a quote (doubled) or a line break. Each record keeps the line it starts on.
/// </summary>
public static class CsvText
{
    public sealed record Record(int Line, IReadOnlyList<string> Fields);

    public sealed class FormatError(int line, string message) : Exception($"Line {line}: {message}")
    {
        public int Line => line;
    }

    public static List<Record> Parse(string text, char delimiter)
    {
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        int line = 1, recordLine = 1, i = 0;
        var quoted = false;
        var fieldWasQuoted = false;
        if (text.Length > 0 && text[0] == '\uFEFF') i = 1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            if (c == '"')
            {
                if (field.Length > 0 || fieldWasQuoted) throw new FormatError(line, "A quote inside an unquoted field.");
                quoted = fieldWasQuoted = true;
            }
            else if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); fieldWasQuoted = false; }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRecord();
                line++;
                recordLine = line;
            }
            else
            {
                if (fieldWasQuoted) throw new FormatError(line, "Text after a closing quote.");
                field.Append(c);
            }
        }
        if (quoted) throw new FormatError(recordLine, "A quoted field is not closed.");
        EndRecord();
        return records;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldWasQuoted = false;
            if (!(fields.Count == 1 && fields[0].Length == 0)) records.Add(new Record(recordLine, [.. fields]));
            fields = [];
        }
    }
}
