using System.Net.Mail;
using Hoshi.Data.Configurations;
using Hoshi.Data.Entities;

namespace Hoshi.Data.Commands;

/// <summary>
/// What a person may set on a supplier, from a form, an API call or a row of an imported file. Field names in
/// errors are the register's column keys (Core.Suppliers.SupplierColumns), so every input path can place them.
/// </summary>
public sealed record SupplierInput(
    string? Name,
    string? CorporateNumber = null,
    string? Relationship = null,
    string? InformationExchanged = null,
    string? ExchangeMethod = null,
    string? ConnectedSystems = null,
    string? Tags = null,
    string? Owner = null,
    string? ContactName = null,
    string? ContactEmail = null,
    string? ContactPhone = null,
    bool Important = false)
{
    /// <summary>Checks every field and writes the cleaned values onto <paramref name="supplier"/>; refuses the first problem.</summary>
    internal void ApplyTo(Supplier supplier)
    {
        if (TryApplyTo(supplier) is [var first, ..])
        {
            throw first;
        }
    }

    /// <summary>Every problem of every field, without changing anything: for a form that shows them all at once.</summary>
    public IReadOnlyList<ValidationException> Problems() => TryApplyTo(new Supplier { Name = "", CreatedBy = "" });

    /// <summary>Checks every field, writes the ones that pass onto <paramref name="supplier"/>, and returns every problem.</summary>
    internal List<ValidationException> TryApplyTo(Supplier supplier)
    {
        var problems = new List<ValidationException>();
        T Check<T>(Func<T> clean, T fallback)
        {
            try
            {
                return clean();
            }
            catch (ValidationException e)
            {
                problems.Add(e);
                return fallback;
            }
        }

        supplier.Name = Check(() => Fields.RequiredText(Name, "name", SupplierLimits.Name), "");
        supplier.CorporateNumber = Check(() => Fields.CorporateNumber(CorporateNumber, "corporate_number"), null);
        supplier.Relationship = Check(() => Fields.OptionalText(Relationship, "relationship", SupplierLimits.ShortText), null);
        supplier.InformationExchanged = Check(() => Fields.OptionalText(InformationExchanged, "information_exchanged", SupplierLimits.LongText), null);
        supplier.ExchangeMethod = Check(() => Fields.OptionalText(ExchangeMethod, "exchange_method", SupplierLimits.ShortText), null);
        supplier.ConnectedSystems = Check(() => Fields.OptionalText(ConnectedSystems, "connected_systems", SupplierLimits.LongText), null);
        supplier.Tags = Check(() => NormalizeTags(Fields.OptionalText(Tags, "tags", SupplierLimits.ShortText)), null);
        supplier.Owner = Check(() => Fields.OptionalText(Owner, "owner", SupplierLimits.Person), null);
        supplier.ContactName = Check(() => Fields.OptionalText(ContactName, "contact_name", SupplierLimits.Person), null);
        supplier.ContactEmail = Check(() => Email(ContactEmail, "contact_email"), null);
        supplier.ContactPhone = Check(() => Phone(ContactPhone, "contact_phone"), null);
        supplier.Important = Important;
        return problems;
    }

    /// <summary>Tags separated by commas (half or full width) or 、, stored as "a, b" without blanks or repeats.</summary>
    public static string? NormalizeTags(string? tags)
    {
        if (tags is null)
        {
            return null;
        }

        var list = tags.Split([',', '，', '、', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }

    internal static string? Email(string? value, string field)
    {
        var text = Fields.OptionalText(value, field, SupplierLimits.Email);
        if (text is null)
        {
            return null;
        }

        return MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal)
            ? text
            : throw new ValidationException(field, $"\"{text}\" is not an e-mail address");
    }

    internal static string? Phone(string? value, string field)
    {
        var text = Fields.OptionalText(value, field, 50);
        return text is null || text.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' ' or '(' or ')' or 'ー' or '－')
            ? text
            : throw new ValidationException(field, $"\"{text}\" is not a telephone number");
    }
}
