namespace CollectiveDismissal.Api.Http;

/// <summary>
/// PostgreSQL stores neither a NUL character (text and jsonb refuse it) nor half of a surrogate pair (not Unicode, so
/// not UTF-8). Such text is refused where it enters, before any database call: a refusal from the database would be
/// a 500, and its error message and the server's log would quote the text, which may be personal data.
/// </summary>
public static class StorableText
{
    public const string Message = "Holds a character that cannot be stored: a NUL, or half of a surrogate pair.";

    public static bool IsStorable(string? text)
    {
        if (text is null) return true;
        return !text.Contains('\0') && IsWellFormed(text);
    }

    private static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return false;
        }
        return true;
    }
}
