namespace Hoshi.Data.Commands;

/// <summary>
/// Someone saved the record after the caller read it. Carries the record as it now stands, so both versions
/// can be shown side by side; nothing of the caller's change was written.
/// </summary>
public sealed class ConcurrencyConflictException(string what, int expectedVersion, object current)
    : CommandException($"{what} was changed by someone else (you edited version {expectedVersion}); reload and apply your change again")
{
    public int ExpectedVersion { get; } = expectedVersion;
    public object Current { get; } = current;
}
