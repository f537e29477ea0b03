using Hoshi.Data.Commands;
using Hoshi.Data.Entities;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>The supplier fields of the form; the commands check them, and their field names map back here.</summary>
public sealed class SupplierForm
{
    public string? Name { get; set; }
    public string? CorporateNumber { get; set; }
    public string? Relationship { get; set; }
    public string? InformationExchanged { get; set; }
    public string? ExchangeMethod { get; set; }
    public string? ConnectedSystems { get; set; }
    public string? Tags { get; set; }
    public string? Owner { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public bool Important { get; set; }

    public SupplierInput ToInput() => new(Name, CorporateNumber, Relationship, InformationExchanged, ExchangeMethod, ConnectedSystems,
        Tags, Owner, ContactName, ContactEmail, ContactPhone, Important);

    public static SupplierForm From(Supplier s) => new()
    {
        Name = s.Name, CorporateNumber = s.CorporateNumber, Relationship = s.Relationship, InformationExchanged = s.InformationExchanged,
        ExchangeMethod = s.ExchangeMethod, ConnectedSystems = s.ConnectedSystems, Tags = s.Tags, Owner = s.Owner,
        ContactName = s.ContactName, ContactEmail = s.ContactEmail, ContactPhone = s.ContactPhone, Important = s.Important,
    };

    /// <summary>The form field a command's field name ("contact_email") belongs to ("Form.ContactEmail").</summary>
    public static string FieldOf(string field) =>
        "Form." + string.Concat(field.Split('_').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
