namespace Hoshi.Hosting;

/// <summary>A setting that cannot work, named with the variable or option it came from.</summary>
public sealed class SettingsException(string message) : Exception(message);
