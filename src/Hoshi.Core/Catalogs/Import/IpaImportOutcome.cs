namespace Hoshi.Core.Catalogs.Import;

public enum IpaImportOutcome
{
    /// <summary>The workbook's criteria of the installed levels are those of the installed version: it completes that same version.</summary>
    Completes,
    /// <summary>The version is not installed, or the workbook differs from it: it is installed as a version of its own.</summary>
    NewVersion,
    /// <summary>The installed version already carries everything the workbook has: nothing to install.</summary>
    AlreadyInstalled,
}
