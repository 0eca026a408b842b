namespace NotebookEngine.Packages;

/// <summary>Un paquete pedido con <c>#r "nuget: Nombre, Versión"</c>. Sin versión: la última estable.</summary>
public sealed record PackageRequest(string Name, string? Version)
{
    /// <summary>La versión tal como la entiende NuGet en un PackageReference (<c>*</c> si no se dio ninguna).</summary>
    public string VersionOrLatest => Version ?? "*";

    /// <inheritdoc />
    public override string ToString() => Version is null ? Name : $"{Name} {Version}";
}
