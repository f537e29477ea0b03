using Hoshi.Data.Commands;

namespace Hoshi.Data.Evidence;

/// <summary>
/// The kinds of file accepted as evidence, by extension, with the content type they are served as. Anything
/// else is refused: documents, spreadsheets, images, plain-text logs and archives of them cover what the
/// criteria ask for, and executables or HTML have no place in an evidence folder.
/// </summary>
public static class EvidenceTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".txt"] = "text/plain",
        [".log"] = "text/plain",
        [".csv"] = "text/csv",
        [".json"] = "application/json",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".xls"] = "application/vnd.ms-excel",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".doc"] = "application/msword",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".zip"] = "application/zip",
    };

    public static IEnumerable<string> Extensions => ByExtension.Keys.Order(StringComparer.Ordinal);

    /// <summary>The content type for an accepted file name; a <see cref="ValidationException"/> for any other.</summary>
    public static string ContentTypeOf(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return ByExtension.TryGetValue(extension, out var type)
            ? type
            : throw new ValidationException("file", $"\"{fileName}\": files of type \"{extension}\" are not accepted as evidence; accepted: {string.Join(" ", Extensions)}");
    }
}
