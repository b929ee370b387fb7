namespace CollectiveDismissal.Api.Commands;

/// <summary>Idempotency keys are kept 48 hours (the contract promises at least 24), then forgotten.</summary>
public sealed class IdempotencyKeyExpiry(IDocumentStore store, TimeProvider clock, ILogger<IdempotencyKeyExpiry> logger) : BackgroundService
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(48);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await using var session = store.LightweightSession();
                var cutoff = clock.GetUtcNow() - Retention;
                session.DeleteWhere<IdempotentResponse>(x => x.RecordedAt < cutoff);
                await session.SaveChangesAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Expiring idempotency keys failed; trying again in an hour");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
