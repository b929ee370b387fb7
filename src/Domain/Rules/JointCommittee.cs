using System.Text.RegularExpressions;

namespace CollectiveDismissal.Domain.Rules;

/// <summary>A joint committee (paritair comité / commission paritaire): "200", "111.01", "140.03.01".</summary>
public static partial class JointCommittee
{
    public static bool IsValid(string? code) => code is not null && Format().IsMatch(code);

    /// <summary>R13 (KB 9 maart 2006): joint committees 225 and 328 are exempt from the employment-cell obligation.</summary>
    public static bool IsExemptFromEmploymentCell(string code) => code.Split('.')[0] is "225" or "328";

    [GeneratedRegex(@"^\d{3}(\.\d{2}){0,2}$")]
    private static partial Regex Format();
}
