using Marten.Services;
using Npgsql;

namespace CollectiveDismissal.Api.Persistence;

/// <summary>
/// Marten's default logger writes every command with its parameters at Debug level, and parameters hold personal data
/// (a name searched for, a personal record being stored). This one writes the SQL and the duration, never the
/// parameters; failures name the exception type and the SQL.
/// </summary>
public sealed class MartenLogging(ILogger logger) : IMartenLogger, IMartenSessionLogger
{
    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => logger.LogInformation("Marten changed the schema: {Sql}", sql);

    public void LogSuccess(NpgsqlCommand command)
    {
        if (logger.IsEnabled(LogLevel.Debug)) logger.LogDebug("Marten executed: {Sql}", command.CommandText);
    }

    public void LogSuccess(NpgsqlBatch batch)
    {
        if (logger.IsEnabled(LogLevel.Debug))
            logger.LogDebug("Marten executed a batch: {Sql}", string.Join(" ", batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => c.CommandText)));
    }

    public void LogFailure(NpgsqlCommand command, Exception ex) =>
        logger.LogError("Marten failed ({ExceptionType}, SQL state {SqlState}): {Sql}", ex.GetType().Name, (ex as PostgresException)?.SqlState,
            command.CommandText);

    public void LogFailure(NpgsqlBatch batch, Exception ex) =>
        logger.LogError("Marten failed on a batch ({ExceptionType}, SQL state {SqlState}): {Sql}", ex.GetType().Name,
            (ex as PostgresException)?.SqlState, string.Join(" ", batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => c.CommandText)));

    public void LogFailure(Exception ex, string message) =>
        logger.LogError("Marten failed ({ExceptionType}): {Message}", ex.GetType().Name, message);

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) =>
        logger.LogDebug("Marten saved {Updated} updated, {Inserted} inserted, {Deleted} deleted documents and {Events} events",
            commit.Updated.Count(), commit.Inserted.Count(), commit.Deleted.Count(), commit.GetEvents().Count());

    public void OnBeforeExecute(NpgsqlCommand command) { }

    public void OnBeforeExecute(NpgsqlBatch batch) { }
}
