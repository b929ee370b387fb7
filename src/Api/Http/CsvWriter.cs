using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace CollectiveDismissal.Api.Http;

/// <summary>
/// The two layouts of every CSV the API writes. <c>plain</c> is RFC 4180 as a program reads it (comma, decimal point,
/// no byte order mark). <c>excel-be</c> is what Excel opens in one double click on a Belgian (nl-BE, fr-BE, de-BE)
/// Windows: its list separator is a semicolon and its decimal separator a comma, and without a UTF-8 byte order mark
/// it reads the file as Windows-1252 and garbles é, ë and ß.
/// </summary>
public enum CsvLayout { Plain, ExcelBe }

public static class CsvLayouts
{
    /// <summary>The query parameter that chooses the layout.</summary>
    public const string Parameter = "layout";

    public const string Description =
        "The CSV's layout: `plain` (default: comma, decimal point, no BOM) or `excel-be` (semicolon, decimal comma, UTF-8 BOM: " +
        "what Excel opens directly on a Belgian Windows). Only for `Accept: text/csv`.";

    public static readonly string[] Names = ["plain", "excel-be"];

    public static bool TryParse(string? value, out CsvLayout layout)
    {
        layout = CsvLayout.Plain;
        switch (value)
        {
            case null or "plain": return true;
            case "excel-be": layout = CsvLayout.ExcelBe; return true;
            default: return false;
        }
    }

    public static string Message => $"One of {string.Join(", ", Names)}.";
}

/// <summary>
/// Writes CSV in a <see cref="CsvLayout"/>: one call per row, values given as they are (text, dates, numbers, flags,
/// enums) and formatted here, so every CSV of the API prints them alike: dates yyyy-MM-dd, numbers without trailing
/// zeros, flags true/false, enums by name. A text cell that a spreadsheet would run as a formula (starting with =, +,
/// −, @, a tab or a carriage return; OWASP "CSV injection") gets a leading apostrophe, which Excel and LibreOffice show
/// as text and do not evaluate. Numbers are never text here, so a negative number is never altered.
/// </summary>
public sealed class CsvWriter(CsvLayout layout)
{
    private readonly StringBuilder _text = new(layout == CsvLayout.ExcelBe ? "\uFEFF" : "");

    private char Delimiter => layout == CsvLayout.ExcelBe ? ';' : ',';

    public CsvWriter Row(IEnumerable<object?> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first) _text.Append(Delimiter);
            _text.Append(Quote(Format(value)));
            first = false;
        }
        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>The answer: UTF-8 (the BOM, for excel-be, is the text's first character), to save under <paramref name="fileName"/>.</summary>
    public IResult ToResult(HttpContext http, string fileName) => Answer(http, ToString(), fileName);

    /// <summary>CSV text as an attachment named <paramref name="fileName"/> (ASCII), UTF-8.</summary>
    public static IResult Answer(HttpContext http, string csv, string fileName)
    {
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        return Results.Text(csv, "text/csv; charset=utf-8", Encoding.UTF8);
    }

    private string Format(object? value) => value switch
    {
        null => "",
        string text => Defused(text),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        decimal m => Number(CollectiveDismissal.Domain.Reports.EmploymentReports.Normalized(m).ToString(CultureInfo.InvariantCulture)),
        double or float => throw new ArgumentException("Figures are decimals."),
        IFormattable f => Number(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => value.ToString() ?? ""
    };

    private string Number(string invariant) => layout == CsvLayout.ExcelBe ? invariant.Replace('.', ',') : invariant;

    private static string Defused(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private string Quote(string value) =>
        value.IndexOfAny([Delimiter, '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
