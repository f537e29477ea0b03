namespace Hoshi.Core.Catalogs;

/// <summary>A text in the official Japanese wording with its English translation beside it.</summary>
public sealed record LocalizedText(string Ja, string En)
{
    public string In(string language) => language == "en" ? En : Ja;
}
