namespace Hoshi.Core.Tests;

internal static class TestFiles
{
    public const string SourceFileName = "000_54916f2dca8693e8.txt";

    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    public static Core.Catalogs.Catalog Catalog { get; } = Core.Catalogs.CatalogLibrary.BuiltIn().Resolve("meti-scs@1")!;
}
