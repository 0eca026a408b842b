using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NotebookEngine.Scripting;

/// <summary>
/// El resolutor de <c>#r</c> de Roslyn, pero sin "resolver ensamblados que faltan": por defecto Roslyn busca por
/// identidad en los ensamblados de la plataforma cualquier dependencia que no esté referenciada, y a veces añade así
/// una segunda referencia al propio motor (la llamada a <c>display</c> pasaba a ser ambigua, CS0121). Todas las
/// dependencias legítimas ya están referenciadas: el framework entero y todas las DLL de los paquetes restaurados.
/// </summary>
internal sealed class NoMissingAssemblyResolver(MetadataReferenceResolver inner) : MetadataReferenceResolver
{
    private readonly MetadataReferenceResolver _inner = inner;

    public override bool ResolveMissingAssemblies => false;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(
        string reference, string? baseFilePath, MetadataReferenceProperties properties) =>
        _inner.ResolveReference(reference, baseFilePath, properties);

    public override bool Equals(object? other) => other is NoMissingAssemblyResolver resolver && _inner.Equals(resolver._inner);

    public override int GetHashCode() => _inner.GetHashCode();
}
