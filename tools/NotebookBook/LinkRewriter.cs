using System.Security.Cryptography;
using NotebookFormat;

namespace NotebookBook;

/// <summary>
/// Reescribe las URL relativas de un cuaderno para que funcionen desde la carpeta del libro: las imágenes se buscan
/// junto al cuaderno (y en las carpetas extra de <see cref="BookOptions.ResourceDirectories"/>) y se copian a
/// <c>media/</c>; los adjuntos (<c>attachment:x.png</c>) pasan a URI <c>data:</c>; un enlace a otro capítulo
/// (<c>02-x.ipynb#sec</c>) apunta a su página (<c>02-x.html#sec</c>); un documento Markdown que exista
/// (<c>../README.md#si-algo-falla</c>) pasa a ser una página más del libro (<see cref="TakePendingDocument"/>), para que
/// el enlace funcione también sin el repositorio al lado. Lo que no se encuentra se deja igual y se avisa.
/// </summary>
internal sealed class LinkRewriter(
    string outputDirectory,
    IReadOnlyList<string> resourceDirectories,
    IReadOnlySet<string> chapterNames,
    ICollection<string> warnings
)
{
    /// <summary>Carpeta, dentro del libro, de las imágenes copiadas.</summary>
    public const string MediaFolder = "media";

    // Documentos Markdown enlazados: ruta completa → página del libro; los que aún no se han escrito, en cola.
    private readonly Dictionary<string, string> _documentPages = new(StringComparer.Ordinal);
    private readonly Queue<(string Path, string PageFileName)> _pendingDocuments = new();

    /// <summary>El siguiente documento Markdown enlazado que aún no tiene página, o <c>null</c> si no queda ninguno.</summary>
    public (string Path, string PageFileName)? TakePendingDocument() =>
        _pendingDocuments.TryDequeue(out var document) ? document : null;

    /// <summary>Una función de reescritura para las celdas de <paramref name="notebook"/>.</summary>
    public Func<string, bool, string> For(Notebook notebook, IReadOnlyDictionary<string, string> attachments) =>
        (url, isImage) => Rewrite(notebook, attachments, url, isImage);

    private string Rewrite(Notebook notebook, IReadOnlyDictionary<string, string> attachments, string url, bool isImage)
    {
        var file = Path.GetFileName(notebook.Path);
        if (url.StartsWith("attachment:", StringComparison.Ordinal))
        {
            if (attachments.TryGetValue(url["attachment:".Length..], out var dataUri))
                return dataUri;
            warnings.Add($"El cuaderno '{file}' enlaza el adjunto '{url}', que no está en la celda.");
            return url;
        }
        if (url.StartsWith('#') || url.StartsWith('/') || Uri.TryCreate(url, UriKind.Absolute, out _))
            return url;

        var cut = url.IndexOfAny(['#', '?']);
        var (path, suffix) = cut < 0 ? (url, "") : (url[..cut], url[cut..]);
        var localPath = Uri.UnescapeDataString(path);

        if (!isImage && localPath.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
        {
            var name = Path.GetFileNameWithoutExtension(localPath);
            return chapterNames.Contains(name) ? Uri.EscapeDataString(name) + ".html" + suffix : url;
        }
        if (!isImage && localPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var document = Path.GetFullPath(
                Path.Combine(Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!, localPath)
            );
            if (File.Exists(document))
                return Uri.EscapeDataString(DocumentPage(document)) + suffix;
            warnings.Add($"El cuaderno '{file}' enlaza el documento '{url}', que no existe.");
            return url;
        }
        if (!isImage)
            return url;

        var searched = new[] { Path.GetDirectoryName(Path.GetFullPath(notebook.Path))! }.Concat(resourceDirectories);
        foreach (var directory in searched)
        {
            var candidate = Path.GetFullPath(Path.Combine(directory, localPath));
            if (File.Exists(candidate))
                return CopyToMedia(candidate);
        }
        var where =
            resourceDirectories.Count == 0
                ? "junto al cuaderno"
                : $"junto al cuaderno ni en {string.Join(", ", resourceDirectories.Select(d => $"'{d}'"))}";
        warnings.Add($"El cuaderno '{file}' muestra la imagen '{url}', que no se encontró {where}.");
        return url;
    }

    // La página de un documento: su nombre (README.html) si está libre; si no, con parte del hash de su ruta.
    private string DocumentPage(string document)
    {
        if (_documentPages.TryGetValue(document, out var known))
            return known;
        var name = Path.GetFileNameWithoutExtension(document);
        if (chapterNames.Contains(name) || _documentPages.ContainsValue(name + ".html"))
            name += "-" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document)))[..8];
        var page = name + ".html";
        _documentPages[document] = page;
        _pendingDocuments.Enqueue((document, page));
        return page;
    }

    // El prefijo del hash evita que dos imágenes con el mismo nombre en carpetas distintas se pisen.
    private string CopyToMedia(string source)
    {
        var bytes = File.ReadAllBytes(source);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        var name = $"{hash}-{Path.GetFileName(source)}";
        var target = Path.Combine(outputDirectory, MediaFolder, name);
        if (!File.Exists(target))
            AtomicFile.WriteAllBytes(target, bytes);
        return $"{MediaFolder}/{Uri.EscapeDataString(name)}";
    }
}
