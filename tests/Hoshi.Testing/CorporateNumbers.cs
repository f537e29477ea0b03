namespace Hoshi.Testing;

/// <summary>Valid 法人番号 for tests: twelve digits from a seed, with the check digit NTA's rule gives.</summary>
public static class CorporateNumbers
{
    public static string Valid(int seed)
    {
        var body = (1_000_000_000_000L + seed).ToString(System.Globalization.CultureInfo.InvariantCulture)[1..];
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (body[11 - i] - '0') * (i % 2 == 0 ? 1 : 2);
        }

        return $"{9 - (sum % 9)}{body}";
    }
}
