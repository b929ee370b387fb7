namespace CollectiveDismissal.Domain.Participants;

/// <summary>
/// INSZ/NISS (national register or BIS number): 11 digits YYMMDD SSS CC, the check CC equal to
/// 97 − (the first nine mod 97), or, for people born in 2000 or later, 97 − ((2 followed by the first nine) mod 97);
/// the variant that matches decides the century. Dots, dashes and spaces ("85.07.30-033.28") are accepted and dropped.
/// BIS numbers add 20 or 40 to the month; a month or day of 00 means that part of the birth date is unknown.
/// Error messages never repeat the input: it is personal data.
/// </summary>
public static class NationalRegisterNumber
{
    private const long BornFrom2000Prefix = 2_000_000_000;

    /// <summary>
    /// Validates and normalizes to 11 digits. When <paramref name="birthDate"/> is given, the encoded birth date must
    /// agree with it: the year always, the month and day only where they are known (not 00). A month field outside
    /// 00–12, 20–32 and 40–52 agrees with no birth date.
    /// </summary>
    public static bool TryNormalize(string? input, DateOnly? birthDate, out string normalized, out string error)
    {
        normalized = "";
        var digits = new string((input ?? "").Where(c => c is not ('.' or '-' or ' ')).ToArray());
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            error = "An INSZ/NISS has 11 digits.";
            return false;
        }
        if (CenturyOf(digits) is not { } century)
        {
            error = "The check digits are not valid.";
            return false;
        }
        if (birthDate is { } date && !Agrees(digits, century, date))
        {
            error = "Does not agree with the birth date.";
            return false;
        }
        normalized = digits;
        error = "";
        return true;
    }

    /// <summary>
    /// The birth date encoded in a valid normalized number, or null when the number is not valid,
    /// the month or day is unknown (00), or the parts do not form a calendar date.
    /// </summary>
    public static DateOnly? BirthDateOf(string normalized)
    {
        if (normalized.Length != 11 || !normalized.All(char.IsAsciiDigit) || CenturyOf(normalized) is not { } century)
            return null;
        var (year, month, day) = Parts(normalized, century);
        if (month is not (>= 1 and <= 12) || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new DateOnly(year, month, day);
    }

    /// <summary>1900 or 2000, by the check variant that matches; null when neither does.</summary>
    private static int? CenturyOf(string digits)
    {
        var body = long.Parse(digits[..9]);
        var check = int.Parse(digits[9..]);
        if (97 - (int)(body % 97) == check) return 1900;
        if (97 - (int)((BornFrom2000Prefix + body) % 97) == check) return 2000;
        return null;
    }

    /// <summary>Year, real month (BIS offset removed; 0 = unknown, −1 = not a month) and day (0 = unknown).</summary>
    private static (int Year, int Month, int Day) Parts(string digits, int century)
    {
        var field = int.Parse(digits[2..4]);
        var month = field switch
        {
            <= 12 => field,
            >= 20 and <= 32 => field - 20,
            >= 40 and <= 52 => field - 40,
            _ => -1
        };
        return (century + int.Parse(digits[..2]), month, int.Parse(digits[4..6]));
    }

    private static bool Agrees(string digits, int century, DateOnly birthDate)
    {
        var (year, month, day) = Parts(digits, century);
        return year == birthDate.Year
            && month >= 0
            && (month == 0 || month == birthDate.Month)
            && (day == 0 || day == birthDate.Day);
    }
}
