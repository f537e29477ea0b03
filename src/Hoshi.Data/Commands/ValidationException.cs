namespace Hoshi.Data.Commands;

/// <summary>A field with a value that is not allowed, named so the user can correct it.</summary>
public sealed class ValidationException(string field, string message) : CommandException($"{field}: {message}")
{
    public string Field { get; } = field;
    public string Reason { get; } = message;
}
