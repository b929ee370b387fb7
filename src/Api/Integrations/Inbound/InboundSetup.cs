using Wolverine.Runtime.Partitioning;

namespace CollectiveDismissal.Api.Integrations.Inbound;

public static class InboundSetup
{
    /// <summary>
    /// Partner messages go to four durable local queues, partitioned by case: one case's messages are applied one
    /// envelope at a time, in the order received, while other cases' run beside them. Durable: an envelope is written
    /// to Wolverine's inbox table in the transaction of the request that accepted it, and stays there until handled.
    /// </summary>
    public static void AddPartnerMessages(this WolverineOptions options)
    {
        options.MessagePartitioning
            .ByMessage<ApplyPartnerMessages>(m => m.CaseId.ToString())
            .PublishToPartitionedLocalMessaging("partner-messages", 4, topology =>
            {
                topology.Message<ApplyPartnerMessages>();
                topology.ConfigureQueues(queue => queue.UseDurableInbox());
            });
    }
}
