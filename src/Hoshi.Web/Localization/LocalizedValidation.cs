using System.ComponentModel.DataAnnotations;

namespace Hoshi.Web.Localization;

/// <summary>Required, with its message in the user's language.</summary>
public sealed class RequiredTextAttribute(string ja, string en) : RequiredAttribute
{
    public override string FormatErrorMessage(string name) => Ui.T(ja, en);
}

/// <summary>An e-mail address, with the message in the user's language.</summary>
public sealed class EmailTextAttribute() : DataTypeAttribute(DataType.EmailAddress)
{
    private static readonly EmailAddressAttribute Check = new();

    public override bool IsValid(object? value) => value is null || Check.IsValid(value);

    public override string FormatErrorMessage(string name) => Ui.T("メールアドレスの形式が正しくありません。", "This is not a valid e-mail address.");
}
