using Microsoft.Data.Sqlite;

namespace NotebookKernel.History;

/// <summary>Una entrada del historial.</summary>
/// <param name="Session">La sesión del kernel (un arranque) en que se ejecutó.</param>
/// <param name="Line">Su número de ejecución en esa sesión (desde 1).</param>
/// <param name="Source">El código de la celda.</param>
/// <param name="Output">El texto del resultado de la celda (<c>text/plain</c>), si lo tuvo.</param>
internal sealed record HistoryEntry(long Session, int Line, string Source, string? Output);

/// <summary>
/// El historial de celdas ejecutadas, guardado entre sesiones en una base de datos SQLite con el esquema de IPython
/// (<c>sessions</c>, <c>history</c>, <c>output_history</c>): cada arranque del kernel es una sesión nueva y cada
/// celda una línea. Responde a las tres consultas de <c>history_request</c>: las últimas (<c>tail</c>), un
/// intervalo de una sesión (<c>range</c>) y una búsqueda con patrón glob (<c>search</c>).
/// <para>La base de datos se abre la primera vez que se usa, para no retrasar el arranque. Se usa desde un solo hilo
/// (el de shell del kernel).</para>
/// </summary>
internal sealed class HistoryStore : IDisposable
{
    /// <summary>La ruta que deja el historial solo en memoria: nada se escribe en disco.</summary>
    public const string InMemory = ":memory:";

    private readonly string _path;
    private readonly Action<string>? _warn;
    private SqliteConnection? _connection;
    private long _session;
    private int _recorded;

    /// <param name="path">El fichero de la base de datos (se crea con su carpeta si falta), o <see cref="InMemory"/>.</param>
    /// <param name="warn">Dónde avisar si el fichero no se puede usar (entonces el historial sigue en memoria).</param>
    public HistoryStore(string path, Action<string>? warn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = path;
        _warn = warn;
    }

    /// <summary>El número de la sesión actual (abre la base de datos si aún no estaba abierta).</summary>
    public long Session
    {
        get
        {
            Open();
            return _session;
        }
    }

    /// <summary>Guarda la celda <paramref name="line"/> de la sesión actual, con el texto de su resultado si lo tuvo.</summary>
    public void Add(int line, string source, string? output)
    {
        var connection = Open();
        using var transaction = connection.BeginTransaction();
        Execute(
            connection,
            "INSERT OR REPLACE INTO history (session, line, source, source_raw) VALUES ($session, $line, $source, $source)",
            ("$session", _session),
            ("$line", line),
            ("$source", source)
        );
        if (output is not null)
            Execute(
                connection,
                "INSERT OR REPLACE INTO output_history (session, line, output) VALUES ($session, $line, $output)",
                ("$session", _session),
                ("$line", line),
                ("$output", output)
            );
        transaction.Commit();
        _recorded++;
    }

    /// <summary>Las últimas <paramref name="count"/> celdas de todas las sesiones, de la más antigua a la más reciente.</summary>
    public IReadOnlyList<HistoryEntry> Tail(int count) =>
        Query("ORDER BY h.session DESC, h.line DESC LIMIT $count", newestFirst: true, ("$count", Math.Max(count, 0)));

    /// <summary>
    /// Las celdas de la sesión <paramref name="session"/> desde la línea <paramref name="start"/> hasta antes de
    /// <paramref name="stop"/> (hasta el final si es <c>null</c>). Como en IPython, una sesión 0 o negativa cuenta
    /// desde la actual: 0 es esta, -1 la anterior.
    /// </summary>
    public IReadOnlyList<HistoryEntry> Range(long session, int start, int? stop)
    {
        var absolute = session > 0 ? session : Session + session;
        return stop is { } end
            ? Query(
                "WHERE h.session = $session AND h.line >= $start AND h.line < $stop ORDER BY h.line",
                newestFirst: false,
                ("$session", absolute),
                ("$start", start),
                ("$stop", end)
            )
            : Query(
                "WHERE h.session = $session AND h.line >= $start ORDER BY h.line",
                newestFirst: false,
                ("$session", absolute),
                ("$start", start)
            );
    }

    /// <summary>
    /// Las celdas cuyo código encaja con el patrón glob <paramref name="pattern"/> (el <c>GLOB</c> de SQLite, como
    /// IPython: <c>*</c> cualquier texto, <c>?</c> un carácter, <c>[abc]</c> uno de esos; distingue mayúsculas), de
    /// la más antigua a la más reciente: las <paramref name="count"/> últimas si se dice, y con
    /// <paramref name="unique"/> solo la última vez de cada código distinto.
    /// </summary>
    public IReadOnlyList<HistoryEntry> Search(string pattern, int? count, bool unique)
    {
        var matches = unique
            // La aparición más reciente de cada código: la primera de su grupo en orden descendente.
            ? """
                WHERE (h.session, h.line) IN (
                    SELECT session, line FROM (
                        SELECT session, line, ROW_NUMBER() OVER (PARTITION BY source ORDER BY session DESC, line DESC) AS n
                        FROM history WHERE source GLOB $pattern)
                    WHERE n = 1)
                """
            : "WHERE h.source GLOB $pattern";
        return count is { } n
            ? Query(
                $"{matches} ORDER BY h.session DESC, h.line DESC LIMIT $count",
                newestFirst: true,
                ("$pattern", pattern),
                ("$count", Math.Max(n, 0))
            )
            : Query($"{matches} ORDER BY h.session, h.line", newestFirst: false, ("$pattern", pattern));
    }

    private IReadOnlyList<HistoryEntry> Query(
        string clauses,
        bool newestFirst,
        params (string Name, object Value)[] parameters
    )
    {
        using var command = Open().CreateCommand();
        command.CommandText =
            $"SELECT h.session, h.line, h.source, o.output FROM history h LEFT JOIN output_history o USING (session, line) {clauses}";
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        var entries = new List<HistoryEntry>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                entries.Add(
                    new HistoryEntry(
                        reader.GetInt64(0),
                        reader.GetInt32(1),
                        reader.GetString(2),
                        reader.IsDBNull(3) ? null : reader.GetString(3)
                    )
                );
        }
        if (newestFirst)
            entries.Reverse();
        return entries;
    }

    private SqliteConnection Open()
    {
        if (_connection is not null)
            return _connection;
        try
        {
            _connection = Connect(_path);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            _warn?.Invoke(
                $"no se pudo abrir el historial '{_path}' ({e.Message}); el de esta sesión queda solo en memoria."
            );
            _connection = Connect(InMemory);
        }
        return _connection;
    }

    // Abre (o crea) la base de datos con el esquema de IPython y empieza una sesión en ella.
    private SqliteConnection Connect(string path)
    {
        if (path != InMemory && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()
        );
        try
        {
            connection.Open();
            Execute(
                connection,
                """
                CREATE TABLE IF NOT EXISTS sessions (session INTEGER PRIMARY KEY AUTOINCREMENT, start TIMESTAMP,
                    end TIMESTAMP, num_cmds INTEGER, remark TEXT);
                CREATE TABLE IF NOT EXISTS history (session INTEGER, line INTEGER, source TEXT, source_raw TEXT,
                    PRIMARY KEY (session, line));
                CREATE TABLE IF NOT EXISTS output_history (session INTEGER, line INTEGER, output TEXT,
                    PRIMARY KEY (session, line));
                """
            );
            Execute(connection, "INSERT INTO sessions (start) VALUES ($start)", ("$start", Now()));
            using var last = connection.CreateCommand();
            last.CommandText = "SELECT last_insert_rowid()";
            _session = (long)last.ExecuteScalar()!;
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Execute(
        SqliteConnection connection,
        string sql,
        params (string Name, object Value)[] parameters
    )
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    // El formato de fecha con que IPython escribe sessions.start y sessions.end.
    private static string Now() => DateTime.Now.ToString("yyyy-MM-dd HH:mm:ss.ffffff");

    /// <summary>Cierra la sesión (su fin y cuántas celdas tuvo, como IPython) y la base de datos.</summary>
    public void Dispose()
    {
        if (_connection is null)
            return;
        try
        {
            Execute(
                _connection,
                "UPDATE sessions SET end = $end, num_cmds = $count WHERE session = $session",
                ("$end", Now()),
                ("$count", _recorded),
                ("$session", _session)
            );
        }
        catch (SqliteException e)
        {
            _warn?.Invoke($"no se pudo cerrar la sesión del historial: {e.Message}");
        }
        _connection.Dispose();
        _connection = null;
    }
}
