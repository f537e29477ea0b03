namespace Hoshi.Core.Suppliers;

/// <summary>One column of the supplier register's CSV and Excel files.</summary>
/// <param name="Key">The stable name, also accepted as a header.</param>
/// <param name="Japanese">The Japanese header written on export and accepted on import.</param>
/// <param name="English">The English header, accepted on import.</param>
/// <param name="ReadOnly">Exported for reading; ignored on import (set by decisions and requests, not by files).</param>
public sealed record SupplierColumn(string Key, string Japanese, string English, bool ReadOnly = false)
{
    public bool Matches(string header)
    {
        var text = header.Trim();
        return string.Equals(text, Key, StringComparison.OrdinalIgnoreCase)
            || text == Japanese
            || string.Equals(text, English, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The columns of the supplier register file, in the order they are written.</summary>
public static class SupplierColumns
{
    public static readonly SupplierColumn Id = new("id", "ID", "ID");
    public static readonly SupplierColumn Name = new("name", "取引先名", "Name");
    public static readonly SupplierColumn CorporateNumber = new("corporate_number", "法人番号", "Corporate number");
    public static readonly SupplierColumn Relationship = new("relationship", "取引内容", "Relationship");
    public static readonly SupplierColumn InformationExchanged = new("information_exchanged", "やり取りする情報", "Information exchanged");
    public static readonly SupplierColumn ExchangeMethod = new("exchange_method", "やり取りの方法", "Exchange method");
    public static readonly SupplierColumn ConnectedSystems = new("connected_systems", "接続する自社システム", "Connected systems");
    public static readonly SupplierColumn Tags = new("tags", "タグ", "Tags");
    public static readonly SupplierColumn Owner = new("owner", "社内担当者", "Owner");
    public static readonly SupplierColumn ContactName = new("contact_name", "先方担当者", "Contact name");
    public static readonly SupplierColumn ContactEmail = new("contact_email", "先方メールアドレス", "Contact e-mail");
    public static readonly SupplierColumn ContactPhone = new("contact_phone", "先方電話番号", "Contact phone");
    public static readonly SupplierColumn Important = new("important", "重要な取引先", "Important");
    public static readonly SupplierColumn RequiredLevel = new("required_level", "求める★", "Required ★", ReadOnly: true);
    public static readonly SupplierColumn Status = new("status", "状況", "Status", ReadOnly: true);
    public static readonly SupplierColumn ObtainedLevel = new("obtained_level", "確認済みの★", "Obtained ★", ReadOnly: true);
    public static readonly SupplierColumn ValidUntil = new("valid_until", "有効期限", "Valid until", ReadOnly: true);

    public static readonly IReadOnlyList<SupplierColumn> All =
    [
        Id, Name, CorporateNumber, Relationship, InformationExchanged, ExchangeMethod, ConnectedSystems, Tags, Owner,
        ContactName, ContactEmail, ContactPhone, Important, RequiredLevel, Status, ObtainedLevel, ValidUntil,
    ];

    /// <summary>Values of the 重要 column read as yes; anything else non-blank must be one of <see cref="No"/>.</summary>
    public static readonly IReadOnlySet<string> Yes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "はい", "○", "〇", "yes", "true", "1", "y" };
    public static readonly IReadOnlySet<string> No = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "いいえ", "×", "-", "no", "false", "0", "n" };
}
