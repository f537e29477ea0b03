namespace Hoshi.Data.Commands;

/// <summary>One row of an import: an existing supplier's id to update it, or none to add a new one.</summary>
/// <param name="Line">Where the row is in the file, for errors.</param>
/// <param name="CellErrors">Cells the file reader could not read as their type (an id, a yes/no): reported with the rest.</param>
public sealed record SupplierImportRow(int Line, Guid? Id, SupplierInput Input, IReadOnlyList<SupplierImportError>? CellErrors = null);

/// <summary>What an import did.</summary>
public sealed record SupplierImportResult(int Added, int Updated, int Unchanged);

/// <summary>A refused import: every problem, each with the row and the field; nothing was written.</summary>
public sealed class SupplierImportException(IReadOnlyList<SupplierImportError> errors)
    : CommandException($"{errors.Count} problem(s) in the file; nothing was imported")
{
    public IReadOnlyList<SupplierImportError> Errors { get; } = errors;
}

/// <param name="Field">The column key (see Core.Suppliers.SupplierColumns).</param>
public sealed record SupplierImportError(int Line, string Field, string Reason);
