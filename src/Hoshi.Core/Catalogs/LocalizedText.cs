namespace Hoshi.Core.Catalogs;

/// <summary>
/// A text in the official Japanese wording with Hoshi's English translation beside it. <see cref="En"/> is null
/// where no translation exists yet (criteria imported from IPA's workbook): English readers then get the Japanese,
/// and a page says the translation is missing (<see cref="IsMissingIn"/>).
/// </summary>
public sealed record LocalizedText(string Ja, string? En)
{
    public bool HasEnglish => En is not null;

    /// <summary>The text in a language; the Japanese when the English translation is missing.</summary>
    public string In(string language) => language == "en" ? En ?? Ja : Ja;

    /// <summary>True when <paramref name="language"/> is English and this text has no English translation.</summary>
    public bool IsMissingIn(string language) => language == "en" && En is null;
}
