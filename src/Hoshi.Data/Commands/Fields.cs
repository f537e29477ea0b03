namespace Hoshi.Data.Commands;

/// <summary>Checks of user-entered values, shared by every command, each naming the field it refuses.</summary>
internal static class Fields
{
    public static string RequiredText(string? value, string field, int maxLength) =>
        OptionalText(value, field, maxLength) ?? throw new ValidationException(field, "is required");

    public static string? OptionalText(string? value, string field, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            throw new ValidationException(field, $"is {text.Length} characters long; at most {maxLength} are allowed");
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            throw new ValidationException(field, "contains control characters");
        }

        return text;
    }

    /// <summary>法人番号: 13 digits whose first digit is the check digit of the other twelve (NTA's rule).</summary>
    public static string? CorporateNumber(string? value, string field)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length != 13 || !text.All(char.IsAsciiDigit))
        {
            throw new ValidationException(field, $"\"{text}\" is not 13 digits");
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            // Digits are weighted from the right-hand end: 1 for odd positions, 2 for even.
            var digit = text[12 - i] - '0';
            sum += digit * (i % 2 == 0 ? 1 : 2);
        }

        var check = 9 - (sum % 9);
        return text[0] - '0' == check
            ? text
            : throw new ValidationException(field, $"\"{text}\" has a wrong check digit (expected {check})");
    }
}
