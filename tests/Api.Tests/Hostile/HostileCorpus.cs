using System.Text;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Hostile;

/// <summary>What a hostile value must get: every class at least never a 5xx; some a precise answer.</summary>
public enum Expect
{
    /// <summary>Anything below 500.</summary>
    NoServerError,
    /// <summary>400, with an errors map naming the field when the value sat in a field (decided before any database call).</summary>
    FieldError,
    /// <summary>400 or 413: too long, too many.</summary>
    TooBig,
    /// <summary>413: the body is beyond the size limit.</summary>
    TooLarge,
    /// <summary>Any 4xx.</summary>
    Refused,
    NotFound,
    /// <summary>200 (or 404): the value is good.</summary>
    Fine
}

/// <summary>One hostile value: its class (the only name ever printed), the text sent and what it must get.</summary>
public sealed record Hostile(string Class, string Text, Expect Expect);

/// <summary>
/// The corpus: classes of values no client should be able to hurt the service with. Every text value carries
/// <see cref="Mark"/>, so an answer that echoes the input is caught without printing it. Personal data are distinctive
/// fake values (never those of the documented examples, which the baseline requests legitimately store).
/// </summary>
public static class HostileCorpus
{
    public const string Mark = "Hqzvmark";

    public const string PdName = "Zyxwa Hostilename";
    public const string PdEmail = "zyxwa.hostilename@example.org";
    public const string PdPhone = "+32 468 11 22 33";
    public static readonly DateOnly PdBirthDate = new(1971, 2, 3);
    public static readonly string PdNrn = Insz(PdBirthDate, 123);
    public static readonly string PdNrnFormatted = $"{PdNrn[..2]}.{PdNrn[2..4]}.{PdNrn[4..6]}-{PdNrn[6..9]}.{PdNrn[9..]}";

    /// <summary>What must appear in no answer and no log, with the class printed in its place.</summary>
    public static readonly (string Needle, string Class)[] Needles =
    [
        (PdName, "pd-name"), ("Hostilename", "pd-name"), ("Zyxwa", "pd-name"), (PdNrn, "pd-nrn"), (PdNrnFormatted, "pd-nrn"),
        (PdEmail, "pd-email"), ("zyxwa.hostilename", "pd-email"), ("468 11 22 33", "pd-phone"), ("468112233", "pd-phone"),
        (PdBirthDate.ToString("yyyy-MM-dd"), "pd-birthdate")
    ];

    /// <summary>Member names (JSON) and column headers (CSV) that are personal data.</summary>
    public static readonly Hostile[] PersonalNames =
    [
        new("pd-name-as-member", PdName, Expect.FieldError),
        new("pd-nrn-as-member", PdNrn, Expect.FieldError),
        new("pd-email-as-member", PdEmail, Expect.FieldError),
    ];

    /// <summary>Text for any string field (JSON) or column (CSV).</summary>
    public static Hostile[] Strings(int? maxLength) =>
    [
        new("nul", Mark + "\u0000x", Expect.FieldError),
        new("lone-high-surrogate", Mark + "\uD800x", Expect.FieldError),
        new("lone-low-surrogate", Mark + "\uDC00", Expect.FieldError),
        new("pd-with-nul", PdName + " " + PdNrn + "\u0000", Expect.FieldError),
        new("control-chars", Mark + "\u0001\u0007\u001b[31m\u007f\u0085", Expect.NoServerError),
        new("bidi-zero-width", Mark + "\u202e\u200b\u2066\ufeff", Expect.NoServerError),
        new("surrogate-pair-emoji", Mark + "\U0001F600", Expect.NoServerError),
        new("empty", "", Expect.NoServerError),
        new("whitespace", " \t ", Expect.NoServerError),
        new("injection", Mark + "'); drop table cd.mt_events; --{0}%s%n${x}<script>", Expect.NoServerError),
        new(maxLength is { } max ? "over-maxLength" : "huge-string-no-maxLength", Mark + new string('x', (maxLength ?? 100_000) + 1 - Mark.Length), Expect.TooBig),
    ];

    public static readonly Hostile[] Numbers =
    [
        new("zero", "0", Expect.NoServerError), new("minus-one", "-1", Expect.NoServerError),
        new("int-max", "2147483647", Expect.NoServerError), new("int-max+1", "2147483648", Expect.NoServerError),
        new("int-min-1", "-2147483649", Expect.NoServerError), new("long-max+1", "9223372036854775808", Expect.NoServerError),
        new("1e308", "1e308", Expect.NoServerError), new("-1e308", "-1e308", Expect.NoServerError),
        new("fraction", "1.5", Expect.NoServerError), new("denormal", "4.9e-324", Expect.NoServerError),
        new("decimal-overflow", "79228162514264337593543950336", Expect.NoServerError),
    ];

    public static readonly Hostile[] Dates =
    [
        new("far-past-date", "0001-01-01", Expect.Refused), new("far-future-date", "9999-12-31", Expect.Refused),
        new("impossible-date", "2027-02-29", Expect.Refused), new("datetime-with-offset", "2027-01-05T10:00:00+01:00", Expect.NoServerError),
    ];

    /// <summary>JSON text of a string, escaping what JSON must escape and every lone surrogate (JSON's only way to send one).</summary>
    public static string JsonString(string s)
    {
        var b = new StringBuilder("\"");
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            if (pair) { b.Append(c).Append(s[++i]); continue; }
            if (c < 0x20 || c == '"' || c == '\\' || char.IsSurrogate(c) || c == 0x7f) b.Append($"\\u{(int)c:x4}");
            else b.Append(c);
        }
        return b.Append('"').ToString();
    }

    /// <summary>Bytes of CSV text: UTF-8, except that a lone surrogate is sent as its (invalid) three-byte UTF-8 form.</summary>
    public static byte[] CsvBytes(string s)
    {
        var bytes = new List<byte>(s.Length + 16);
        foreach (var segment in Segments(s))
            if (segment.Length == 1 && char.IsSurrogate(segment[0]))
            {
                int c = segment[0];
                bytes.AddRange([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(segment));
        return [.. bytes];
    }

    private static IEnumerable<string> Segments(string s)
    {
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var pair = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            if (pair) { i++; continue; }
            if (!char.IsSurrogate(s[i])) continue;
            if (i > start) yield return s[start..i];
            yield return s[i].ToString();
            start = i + 1;
        }
        if (start < s.Length) yield return s[start..];
    }

    /// <summary>An answer or log line made safe to print: personal data replaced by their class, control characters escaped.</summary>
    public static string Redact(string text, int max = 160)
    {
        foreach (var (needle, cls) in Needles)
            text = text.Replace(needle, $"[{cls}]", StringComparison.OrdinalIgnoreCase);
        var b = new StringBuilder();
        foreach (var c in text.Length > max * 2 ? text[..(max * 2)] : text)
            b.Append(c < 0x20 || c == 0x7f || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
        var safe = b.ToString();
        return safe.Length > max ? safe[..max] + "…" : safe;
    }

    public static IEnumerable<string> NeedlesIn(string text) =>
        Needles.Where(n => text.Contains(n.Needle, StringComparison.OrdinalIgnoreCase)).Select(n => n.Class).Distinct();
}
