namespace NotebookBook;

/// <summary>
/// Lo que una página va acumulando mientras se escribe: identificadores únicos para los gráficos, si necesita
/// plotly.js, y cómo reescribir las URL de enlaces e imágenes.
/// </summary>
internal sealed class PageState(Func<string, bool, string>? rewriteUrl = null)
{
    private int charts;

    /// <summary>Verdadero si algún gráfico de la página necesita plotly.js (se carga una sola vez, al final).</summary>
    public bool UsesPlotly { get; private set; }

    /// <summary>Reescribe la URL de un enlace o imagen (el booleano dice si es imagen); <c>null</c>: sin cambios.</summary>
    public Func<string, bool, string>? RewriteUrl { get; } = rewriteUrl;

    /// <summary>Un identificador nuevo para el div de un gráfico; marca la página como usuaria de plotly.js.</summary>
    public string NextChartId()
    {
        UsesPlotly = true;
        return $"grafico-{++charts}";
    }

    /// <summary>Marca la página como usuaria de plotly.js (un HTML de salida que llama a <c>Plotly.</c>).</summary>
    public void MarkPlotlyUsed() => UsesPlotly = true;
}
