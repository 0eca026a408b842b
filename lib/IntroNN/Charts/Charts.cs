namespace IntroNN;

/// <summary>
/// Los gráficos de la serie, uno por idea: cada función devuelve un <see cref="Plotly.NET.GenericChart"/>
/// con títulos, ejes y leyendas en español y los mismos colores en todos (<see cref="ChartColors"/>).
/// </summary>
/// <remarks>
/// <para>En un cuaderno, deja el gráfico como última expresión de la celda (o pásalo a <c>display</c>).</para>
/// <para>Todo se calcula en C# antes de dibujar: el JSON resultante no necesita un núcleo vivo, así que el
/// gráfico funciona igual en una página HTML estática (deslizadores incluidos).</para>
/// <para>Para retocar un gráfico usa Plotly.NET: <c>chart.WithSize(900, 600)</c> (Plotly.NET.CSharp) o
/// <c>Plotly.NET.Chart.withTitle(...)</c>. Los datos mal formados (vacíos, longitudes distintas, NaN)
/// producen una <see cref="ArgumentException"/> en español que nombra el argumento.</para>
/// </remarks>
public static partial class Charts { }
