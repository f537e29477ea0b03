namespace Hoshi.Data.Commands;

/// <summary>A request that cannot be carried out as asked; nothing was changed. The message is for the user.</summary>
public class CommandException(string message) : Exception(message);
