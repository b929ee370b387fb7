using System.Reflection;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using JasperFx.Core.Reflection;
using Wolverine.Http.CodeGen;

namespace CollectiveDismissal.Api.Commands;

/// <summary>
/// Wraps the command endpoints in <see cref="CaseCommand"/>: those on an existing case (a <c>[WriteAggregate]</c>
/// <see cref="DismissalCase"/>) and the one that starts a case (it returns a new stream).
/// </summary>
public sealed class CaseCommandPolicy : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains)
        {
            var method = chain.Method.Method;
            var onCase = method.GetParameters().Any(p => p.HasAttribute<WriteAggregateAttribute>() && p.ParameterType == typeof(DismissalCase));
            var returns = Returns(method);
            var creates = returns.Contains(typeof(CreatedResponse));
            if (onCase)
            {
                var before = new MethodCall(typeof(CaseCommand), nameof(CaseCommand.Before));
                // First among the middleware, so it runs as soon as the stream is loaded, before the endpoint's own loads.
                chain.Middleware.Insert(0, before);
                chain.Middleware.Insert(1, new MaybeEndWithResultFrame(before.ReturnVariable!));
                chain.Postprocessors.Insert(0, new MethodCall(typeof(CaseCommand), creates ? nameof(CaseCommand.AfterCreating) : nameof(CaseCommand.After)));
            }
            else if (StartsCase(method))
            {
                chain.Middleware.Add(new MethodCall(typeof(CaseCommand), nameof(CaseCommand.BeforeStart)));
                chain.Postprocessors.Insert(0, new MethodCall(typeof(CaseCommand), nameof(CaseCommand.AfterStart)));
            }
        }
    }

    /// <summary>The endpoint returns a new stream: it starts a case.</summary>
    public static bool StartsCase(MethodInfo method) => Returns(method).Any(t => t.CanBeCastTo<IStartStream>());

    private static List<Type> Returns(MethodInfo method) =>
        method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments().SelectMany(Flatten).ToList() : [method.ReturnType];

    private static IEnumerable<Type> Flatten(Type type) =>
        type.IsGenericType && type.FullName?.StartsWith("System.ValueTuple") == true ? type.GetGenericArguments().SelectMany(Flatten) : [type];
}
