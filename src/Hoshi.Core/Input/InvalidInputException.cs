namespace Hoshi.Core.Input;

/// <summary>A user's file with one or more problems; nothing from it may be used.</summary>
public sealed class InvalidInputException(IReadOnlyList<InputError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<InputError> Errors { get; } = errors;
}
