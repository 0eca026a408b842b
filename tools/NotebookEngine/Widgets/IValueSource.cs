namespace NotebookEngine.Widgets;

/// <summary>Un control con valor, visto sin su tipo: a <c>Interact</c> solo le importa cuándo cambia.</summary>
internal interface IValueSource
{
    /// <summary>Ejecuta <paramref name="action"/> cuando cambie el valor (ver <c>ValueWidget.OnChange</c>).</summary>
    void OnChange(object key, Action action, OutputArea? output);
}
