using System.Globalization;
using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Domain.Tests.Participants;

// Check digits computed by hand:
//   85073003328: 97 − (850730033 mod 97) = 28                 → born 1985-07-30
//   01020312345: 97 − (2010203123 mod 97) = 45 (2000+ rule)   → born 2001-02-03
//   01020312316: 97 − (10203123 mod 97) = 16 (pre-2000 rule)  → born 1901-02-03
//   85073003357: 97 − (2850730033 mod 97) = 57 (2000+ rule)   → born 2085-07-30
//   85273003371, 85473003317: BIS, month 07 + 20 / + 40      → born 1985-07-30
//   85000012313, 85400012302: month and day unknown (BIS + 40 in the second) → born in 1985
public class national_register_number_INSZ
{
    private static DateOnly? Date(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("85073003328", "85073003328")]
    [InlineData("85.07.30-033.28", "85073003328")]
    [InlineData("850730 033 28", "85073003328")]
    [InlineData("850730-033-28", "85073003328")]
    [InlineData("01020312345", "01020312345")]
    [InlineData("01.02.03-123.45", "01020312345")]
    [InlineData("01020312316", "01020312316")]
    public void a_valid_number_is_accepted_and_normalized(string input, string normalized)
    {
        Assert.True(NationalRegisterNumber.TryNormalize(input, null, out var result, out var error));
        Assert.Equal(normalized, result);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("85073003328", "1985-07-30")]
    [InlineData("01020312345", "2001-02-03")] // 2000+ rule
    [InlineData("01020312316", "1901-02-03")] // same digits, pre-2000 rule
    [InlineData("85273003371", "1985-07-30")] // BIS, month + 20
    [InlineData("85473003317", "1985-07-30")] // BIS, month + 40
    [InlineData("85000012313", "1985-11-05")] // month and day unknown: only the year counts
    [InlineData("85400012302", "1985-01-01")]
    public void a_number_agreeing_with_the_birth_date_is_accepted(string input, string birthDate)
    {
        Assert.True(NationalRegisterNumber.TryNormalize(input, Date(birthDate), out var result, out var error));
        Assert.Equal(input, result);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("8507300332")]   // 10 digits
    [InlineData("850730033280")] // 12 digits
    [InlineData("8507300332A")]
    [InlineData("85/07/30 033 28")]
    [InlineData("")]
    [InlineData(null)]
    public void anything_but_11_digits_is_refused(string? input)
    {
        Assert.False(NationalRegisterNumber.TryNormalize(input, null, out var result, out var error));
        Assert.Equal("", result);
        Assert.Equal("An INSZ/NISS has 11 digits.", error);
    }

    [Theory]
    [InlineData("85073003329")] // off by one
    [InlineData("85073003327")]
    [InlineData("01020312346")]
    [InlineData("85073003300")]
    public void wrong_check_digits_are_refused(string input)
    {
        Assert.False(NationalRegisterNumber.TryNormalize(input, null, out var result, out var error));
        Assert.Equal("", result);
        Assert.Equal("The check digits are not valid.", error);
    }

    [Theory]
    [InlineData("85073003328", "1985-07-31")] // other day
    [InlineData("85073003328", "1985-08-30")] // other month
    [InlineData("85073003328", "2085-07-30")] // pre-2000 check: 19xx only
    [InlineData("85073003357", "1985-07-30")] // 97 − (2850730033 mod 97) = 57: the 2000+ check, so born 2085
    [InlineData("01020312345", "1901-02-03")] // 2000+ check: not the 19xx birth date
    [InlineData("01020312316", "2001-02-03")] // pre-2000 check: not the 20xx birth date
    [InlineData("85273003371", "1985-09-30")] // BIS + 20 is July, not September
    [InlineData("85473003317", "1985-11-30")] // BIS + 40 is July, not November
    [InlineData("85000012313", "1986-07-30")] // unknown month and day, but the year still counts
    public void a_number_disagreeing_with_the_birth_date_is_refused(string input, string birthDate)
    {
        Assert.False(NationalRegisterNumber.TryNormalize(input, Date(birthDate), out var result, out var error));
        Assert.Equal("", result);
        Assert.Equal("Does not agree with the birth date.", error);
    }

    [Fact]
    public void errors_never_repeat_the_input()
    {
        foreach (var input in new[] { "8507300332", "85073003329" })
        {
            NationalRegisterNumber.TryNormalize(input, null, out _, out var error);
            Assert.DoesNotContain("850730", error);
        }
    }

    [Theory]
    [InlineData("85073003328", "1985-07-30")]
    [InlineData("01020312345", "2001-02-03")]
    [InlineData("01020312316", "1901-02-03")]
    [InlineData("85473003317", "1985-07-30")]
    [InlineData("85000012313", null)] // unknown parts
    [InlineData("85073003329", null)] // not valid
    public void the_birth_date_is_read_from_a_valid_number(string normalized, string? birthDate) =>
        Assert.Equal(Date(birthDate), NationalRegisterNumber.BirthDateOf(normalized));
}
