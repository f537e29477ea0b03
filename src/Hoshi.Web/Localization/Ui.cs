using System.Globalization;

namespace Hoshi.Web.Localization;

/// <summary>
/// The interface's two languages. Each text is written in Japanese and English side by side where it is used;
/// the request culture (cookie, Japanese by default) picks one.
/// </summary>
public static class Ui
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Language => IsEnglish ? "en" : "ja";

    public static string T(string ja, string en) => IsEnglish ? en : ja;
}
