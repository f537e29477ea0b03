using System.Globalization;
using Hoshi.Core.Suppliers;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>Between the register file's rows (Core) and the suppliers (Data), both ways.</summary>
public static class SupplierRows
{
    public static IReadOnlyDictionary<string, string?> ToCells(Supplier s, DateOnly today) => new Dictionary<string, string?>
    {
        [SupplierColumns.Id.Key] = s.Id.ToString(),
        [SupplierColumns.Name.Key] = s.Name,
        [SupplierColumns.CorporateNumber.Key] = s.CorporateNumber,
        [SupplierColumns.Relationship.Key] = s.Relationship,
        [SupplierColumns.InformationExchanged.Key] = s.InformationExchanged,
        [SupplierColumns.ExchangeMethod.Key] = s.ExchangeMethod,
        [SupplierColumns.ConnectedSystems.Key] = s.ConnectedSystems,
        [SupplierColumns.Tags.Key] = s.Tags,
        [SupplierColumns.Owner.Key] = s.Owner,
        [SupplierColumns.ContactName.Key] = s.ContactName,
        [SupplierColumns.ContactEmail.Key] = s.ContactEmail,
        [SupplierColumns.ContactPhone.Key] = s.ContactPhone,
        [SupplierColumns.Important.Key] = s.Important ? Localization.Ui.T("はい", "yes") : "",
        [SupplierColumns.RequiredLevel.Key] = s.RequiredLevel?.ToString(CultureInfo.InvariantCulture),
        [SupplierColumns.Status.Key] = SupplierNames.Status(s.StatusOn(today)),
        [SupplierColumns.ObtainedLevel.Key] = s.ObtainedLevel?.ToString(CultureInfo.InvariantCulture),
        [SupplierColumns.ValidUntil.Key] = s.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>The file's rows as import rows; cells that are not of their type (id, yes/no) travel with the row as errors.</summary>
    public static List<SupplierImportRow> FromTable(SupplierTable table)
    {
        var rows = new List<SupplierImportRow>();
        foreach (var row in table.Rows)
        {
            var errors = new List<SupplierImportError>();
            Guid? id = null;
            if (row[SupplierColumns.Id] is { } idText)
            {
                if (Guid.TryParse(idText, out var parsed))
                {
                    id = parsed;
                }
                else
                {
                    errors.Add(new SupplierImportError(row.Line, SupplierColumns.Id.Key, $"\"{idText}\" is not a supplier ID; leave it empty for a new supplier"));
                }
            }

            var important = false;
            if (row[SupplierColumns.Important] is { } flag)
            {
                if (SupplierColumns.Yes.Contains(flag))
                {
                    important = true;
                }
                else if (!SupplierColumns.No.Contains(flag))
                {
                    errors.Add(new SupplierImportError(row.Line, SupplierColumns.Important.Key, $"\"{flag}\" is not yes or no (はい / いいえ)"));
                }
            }

            rows.Add(new SupplierImportRow(row.Line, id, new SupplierInput(
                row[SupplierColumns.Name], row[SupplierColumns.CorporateNumber], row[SupplierColumns.Relationship],
                row[SupplierColumns.InformationExchanged], row[SupplierColumns.ExchangeMethod], row[SupplierColumns.ConnectedSystems],
                row[SupplierColumns.Tags], row[SupplierColumns.Owner], row[SupplierColumns.ContactName], row[SupplierColumns.ContactEmail],
                row[SupplierColumns.ContactPhone], important), errors));
        }

        return rows;
    }
}
