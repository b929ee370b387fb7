namespace CollectiveDismissal.Domain.Cases;

/// <summary>
/// KBO/BCE enterprise number: 10 digits, the first 0 or 1, the last two equal to
/// 97 − (the first eight mod 97). Dots and spaces ("0403.170.701") are accepted and dropped.
/// </summary>
public static class EnterpriseNumber
{
    public static bool TryNormalize(string? input, out string normalized, out string error)
    {
        normalized = "";
        var digits = new string((input ?? "").Where(c => c is not ('.' or ' ')).ToArray());
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            error = "An enterprise number has 10 digits (dots and spaces allowed), e.g. 0403.170.701.";
            return false;
        }
        if (digits[0] is not ('0' or '1'))
        {
            error = "An enterprise number starts with 0 or 1.";
            return false;
        }
        var body = long.Parse(digits[..8]);
        var check = int.Parse(digits[8..]);
        if (97 - (int)(body % 97) != check)
        {
            error = "The enterprise number's check digits are wrong (97 − first eight digits mod 97).";
            return false;
        }
        normalized = digits;
        error = "";
        return true;
    }

    /// <summary>
    /// For finding a case: a number in any of its written forms, with the VAT form's "BE" prefix too ("0403.170.701",
    /// "0403170701", "BE0403170701", "BE 0403.170.701"); dashes are dropped as well.
    /// </summary>
    public static bool TryNormalizeAnyFormat(string? input, out string normalized)
    {
        var text = (input ?? "").Trim().Replace("-", "");
        if (text.StartsWith("BE", StringComparison.OrdinalIgnoreCase)) text = text[2..];
        return TryNormalize(text, out normalized, out _);
    }
}
