using System.Globalization;

namespace NotebookEngine;

/// <summary>
/// Una cultura que solo sirve para pedir recursos en español (los mensajes de error de Roslyn, que vienen traducidos
/// en sus ensamblados satélite <c>es/</c>). El repositorio compila con <c>InvariantGlobalization</c>, donde
/// <c>CultureInfo.GetCultureInfo("es")</c> lanza una excepción; el gestor de recursos solo mira <see cref="Name"/> y
/// <see cref="Parent"/>, así que basta con una cultura invariante que diga llamarse "es". Los números se siguen
/// formateando como en la cultura invariante. El ejecutor la pone como <c>CurrentUICulture</c> mientras analiza la
/// línea de órdenes (ayuda de System.CommandLine en español), pero NUNCA mientras se ejecutan celdas: el cargador de
/// ensamblados intenta crear la cultura "es" de verdad y falla (FileLoadException al cargar un paquete).
/// </summary>
public sealed class SpanishResourceCulture : CultureInfo
{
    private SpanishResourceCulture()
        : base("") { }

    /// <summary>La instancia única.</summary>
    public static CultureInfo Instance { get; } = Create();

    /// <inheritdoc />
    public override string Name => "es";

    /// <inheritdoc />
    public override CultureInfo Parent => InvariantCulture;

    private static CultureInfo Create()
    {
        try
        {
            return GetCultureInfo("es", predefinedOnly: false);
        }
        catch (CultureNotFoundException)
        {
            return new SpanishResourceCulture();
        }
    }
}
